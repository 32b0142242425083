package org.assay.claim;

/**
 * How a figure is qualified in the prose, and so which true values the words allow. The checker owns the
 * tolerances; this enum only says the direction the words point.
 */
public enum Hedge {
    /** No qualifier: the figure as written, to its rounding precision ("3.8 million", "57%"). */
    EXACT(Direction.AROUND),
    /** "about", "roughly", "some", "around", "approximately", "an estimated", "or so": near the figure either way. */
    ABOUT(Direction.AROUND),
    /** "nearly", "almost", "close to", "just under": a little below the figure. */
    NEARLY(Direction.BELOW),
    /** "more than", "over", "above", "in excess of", "upwards of", "just over": above the figure. */
    MORE_THAN(Direction.ABOVE),
    /** "well over", "well above", "far more than": clearly above the figure. */
    WELL_OVER(Direction.ABOVE),
    /** "at least", "no less than", "or more": the figure or above. */
    AT_LEAST(Direction.ABOVE),
    /** "less than", "under", "fewer than", "below": below the figure. */
    LESS_THAN(Direction.BELOW),
    /** "up to", "at most", "no more than", "as many as": the figure or below. */
    AT_MOST(Direction.BELOW),
    /** "only", "just", "a mere": the figure as written, stressed as small. */
    ONLY(Direction.AROUND),
    /** "between 3 and 4 million", "3-4%": from {@link Quantity#value()} to {@link Quantity#upper()}. */
    BETWEEN(Direction.AROUND);

    /** Where the true value lies relative to the written figure. */
    public enum Direction { AROUND, ABOVE, BELOW }

    private final Direction direction;

    Hedge(Direction direction) {
        this.direction = direction;
    }

    public Direction direction() {
        return direction;
    }
}
