package org.assay.verify;

import java.util.Objects;
import org.assay.claim.Hedge;
import org.assay.claim.Quantity;
import org.assay.claim.Unit;

/**
 * A figure as a claim states it, and the range of true values that make the claim right under the tolerances of
 * {@link Tolerance}.
 *
 * @param value     the stated figure ("44 million" is 44,000,000; "four percent" is 4)
 * @param upper     the top of a stated range; {@code value} otherwise
 * @param hedge     how the claim qualifies it
 * @param precision the rounding step of the written figure (see {@link Quantity#precision()})
 * @param percent   whether the figure is a percentage
 * @param allowance an extra margin either way, in the figure's own unit (a rate revised since the claim was made)
 * @param points    whether the figure is in percentage points: the difference of two rates ("fell 2.6 points")
 */
record Claimed(double value, double upper, Hedge hedge, double precision, boolean percent, double allowance,
               boolean points) {

    Claimed {
        Objects.requireNonNull(hedge, "hedge");
    }

    static Claimed of(Quantity q) {
        return new Claimed(q.value(), q.upper(), q.hedge(), q.precision(), q.isPercent(), 0,
                q.unit() == Unit.PERCENTAGE_POINTS);
    }

    /** The same claim with {@code points} more margin either way. */
    Claimed widened(double points) {
        return new Claimed(value, upper, hedge, precision, percent, allowance + points, this.points);
    }

    /** The same claim read as exact to its last written digit: a figure that is set, not measured (a policy rate). */
    Claimed exact() {
        return new Claimed(value, upper, hedge, Double.MIN_VALUE, percent, allowance, points);
    }

    /**
     * The same size said of a fall: "contracted at a 8.5% rate" is a growth rate of -8.5%; a floor becomes a ceiling
     * ("shrank by more than 3%" is below -3%).
     */
    Claimed negative() {
        Hedge h = switch (hedge) {
            case MORE_THAN, WELL_OVER -> Hedge.LESS_THAN;
            case AT_LEAST -> Hedge.AT_MOST;
            case LESS_THAN -> Hedge.MORE_THAN;
            case AT_MOST -> Hedge.AT_LEAST;
            default -> hedge;
        };
        return new Claimed(-upper, -value, h, precision, percent, allowance, points);
    }

    /** Whether {@code actual} makes the claim right. */
    boolean holds(double actual) {
        return actual >= low() - allowance && actual <= high() + allowance;
    }

    double low() {
        double slack = Tolerance.slack(value, precision);
        return switch (hedge) {
            case EXACT, ONLY, BETWEEN -> value - slack;
            case MORE_THAN, AT_LEAST -> value; // a floor the writer chose: its rounding does not reach below it
            case ABOUT -> Math.min(value - slack, value * (1 - Tolerance.ABOUT));
            case NEARLY -> Math.min(value - slack, value * (1 - Tolerance.NEARLY));
            case WELL_OVER -> value * (1 + Tolerance.WELL_OVER);
            case LESS_THAN, AT_MOST -> Double.NEGATIVE_INFINITY;
        };
    }

    double high() {
        double slack = Tolerance.slack(upper, precision);
        return switch (hedge) {
            case EXACT, ONLY, BETWEEN, NEARLY, LESS_THAN, AT_MOST -> upper + slack;
            case ABOUT -> Math.max(upper + slack, upper * (1 + Tolerance.ABOUT));
            case MORE_THAN, AT_LEAST, WELL_OVER -> Double.POSITIVE_INFINITY;
        };
    }

    /** "about 44,000,000 t", "well over 50%". */
    String words(String unit) {
        String hedgeWords = switch (hedge) {
            case EXACT, BETWEEN -> "";
            case ONLY -> "only ";
            case ABOUT -> "about ";
            case NEARLY -> "nearly ";
            case MORE_THAN -> "more than ";
            case WELL_OVER -> "well over ";
            case AT_LEAST -> "at least ";
            case LESS_THAN -> "less than ";
            case AT_MOST -> "at most ";
        };
        String u = percent ? "percent" : unit;
        return hedgeWords + Figures.format(value, u) + (upper > value ? " to " + Figures.format(upper, u) : "");
    }
}
