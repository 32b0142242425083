package org.assay.pack;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One period of a long table's time axis: the cell the table gets ("2004", "2004-08", "2004-08-31") and the days it
 * spans, first and last inclusive.
 */
record Period(String cell, LocalDate start, LocalDate end) implements Comparable<Period> {

    Period {
        Objects.requireNonNull(cell, "cell");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException(cell + ": a period cannot end before it starts");
        }
    }

    /** Whether the whole period lies within {@code from} .. {@code to} (inclusive; null is open). */
    boolean within(LocalDate from, LocalDate to) {
        return (from == null || !start.isBefore(from)) && (to == null || !end.isAfter(to));
    }

    @Override
    public int compareTo(Period o) {
        int c = start.compareTo(o.start);
        return c != 0 ? c : end.compareTo(o.end);
    }
}
