package org.assay.pack;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/** Figures as upstream files write them: which cells hold a number, and derived figures. Stateless. */
final class Decimals {

    private Decimals() {
    }

    /** The number a cell holds ("18.63", "-36.98", "3.8000"), or empty for a blank or withheld cell ("", "NA", "--"). */
    static Optional<BigDecimal> number(String cell) {
        String s = cell == null ? "" : cell.strip();
        if (!s.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(s));
    }

    /** 1 / {@code x} to {@code digits} significant digits, trailing zeros dropped, never in exponent notation. */
    static String inverse(BigDecimal x, int digits) {
        if (x.signum() == 0) {
            throw new ArithmeticException("no inverse of zero");
        }
        return BigDecimal.ONE.divide(x, new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros()
                .toPlainString();
    }
}
