package org.assay.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class PlacesTest {

    private final Places places = Places.bundled();

    @Test
    void namesDemonymsPossessivesAndCapitalsAllFindTheirCountry() {
        assertThat(places.find("Russia's output beat Ukrainian forecasts, Beijing and the US said."))
                .extracting(Places.Found::name).containsExactly("Russia", "Ukraine", "China", "United States");
    }

    @Test
    void regionsAndTheirAdjectivesAreFoundAsRegions() {
        assertThat(places.find("The largest European producer outside Latin America."))
                .extracting(Places.Found::name, Places.Found::region)
                .containsExactly(tuple("Europe", true),
                        tuple("Latin America", true));
    }

    @Test
    void regionMembershipComesFromTheGazetteer() {
        assertThat(places.members("North America")).contains("United States", "Canada", "Greenland")
                .doesNotContain("Brazil");
        assertThat(places.isRegion("Europe")).isTrue();
        assertThat(places.isRegion("Narnia")).isFalse();
    }

    @Test
    void theLowercasePronounIsNoCountry() {
        assertThat(places.find("Tell us more.")).isEmpty();
        assertThat(places.country("Burma")).contains("Myanmar");
    }

    @Test
    void aCurrencyNamedAfterAPlaceIsNotThePlaceButRealGdpIsNoCurrency() {
        assertThat(places.find("The Australian dollar and Swiss francs rose")).isEmpty();
        assertThat(places.find("the Brazilian real fell")).isEmpty();
        assertThat(places.find("US real GDP grew")).extracting(Places.Found::name).containsExactly("United States");
    }
}
