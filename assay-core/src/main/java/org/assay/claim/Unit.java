package org.assay.claim;

/**
 * The unit a quantity is counted in. Values of a {@link Quantity} are in the base unit named here: percent as
 * percent (57, not 0.57), tonnes as tonnes, money in whole units of its currency.
 */
public enum Unit {
    /** A bare count or a noun the parser has no unit for ("four oblasts"); see {@link Quantity#unitText()}. */
    NONE,
    /** Percent, from "%", "percent", "per cent", and shares written as fractions ("a third", "half"). */
    PERCENT,
    /** "percentage points". */
    PERCENTAGE_POINTS,
    /** Metric tonnes; "t", "tons", "tonnes", "metric tons" (news prose about mining means metric tons). */
    TONNE,
    /** People: "people", "persons", "residents", "citizens", "voters", "workers", ... */
    PEOPLE,
    USD, EUR, GBP, JPY, CNY, RUB, UAH, INR;

    public boolean isCurrency() {
        return ordinal() >= USD.ordinal();
    }
}
