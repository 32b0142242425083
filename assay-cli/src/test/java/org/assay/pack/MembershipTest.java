package org.assay.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MembershipTest {

    @Test
    void aMembershipWithYearsParsesBothEndsInclusive() {
        Membership uk = Membership.parse("GBR:1973-2020");
        assertThat(uk).isEqualTo(new Membership("GBR", 1973, 2020));
        assertThat(uk.covers(1972)).isFalse();
        assertThat(uk.covers(1973)).isTrue();
        assertThat(uk.covers(2020)).isTrue();
        assertThat(uk.covers(2021)).isFalse();
        assertThat(uk.text()).isEqualTo("GBR:1973-2020");
    }

    @Test
    void anOpenMembershipLastsAndABareCodeIsAMemberThroughout() {
        Membership poland = Membership.parse("POL:2004-");
        assertThat(poland.to()).isNull();
        assertThat(poland.covers(2003)).isFalse();
        assertThat(poland.covers(2100)).isTrue();
        assertThat(poland.text()).isEqualTo("POL:2004-");
        assertThat(Membership.parse("FRA")).isEqualTo(new Membership("FRA", null, null));
        assertThat(Membership.parse("FRA").covers(1900)).isTrue();
    }

    @Test
    void malformedMembershipsAreRefused() {
        for (String bad : new String[] {"GBR:2020-1973", "GBR:1973", "gbr:1973-", "GBR:73-", "GB:1973-", "GBR 1973-"}) {
            assertThatThrownBy(() -> Membership.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
