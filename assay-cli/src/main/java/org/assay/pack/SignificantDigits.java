package org.assay.pack;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How the pack writes an unrounded figure: a whole number as it is (a count the publisher gave: 1408975000 people), any
 * other figure to at most {@link #DIGITS} significant digits, half up (16.0784313755902 as 16.0784, 6.38E-05 as
 * 0.0000638), in plain notation without trailing zeros. Stateless.
 */
final class SignificantDigits {

    static final int DIGITS = 6;

    private static final MathContext CONTEXT = new MathContext(DIGITS, RoundingMode.HALF_UP);

    private SignificantDigits() {
    }

    static String of(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.signum() == 0) {
            return "0";
        }
        if (v.scale() > 0) {
            v = v.round(CONTEXT).stripTrailingZeros();
        }
        return v.toPlainString();
    }
}
