package org.assay.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PackPeriodTest {

    @Test
    void aQuarterDatedOnItsFirstDayIsWrittenAsAQuarterCell() {
        assertThat(PackPeriod.parse("2004-07-01", PackPeriod.Axis.QUARTER).cell()).isEqualTo("2004-Q3");
        assertThat(PackPeriod.parse("2024-10-01", PackPeriod.Axis.QUARTER).cell()).isEqualTo("2024-Q4");
        assertThat(PackPeriod.parse("1947-01-01", PackPeriod.Axis.QUARTER).plus(-1).cell()).isEqualTo("1946-Q4");
    }

    @Test
    void aDateInsideAQuarterIsNotAQuarter() {
        assertThatThrownBy(() -> PackPeriod.parse("2004-08-01", PackPeriod.Axis.QUARTER))
                .hasMessageContaining("first day of a quarter");
        assertThatThrownBy(() -> PackPeriod.parse("2004-07-15", PackPeriod.Axis.QUARTER))
                .hasMessageContaining("first day of a quarter");
    }

    @Test
    void monthsAndYearsAreWrittenAsTheirTimeCells() {
        assertThat(PackPeriod.parse("2004-12-01", PackPeriod.Axis.MONTH).cell()).isEqualTo("2004-12");
        assertThat(PackPeriod.parse("2004-12-01", PackPeriod.Axis.MONTH).plus(1).cell()).isEqualTo("2005-01");
        assertThat(PackPeriod.parse("2004", PackPeriod.Axis.YEAR).cell()).isEqualTo("2004");
        assertThat(PackPeriod.parse("2004-12-01", PackPeriod.Axis.MONTH).within(PackPeriod.Axis.YEAR).cell())
                .isEqualTo("2004");
    }
}
