package org.assay.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UsgsCellTest {

    @Test
    void thousandsCommasTrailingAndNonBreakingSpacesAreNoPartOfTheFigure() {
        assertThat(UsgsCell.parse("197,100").number()).isEqualByComparingTo("197100");
        assertThat(UsgsCell.parse("1230 ").number()).isEqualByComparingTo("1230");
        assertThat(UsgsCell.parse("\u00a0\u00a0\u00a0\u00a0 325").number()).isEqualByComparingTo("325");
    }

    @Test
    void anEPrefixMarksAnEstimateAndAGreaterThanSignIsKeptAsTheQualifier() {
        UsgsCell e = UsgsCell.parse(" e24,000");
        assertThat(e.number()).isEqualByComparingTo("24000");
        assertThat(e.estimated()).isTrue();
        UsgsCell more = UsgsCell.parse(">130,000,000");
        assertThat(more.number()).isEqualByComparingTo(new BigDecimal("130000000"));
        assertThat(more.qualifier()).isEqualTo(">");
        assertThat(UsgsCell.parse("    >9,100,000").qualifier()).isEqualTo(">");
    }

    @Test
    void withheldAndWordyCellsHoldNoFigureButKeepTheirWords() {
        for (String s : new String[] {"NA", "W", "XX", "             NA", "Less than ½ unit.", "Included in World total.",
                "included with ilmenite", "Very small"}) {
            UsgsCell c = UsgsCell.parse(s);
            assertThat(c.hasNumber()).as(s).isFalse();
            assertThat(c.status()).as(s).isEqualTo(s.strip());
        }
        assertThat(UsgsCell.parse("   ").isBlank()).isTrue();
        assertThat(UsgsCell.parse("Russia 2,500").hasNumber()).isFalse();
    }

    @Test
    void aNoteThatStartsWithATotalGivesIt() {
        UsgsCell c = UsgsCell.leading(">2,000,000. In addition to the countries listed, antimony may have been produced");
        assertThat(c.number()).isEqualByComparingTo("2000000");
        assertThat(c.qualifier()).isEqualTo(">");
        assertThat(UsgsCell.leading("Ore reserves are more than 11,000,000,000 metric tons").hasNumber()).isFalse();
    }
}
