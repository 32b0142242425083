package org.assay.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class UsgsPlaceTest {

    private static final UsgsPlace.Aggregates AGGREGATES = new UsgsPlace.Aggregates("World total",
            Pattern.compile("(?i)world total"), "Other countries", Pattern.compile("(?i)other(?:\\s+countries)?"));
    private static final Set<String> KNOWN = Set.of("United States", "Russia", "Peru", "Kazakhstan", "Congo (Kinshasa)",
            "Korea, Republic of", "Korea", "Denmark", "Ukraine");

    private static UsgsPlace read(String name) {
        return UsgsPlace.read(name, AGGREGATES, n -> KNOWN.contains(n) ? UsgsPlace.Kind.COUNTRY : null);
    }

    @Test
    void footnoteDigitsAndNonBreakingSpacesLeaveTheName() {
        assertThat(read("United\u00a0States1").key()).isEqualTo("United States");
        assertThat(read("Denmark (processed)5")).isEqualTo(new UsgsPlace("Denmark", "processed", UsgsPlace.Kind.COUNTRY));
    }

    @Test
    void theEstimatedFootnoteIsDroppedOnlyWhenTheRestIsAPlace() {
        assertThat(read("Russiae")).isEqualTo(new UsgsPlace("Russia", "estimated", UsgsPlace.Kind.COUNTRY));
        assertThat(read("Korea, Republic ofe")).isEqualTo(new UsgsPlace("Korea, Republic of", "estimated",
                UsgsPlace.Kind.COUNTRY));
        assertThat(read("Ukraine").key()).isEqualTo("Ukraine");
    }

    @Test
    void qualifiersGoToTheNoteButNamesThatAreWholeStayWhole() {
        assertThat(read("Peru (exports)")).isEqualTo(new UsgsPlace("Peru", "exports", UsgsPlace.Kind.COUNTRY));
        assertThat(read("Kazakhstan, concentrate")).isEqualTo(new UsgsPlace("Kazakhstan", "concentrate",
                UsgsPlace.Kind.COUNTRY));
        assertThat(read("Congo (Kinshasa)").note()).isEmpty();
        assertThat(read("Korea, Republic of").key()).isEqualTo("Korea, Republic of");
    }

    @Test
    void variantTotalsAndOtherCountriesGetOneKeyEach() {
        assertThat(read("World total (rounded) 10")).isEqualTo(new UsgsPlace("World total", "rounded",
                UsgsPlace.Kind.TOTAL));
        assertThat(read("World total (ilmenite and rutile, rounded)").note()).isEqualTo("ilmenite and rutile, rounded");
        assertThat(read("World total (rounded), natural").note()).isEqualTo("rounded, natural");
        assertThat(read("World total, natural and synthetic").key()).isEqualTo("World total");
        assertThat(read("Other Countries")).isEqualTo(new UsgsPlace("Other countries", "", UsgsPlace.Kind.OTHERS));
        assertThat(read("Other countriese").note()).isEqualTo("estimated");
        assertThat(read("Other countries (includes crude)").note()).isEqualTo("includes crude");
        assertThat(read("Other").kind()).isEqualTo(UsgsPlace.Kind.OTHERS);
    }

    @Test
    void aNameNothingResolvesIsKeptAndMarked() {
        assertThat(read("Atlantis (sunken)")).isEqualTo(new UsgsPlace("Atlantis (sunken)", "", UsgsPlace.Kind.UNRESOLVED));
    }
}
