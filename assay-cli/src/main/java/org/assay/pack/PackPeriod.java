package org.assay.pack;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year, quarter or month of a long table, read from an upstream cell ("2004", "2004-07-01", "2004-07") and written
 * as the time cell docs/datasets.md defines ("2004", "2004-Q3", "2004-07"). Periods of one axis are ordered and can be
 * counted on and back. Immutable.
 *
 * @param axis  the period's length
 * @param index periods since year 0 (a year's index is the year; a month's is year × 12 + month − 1)
 */
record PackPeriod(Axis axis, int index) implements Comparable<PackPeriod> {

    /** The lengths of period a converter reads; their names are the manifest's {@code time.axis} words. */
    enum Axis {
        YEAR(1), QUARTER(4), MONTH(12);

        final int perYear;

        Axis(int perYear) {
            this.perYear = perYear;
        }

        static Axis named(String word) {
            return valueOf(word.strip().toUpperCase(Locale.ROOT));
        }
    }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");

    /**
     * The period an upstream cell names: a year ("2004") on the year axis, or a date on the first day of the period
     * ("2004-07-01" or "2004-07" is 2004-Q3 on the quarter axis, July 2004 on the month axis).
     *
     * @throws IllegalArgumentException when the cell names no period of {@code axis}, or a day inside one
     */
    static PackPeriod parse(String cell, Axis axis) {
        String s = cell.strip();
        Matcher year = YEAR.matcher(s);
        if (axis == Axis.YEAR && year.matches()) {
            return new PackPeriod(axis, Integer.parseInt(s));
        }
        Matcher date = DATE.matcher(s);
        if (!date.matches()) {
            throw new IllegalArgumentException("\"" + cell + "\" is not a " + axis.name().toLowerCase(Locale.ROOT));
        }
        int y = Integer.parseInt(date.group(1));
        int month = Integer.parseInt(date.group(2));
        int day = date.group(3) == null ? 1 : Integer.parseInt(date.group(3));
        int monthsPerPeriod = 12 / axis.perYear;
        if (month < 1 || month > 12 || day != 1 || (month - 1) % monthsPerPeriod != 0) {
            throw new IllegalArgumentException("\"" + cell + "\" is not the first day of a "
                    + axis.name().toLowerCase(Locale.ROOT));
        }
        return new PackPeriod(axis, y * axis.perYear + (month - 1) / monthsPerPeriod);
    }

    int year() {
        return Math.floorDiv(index, axis.perYear);
    }

    /** 1 for a year, the quarter (1-4) or the month (1-12). */
    int part() {
        return Math.floorMod(index, axis.perYear) + 1;
    }

    PackPeriod plus(int periods) {
        return new PackPeriod(axis, index + periods);
    }

    /** The period of {@code longer} this one lies in (the year of a month). */
    PackPeriod within(Axis longer) {
        if (axis.perYear % longer.perYear != 0) {
            throw new IllegalArgumentException("a " + axis + " does not lie in one " + longer);
        }
        return new PackPeriod(longer, Math.floorDiv(index, axis.perYear / longer.perYear));
    }

    /** The time cell: "2004", "2004-Q3", "2004-07". */
    String cell() {
        return switch (axis) {
            case YEAR -> String.format(Locale.ROOT, "%04d", year());
            case QUARTER -> String.format(Locale.ROOT, "%04d-Q%d", year(), part());
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", year(), part());
        };
    }

    @Override
    public int compareTo(PackPeriod o) {
        if (axis != o.axis) {
            throw new IllegalArgumentException("periods of different axes: " + this + ", " + o);
        }
        return Integer.compare(index, o.index);
    }

    @Override
    public String toString() {
        return cell();
    }
}
