package org.assay.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.assay.claim.ClaimParts;
import org.assay.claim.EntityRef;
import org.assay.claim.PlaceRef;
import org.junit.jupiter.api.Test;

/** The places a claim's parts carry when it is read with the verifier's places: what the checks read instead of text. */
class ClaimPlacesTest {

    private static final ReferenceVerifier VERIFIER = new ReferenceVerifier(ReferenceData.of(List.of(), List.of()));

    private static ClaimParts parts(String sentence) {
        return VERIFIER.claimOf(sentence, null, LocalDate.of(2024, 6, 1)).parts();
    }

    @Test
    void countriesAndGroupsAreFoundWithTheirSpansAndPossessives() {
        String s = "China's output rose 5% while the euro area stalled and Britain lagged";
        assertThat(parts(s).places())
                .extracting(PlaceRef::name, p -> p.span().of(s), PlaceRef::group, PlaceRef::possessive)
                .containsExactly(tuple("China", "China", false, true),
                        tuple("euro area", "the euro area", true, false),
                        tuple("United Kingdom", "Britain", false, false));
    }

    @Test
    void theWholeOfAShareOpensWithItsPlace() {
        assertThat(parts("Some 57% of Ukrainians trust him").wholePlace().name()).isEqualTo("Ukraine");
        assertThat(parts("India's output is about 40% of that of China").wholePlace().name()).isEqualTo("China");
        assertThat(parts("About 13% of South Africa's total exports").wholePlace().possessive()).isTrue();
        assertThat(parts("Some 20% of the world's population").wholePlace()).isNull();
    }

    @Test
    void possessiveNamesAreRecordedWhetherOrNotTheyArePlaces() {
        assertThat(parts("Trump's approval rating is 45 percent and Russia's GDP fell").possessives())
                .extracting(EntityRef::name).containsExactly("Trump", "Russia");
    }

    @Test
    void aClaimReadWithoutAFinderNamesNoPlaces() {
        assertThat(new org.assay.claim.ClaimExtractor().claimOf("China's output rose 5%", null, null).parts().places())
                .isEmpty();
    }
}
