package org.assay.verify;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time a claim speaks of, read against the article's date: "in 2024", "2024 output", "last year", "this year",
 * "in December", "last month", "this month". Stateless and thread-safe.
 */
final class TimeWords {

    private static final Pattern YEAR = Pattern.compile(
            "\\b(?:in|during|for|of|by|throughout)\\s+(?:the\\s+year\\s+)?((?:19|20)\\d{2})\\b|\\b((?:19|20)\\d{2})['’]s\\b");
    /** A year standing alone before a lower-case word ("2024 output"), not a date's year ("25, 2025 that"). */
    private static final Pattern BARE_YEAR = Pattern.compile(
            "(?<![\\d,.$€£])(?<!\\d,\\s)((?:199\\d|20[0-3]\\d))\\s+(?!(?:tons?|tonnes?|percent|people)\\b)(?=\\p{Ll})");
    private static final Pattern LAST_YEAR = Pattern.compile("(?i)\\b(last|past|previous)\\s+year\\b");
    private static final Pattern THIS_YEAR = Pattern.compile("(?i)\\bthis\\s+year\\b");
    private static final Pattern LAST_MONTH = Pattern.compile("(?i)\\blast\\s+month\\b");
    private static final Pattern THIS_MONTH = Pattern.compile("(?i)\\bthis\\s+month\\b");
    private static final Pattern MONTH = Pattern.compile("\\b(?:in|during|since)\\s+(January|February|March|April|May"
            + "|June|July|August|September|October|November|December)(?:\\s+((?:19|20)\\d{2}))?\\b");

    private TimeWords() {
    }

    /** The year a claim refers to: written, or resolved from the article's date ("last year"); {@code null} if none. */
    static Integer year(String text, LocalDate asOf) {
        Matcher y = YEAR.matcher(text);
        if (y.find()) {
            return Integer.valueOf(y.group(1) != null ? y.group(1) : y.group(2));
        }
        Matcher bare = BARE_YEAR.matcher(text);
        if (bare.find()) {
            return Integer.valueOf(bare.group(1));
        }
        if (asOf != null && LAST_YEAR.matcher(text).find()) {
            return asOf.getYear() - 1;
        }
        if (asOf != null && THIS_YEAR.matcher(text).find()) {
            return asOf.getYear();
        }
        return null;
    }

    /**
     * The date a poll claim refers to: the end of a named month, or the article's date; {@code null} when neither is
     * known.
     */
    static LocalDate when(String text, LocalDate asOf) {
        Matcher named = MONTH.matcher(text);
        if (asOf == null) {
            return named.find() && named.group(2) != null
                    ? YearMonth.of(Integer.parseInt(named.group(2)), Month.valueOf(named.group(1).toUpperCase(Locale.ROOT)))
                    .atEndOfMonth() : null;
        }
        LocalDate base = asOf;
        if (LAST_MONTH.matcher(text).find()) {
            return YearMonth.from(base).minusMonths(1).atEndOfMonth();
        }
        if (THIS_MONTH.matcher(text).find()) {
            return base;
        }
        Matcher m = MONTH.matcher(text);
        if (m.find()) {
            Month month = Month.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            int year = m.group(2) != null ? Integer.parseInt(m.group(2))
                    : month.getValue() <= base.getMonthValue() ? base.getYear() : base.getYear() - 1;
            LocalDate end = YearMonth.of(year, month).atEndOfMonth();
            return end.isAfter(base) ? base : end;
        }
        return base;
    }
}
