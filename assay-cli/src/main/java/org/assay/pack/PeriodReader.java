package org.assay.pack;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the date cells of an upstream file into periods of one time axis. The recipe states how the publisher dates a
 * period as a {@link DateTimeFormatter} pattern, literal parts quoted: {@code uuuu-MM-'15'} for a month dated on the
 * 15th, {@code uuuu-'06-30'} for a year dated June 30, {@code uuuu-MM-dd} for a day. A cell that does not fit the
 * pattern is not a period (the file is not laid out as the recipe says). Immutable.
 */
final class PeriodReader {

    private final String pattern;
    private final String axis;
    private final DateTimeFormatter format;

    /**
     * @param pattern how the upstream file writes a period's date
     * @param axis    "year", "month" or "day": the period each cell names
     */
    PeriodReader(String pattern, String axis) {
        this.pattern = pattern;
        this.axis = axis.toLowerCase(Locale.ROOT);
        if (!this.axis.equals("year") && !this.axis.equals("month") && !this.axis.equals("day")) {
            throw new IllegalArgumentException("no dated reading for the time axis \"" + axis + "\"");
        }
        this.format = DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    /** Reads the cells a long table writes for {@code axis} ("2004", "2004-08", "2004-08-31"). */
    static PeriodReader canonical(String axis) {
        String a = axis.toLowerCase(Locale.ROOT);
        return new PeriodReader(a.equals("year") ? "uuuu" : a.equals("month") ? "uuuu-MM" : "uuuu-MM-dd", a);
    }

    String pattern() {
        return pattern;
    }

    /** The period {@code cell} names, or empty when it does not fit the pattern or names no real date. */
    Optional<Period> read(String cell) {
        TemporalAccessor t;
        try {
            t = format.parse(cell.strip());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        if (!t.isSupported(ChronoField.YEAR)) {
            throw new IllegalArgumentException("the pattern " + pattern + " names no year");
        }
        int year = t.get(ChronoField.YEAR);
        switch (axis) {
            case "year" -> {
                return Optional.of(new Period(Year.of(year).toString(), LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31)));
            }
            case "month" -> {
                YearMonth m = YearMonth.of(year, field(t, ChronoField.MONTH_OF_YEAR));
                return Optional.of(new Period(m.toString(), m.atDay(1), m.atEndOfMonth()));
            }
            default -> {
                LocalDate d = LocalDate.of(year, field(t, ChronoField.MONTH_OF_YEAR), field(t, ChronoField.DAY_OF_MONTH));
                return Optional.of(new Period(d.toString(), d, d));
            }
        }
    }

    private int field(TemporalAccessor t, ChronoField f) {
        if (!t.isSupported(f)) {
            throw new IllegalArgumentException("the pattern " + pattern + " gives no " + f + " for a " + axis);
        }
        return t.get(f);
    }
}
