package org.assay.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GroupTableTest {

    private static final String TABLE = """
            # a comment
            group\taliases\tkind\tmembers\tsource
            European Union\tEU|the EU\tunion\tFRA|GBR:1973-2020|POL:2004-\tthe EU's own list
            """;

    @Test
    void membershipKeepsItsYears() {
        List<GroupTable.Group> groups = GroupTable.parse(TABLE);
        assertThat(groups).hasSize(1);
        GroupTable.Group eu = groups.get(0);
        assertThat(eu.aliases()).containsExactly("EU", "the EU");
        assertThat(eu.members()).extracting(GroupTable.Member::iso3).containsExactly("FRA", "GBR", "POL");
        GroupTable.Member uk = eu.members().get(1);
        assertThat(uk.in(1972)).isFalse();
        assertThat(uk.in(2004)).isTrue();
        assertThat(uk.in(2021)).isFalse();
        assertThat(eu.members().get(2).in(2003)).isFalse();
        assertThat(eu.members().get(2).in(2030)).isTrue();
    }

    @Test
    void theBundledGroupsHoldTheEuOfEachYear() {
        Places places = Places.bundled();
        assertThat(places.members("European Union", 2004)).contains("Poland", "United Kingdom");
        assertThat(places.members("European Union", 2003)).doesNotContain("Poland");
        assertThat(places.members("European Union", 2022)).doesNotContain("United Kingdom");
    }
}
