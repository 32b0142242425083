package org.assay.pack;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Figures as converters read and write them: exact decimals for copies, six significant digits for computed and
 * unrounded ones. Stateless.
 */
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

    /**
     * The number a cell holds ("18.63", "-36.98", "3.8000"), or empty for a blank or withheld cell ("", "NA", "--"):
     * for files where such markers are expected ({@link #decimal} is for files where any other text is an error).
     */
    static Optional<BigDecimal> number(String cell) {
        String s = cell == null ? "" : cell.strip();
        if (!s.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(s));
    }

    /**
     * How the pack writes an unrounded figure: a whole number as it is (a count the publisher gave: 1408975000 people),
     * any other figure to {@link #COMPUTED_DIGITS} significant digits, half up (16.0784313755902 as 16.0784, 6.38E-05 as
     * 0.0000638), in plain notation without trailing zeros.
     */
    static String unrounded(BigDecimal value) {
        return value.stripTrailingZeros().scale() > 0 ? significant(value, COMPUTED_DIGITS) : plain(value);
    }

    /** 1 / {@code x} to {@code digits} significant digits (half even), trailing zeros dropped, never in exponent form. */
    static String inverse(BigDecimal x, int digits) {
        if (x.signum() == 0) {
            throw new ArithmeticException("no inverse of zero");
        }
        return BigDecimal.ONE.divide(x, new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros()
                .toPlainString();
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
