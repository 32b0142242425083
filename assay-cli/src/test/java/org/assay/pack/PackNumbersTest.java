package org.assay.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PackNumbersTest {

    private static String unrounded(String upstream) {
        return PackNumbers.unrounded(new BigDecimal(upstream));
    }

    @Test
    void unroundedFiguresKeepSixSignificantDigitsHalfUp() {
        assertThat(unrounded("16.0784313755902")).isEqualTo("16.0784");
        assertThat(unrounded("405586592.178771")).isEqualTo("405587000");
        assertThat(unrounded("-9.17360424903996E-07")).isEqualTo("-0.00000091736");
        assertThat(unrounded("6.38E-05")).isEqualTo("0.0000638");
        assertThat(unrounded("2.3260249999")).isEqualTo("2.32602");
        assertThat(unrounded("2.3260250001")).isEqualTo("2.32603");
    }

    @Test
    void wholeNumbersAreWrittenAsPublished() {
        assertThat(unrounded("1408975000")).isEqualTo("1408975000");
        assertThat(unrounded("29298013000000")).isEqualTo("29298013000000");
        assertThat(unrounded("67081234.0")).isEqualTo("67081234");
        assertThat(unrounded("4.0")).isEqualTo("4");
        assertThat(unrounded("-0.0")).isEqualTo("0");
    }

    @Test
    void blankAndWithheldCellsHoldNoNumber() {
        assertThat(PackNumbers.number("")).isEmpty();
        assertThat(PackNumbers.number("NA")).isEmpty();
        assertThat(PackNumbers.number("--")).isEmpty();
        assertThat(PackNumbers.number("W")).isEmpty();
    }

    @Test
    void aNegativePriceIsANumber() {
        assertThat(PackNumbers.number("-36.98")).contains(new BigDecimal("-36.98"));
    }

    @Test
    void anInverseHasSixSignificantDigitsAndNoTrailingZeros() {
        assertThat(PackNumbers.inverse(new BigDecimal("0.804"), 6)).isEqualTo("1.24378");
        assertThat(PackNumbers.inverse(new BigDecimal("0.5"), 6)).isEqualTo("2");
        assertThat(PackNumbers.inverse(new BigDecimal("108.1508"), 6)).isEqualTo("0.00924635");
    }
}
