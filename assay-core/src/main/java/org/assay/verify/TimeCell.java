package org.assay.verify;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the time cell of a long table: "2004", "2004-Q3", "2004-08", "2004-08-31". Stateless. */
final class TimeCell {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?Q([1-4])");

    private TimeCell() {
    }

    /** The first day of the period the cell names, or {@code null} when it is not a period of {@code axis}. */
    static LocalDate parse(String cell, Manifest.Axis axis) {
        String s = cell == null ? "" : cell.strip();
        try {
            return switch (axis) {
                case YEAR -> s.matches("\\d{4}") ? LocalDate.of(Integer.parseInt(s), 1, 1) : null;
                case QUARTER -> {
                    Matcher m = QUARTER.matcher(s);
                    yield m.matches() ? LocalDate.of(Integer.parseInt(m.group(1)), 3 * Integer.parseInt(m.group(2)) - 2, 1)
                            : null;
                }
                case MONTH -> s.matches("\\d{4}-\\d{2}") ? YearMonth.parse(s).atDay(1) : null;
                case DAY -> s.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(s) : null;
            };
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
