package org.assay.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.assay.entity.Entities;
import org.junit.jupiter.api.Test;

class ComparisonReaderTest {

    private static Comparison read(String s) {
        return ComparisonReader.read(s, s, 0, Entities.NONE);
    }

    @Test
    void aBareMultipleComparesWithWhatFollowsIt() {
        String s = "Freedonia mines three times Sylvania's tin";
        Comparison c = read(s);
        assertThat(c.factor()).isEqualTo(3.0);
        assertThat(c.greater()).isTrue();
        assertThat(c.thanText()).isEqualTo("Sylvania's tin");
        assertThat(c.thanStart()).isEqualTo(s.indexOf("Sylvania"));
    }

    @Test
    void aHedgeBeforeAMultipleIsKeptAsItsIntensifier() {
        Comparison c = read("Freedonia's reserves are more than twice as large as Sylvania's");
        assertThat(c.factor()).isEqualTo(2.0);
        assertThat(c.intensifier()).isEqualTo("more than");
        assertThat(c.thanText()).isEqualTo("Sylvania's");
    }

    @Test
    void aBareMultipleThatCountsTimesComparesNothing() {
        assertThat(read("Freedonia raised tin duties five times between 2019 and 2023")).isNull();
        assertThat(read("Twice the amount expected was mined").factor()).isEqualTo(2.0);
    }

    @Test
    void halfAsIsALesserMultiple() {
        Comparison c = read("Freedonia mines half as much tin as Sylvania");
        assertThat(c.factor()).isEqualTo(0.5);
        assertThat(c.greater()).isFalse();
    }

    @Test
    void manyTimesMoreIsAnIntensifiedComparative() {
        Comparison c = read("Freedonia holds many times more tin than Sylvania");
        assertThat(c.intensifier()).isEqualTo("many times");
        assertThat(c.factor()).isNull();
        assertThat(c.thanText()).isEqualTo("Sylvania");
    }

    @Test
    void moreThanAFigureIsAHedgeNotAComparison() {
        assertThat(read("Freedonia mined more than 3,000 tonnes of tin")).isNull();
        assertThat(read("Freedonia's tin output more than tripled")).isNull();
    }
}
