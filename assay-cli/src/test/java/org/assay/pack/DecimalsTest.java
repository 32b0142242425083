package org.assay.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void blankAndWithheldCellsHoldNoNumber() {
        assertThat(Decimals.number("")).isEmpty();
        assertThat(Decimals.number("NA")).isEmpty();
        assertThat(Decimals.number("--")).isEmpty();
        assertThat(Decimals.number("W")).isEmpty();
    }

    @Test
    void aNegativePriceIsANumber() {
        assertThat(Decimals.number("-36.98")).contains(new BigDecimal("-36.98"));
    }

    @Test
    void anInverseHasSixSignificantDigitsAndNoTrailingZeros() {
        assertThat(Decimals.inverse(new BigDecimal("0.804"), 6)).isEqualTo("1.24378");
        assertThat(Decimals.inverse(new BigDecimal("0.5"), 6)).isEqualTo("2");
        assertThat(Decimals.inverse(new BigDecimal("108.1508"), 6)).isEqualTo("0.00924635");
    }
}
