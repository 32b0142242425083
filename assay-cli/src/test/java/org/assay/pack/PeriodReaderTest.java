package org.assay.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodReaderTest {

    @Test
    void aMonthDatedOnThe15thIsTheMonth() {
        Period p = new PeriodReader("uuuu-MM-'15'", "month").read("1987-05-15").orElseThrow();
        assertThat(p.cell()).isEqualTo("1987-05");
        assertThat(p.start()).isEqualTo(LocalDate.of(1987, 5, 1));
        assertThat(p.end()).isEqualTo(LocalDate.of(1987, 5, 31));
    }

    @Test
    void aYearDatedJune30IsTheYear() {
        Period p = new PeriodReader("uuuu-'06-30'", "year").read("2004-06-30").orElseThrow();
        assertThat(p.cell()).isEqualTo("2004");
        assertThat(p.end()).isEqualTo(LocalDate.of(2004, 12, 31));
    }

    @Test
    void aCellOffThePublishersConventionIsNoPeriod() {
        PeriodReader monthly = new PeriodReader("uuuu-MM-'15'", "month");
        assertThat(monthly.read("1987-05-14")).isEmpty();
        assertThat(monthly.read("May 1987")).isEmpty();
    }

    @Test
    void anImpossibleDayIsNoPeriod() {
        PeriodReader daily = new PeriodReader("uuuu-MM-dd", "day");
        assertThat(daily.read("2018-02-30")).isEmpty();
        assertThat(daily.read(" 2018-02-28 ").orElseThrow().cell()).isEqualTo("2018-02-28");
    }

    @Test
    void aMonthAndAYearCellAsWrittenUpstream() {
        assertThat(new PeriodReader("uuuu-MM", "month").read("1997-01").orElseThrow().cell()).isEqualTo("1997-01");
        assertThat(new PeriodReader("uuuu", "year").read("1833").orElseThrow().cell()).isEqualTo("1833");
    }

    @Test
    void aPatternWithoutTheDayCannotReadADailySeries() {
        assertThatThrownBy(() -> new PeriodReader("uuuu-MM", "day").read("2004-08"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DayOfMonth");
    }
}
