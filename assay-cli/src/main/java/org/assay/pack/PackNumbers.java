package org.assay.pack;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Figures as converters read and write them: exact decimals for copies, six significant digits for computed ones. */
final class PackNumbers {

    /** The most significant digits a computed (unrounded) figure is written with. */
    static final int COMPUTED_DIGITS = 6;

    private PackNumbers() {
    }

    /** A cell as a decimal, or {@code null} when it is blank. */
    static BigDecimal decimal(String cell) {
        String s = cell == null ? "" : cell.strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + cell + "\" is not a number");
        }
    }

    /** A decimal without trailing zeros or exponent ("185.0" gives "185", "1E+9" gives "1000000000"). */
    static String plain(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }

    /** {@code v} rounded half up to {@code digits} significant digits, written plainly. */
    static String significant(BigDecimal v, int digits) {
        return plain(v.round(new MathContext(digits, RoundingMode.HALF_UP)));
    }

    static String significant(double v, int digits) {
        return significant(new BigDecimal(v), digits);
    }

    /**
     * The percentage change from {@code then} to {@code now}, compounded to {@code exponent}: 1 for the plain change,
     * 4 for a quarter's change at an annual rate.
     */
    static double percentChange(BigDecimal now, BigDecimal then, double exponent) {
        return (Math.pow(now.doubleValue() / then.doubleValue(), exponent) - 1) * 100;
    }
}
