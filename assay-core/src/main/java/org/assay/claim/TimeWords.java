package org.assay.claim;

import static org.assay.claim.PatternGate.mentions;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time a claim speaks of, read against the article's date: "in 2024", "2024 output", "since 2019", "last year",
 * "this year", "next year", "in December", "last month", "this month". The one reader of time words in Assay.
 * A pattern runs only on text that can match it (one that needs a year only where "19dd" or "20dd" is written, one
 * that needs "year" only where that word is written), since most clauses hold no time words. Stateless and
 * thread-safe.
 */
public final class TimeWords {

    private static final Pattern YEAR = Pattern.compile(
            "\\b(?i:in|during|for|of|by|throughout)\\s+(?:the\\s+year\\s+)?((?:19|20)\\d{2})\\b|\\b((?:19|20)\\d{2})['’]s\\b");
    /** A year standing alone before a lower-case word ("2024 output"), not a date's year ("25, 2025 that"). */
    private static final Pattern BARE_YEAR = Pattern.compile(
            "(?<![\\d,.$€£])(?<!\\d,\\s)((?:199\\d|20[0-3]\\d))\\s+(?!(?:tons?|tonnes?|percent|people)\\b)(?=\\p{Ll})");
    private static final Pattern LAST_YEAR = Pattern.compile("(?i)\\b(last|past|previous)\\s+year\\b");
    private static final Pattern THIS_YEAR = Pattern.compile("(?i)\\bthis\\s+year\\b|\\bsince\\s+the\\s+(?:start|beginning)"
            + "\\s+of\\s+the\\s+year\\b|\\bso\\s+far\\s+this\\s+year\\b|\\byear\\s+to\\s+date\\b");
    private static final Pattern LAST_MONTH = Pattern.compile("(?i)\\blast\\s+month\\b");
    private static final Pattern THIS_MONTH = Pattern.compile("(?i)\\bthis\\s+month\\b");
    /**
     * A year after any preposition or a month ("since 2019", "For 2005,", "the year to March 2005", "31 December 2004"), read
     * when no nearer reading holds.
     */
    private static final Pattern ANY_YEAR = Pattern.compile("\\b(?<prep>(?i:in|since|by|during|for|of|from|until"
            + "|through|throughout|January|February|March|April|May|June|July|August|September|October|November|December)"
            + "\\s+)?(?<y>(?:19|20)\\d\\d)\\b(?![,.]?\\d)(?!\\s+(?:tons?|tonnes?|percent|people)\\b)");
    /**
     * A run of years ending now: "in the past three years", "over the last 10 years", "in the past few years"; the
     * count is {@code null} for "few" or "several".
     */
    private static final Pattern PAST_YEARS = Pattern.compile("(?i)\\b(?:in|over|during|for|within)\\s+the\\s+"
            + "(?:past|last|previous)\\s+(?:(?<n>\\d{1,2}|two|three|four|five|six|seven|eight|nine"
            + "|ten|eleven|twelve|fifteen|twenty|thirty|fifty)|few|several|couple\\s+of)\\s+years\\b");
    private static final Pattern RELATIVE = Pattern.compile(
            "(?i)\\b(?<rel>last|this|next|previous|past)\\s+(?<unit>year|month|week)\\b");
    private static final List<String> MONTH_NAMES = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final Pattern MONTH = Pattern.compile("\\b(?:in|during|since)\\s+(" + String.join("|", MONTH_NAMES)
            + ")(?:\\s+((?:19|20)\\d{2}))?\\b");

    private static final String MONTHS = String.join("|", MONTH_NAMES);
    /** "since August": a start in a month, the run going on to now. */
    private static final Pattern SINCE_MONTH = Pattern.compile("\\bsince\\s+(?:" + MONTHS + ")\\b");
    private static final Pattern DAY_WORDS = Pattern.compile("(?i:\\b(?<rel>yesterday|today)\\b"
            + "|\\bon\\s+(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)"
            + "|\\bon\\s+(?:(?<d1>\\d{1,2})\\s+(?<m1>" + MONTHS + ")|(?<m2>" + MONTHS + ")\\s+(?<d2>\\d{1,2})\\b)"
            + "(?:,?\\s+(?<y>(?:19|20)\\d{2}))?");
    private static final Pattern QUARTER_WORDS = Pattern.compile(
            "(?i)\\b(?:first|second|third|fourth|final|last|latest|1st|2nd|3rd|4th)\\s+quarter\\b|\\bQ[1-4]\\b|\\bquarterly\\b"
                    + "|\\bthree\\s+months\\s+(?:to|ending|ended|through)\\b");
    /** "the third quarter", "the last quarter of 2004", "Q3 2004". */
    private static final Pattern NTH_QUARTER = Pattern.compile("(?i)\\b(?<n>first|second|third|fourth|final|last|latest"
            + "|1st|2nd|3rd|4th)\\s+quarter\\b(?:\\s+of\\s+(?<y>(?:19|20)\\d{2}))?|\\bQ(?<q>[1-4])(?:\\s+(?<qy>(?:19|20)\\d{2}))?");
    /** "the three months to September", "the three months ending in March 2005". */
    private static final Pattern MONTHS_TO = Pattern.compile("(?i)\\bthree\\s+months\\s+(?:to|ending|ended|through)"
            + "(?:\\s+in)?\\s+(?-i:(?<m>" + String.join("|", MONTH_NAMES) + "))(?:\\s+(?<y>(?:19|20)\\d{2}))?");
    private static final Pattern MONTH_WORDS = Pattern.compile("\\b(?:(?i:in|during|since|for|of|last|by)\\s+)(?:"
            + MONTHS + ")\\b");

    private TimeWords() {
    }

    /**
     * The year a claim refers to: written ("in 2024", "2024 output", "the 2020's", then a year after any preposition),
     * or resolved from the article's date ("last year", "this year", "next month", "last week"); {@code null} if none.
     */
    static Integer year(String text, LocalDate asOf) {
        boolean written = hasYearDigits(text);
        if (written) {
            Matcher y = YEAR.matcher(text);
            if (y.find()) {
                return Integer.valueOf(y.group(1) != null ? y.group(1) : y.group(2));
            }
            Matcher bare = BARE_YEAR.matcher(text);
            if (bare.find()) {
                return Integer.valueOf(bare.group(1));
            }
        }
        boolean saysYear = mentions(text, "year");
        Matcher run = saysYear ? PAST_YEARS.matcher(text) : null;
        if (run != null && run.find()) {
            return asOf == null || run.group("n") == null ? null : asOf.getYear() - count(run.group("n"));
        }
        if (asOf != null && saysYear && LAST_YEAR.matcher(text).find()) {
            return asOf.getYear() - 1;
        }
        if (asOf != null && saysYear && THIS_YEAR.matcher(text).find()) {
            return asOf.getYear();
        }
        Matcher any = ANY_YEAR.matcher(written ? text : "");
        while (any.find()) {
            if (any.group("prep") != null) {
                return Integer.valueOf(any.group("y"));
            }
        }
        if (asOf == null || !saysYear && !mentions(text, "month") && !mentions(text, "week")) {
            return null;
        }
        Matcher r = RELATIVE.matcher(text);
        if (r.find()) {
            int step = switch (r.group("rel").toLowerCase(Locale.ROOT)) {
                case "last", "previous", "past" -> -1;
                case "next" -> 1;
                default -> 0;
            };
            return switch (r.group("unit").toLowerCase(Locale.ROOT)) {
                case "year" -> asOf.plusYears(step).getYear();
                case "month" -> asOf.plusMonths(step).getYear();
                default -> asOf.plusWeeks(step).getYear();
            };
        }
        return null;
    }

    /** The time words as written: the first year ("in 2024", "2024") or relative time ("last year"), or {@code null}. */
    static String text(String text) {
        Matcher y = ANY_YEAR.matcher(hasYearDigits(text) ? text : "");
        if (y.find()) {
            return y.group().strip();
        }
        Matcher sinceMonth = SINCE_MONTH.matcher(namesMonth(text) ? text : "");
        if (sinceMonth.find()) {
            return sinceMonth.group();
        }
        if (!mentions(text, "year") && !mentions(text, "month") && !mentions(text, "week")) {
            return null;
        }
        Matcher run = PAST_YEARS.matcher(text);
        if (run.find()) {
            return run.group();
        }
        Matcher r = RELATIVE.matcher(text);
        return r.find() ? r.group() : null;
    }

    /**
     * Whether time words as {@link #text} gives them name the start of a run to now ("since 2000", "in the past three
     * years"): a change said with them runs from that start to the latest figure.
     */
    public static boolean startsRun(String timeText) {
        return timeText != null && (timeText.strip().toLowerCase(Locale.ROOT).startsWith("since")
                || PAST_YEARS.matcher(timeText).lookingAt());
    }

    private static int count(String n) {
        return Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : NumberWords.UNITS.get(n.toLowerCase(Locale.ROOT));
    }

    /**
     * The date a poll claim refers to: the end of a named month, or the article's date; {@code null} when neither is
     * known.
     */
    static LocalDate when(String text, LocalDate asOf) {
        if (asOf == null) {
            Matcher named = MONTH.matcher(hasYearDigits(text) ? text : "");
            return named.find() && named.group(2) != null
                    ? YearMonth.of(Integer.parseInt(named.group(2)), Month.valueOf(named.group(1).toUpperCase(Locale.ROOT)))
                    .atEndOfMonth() : null;
        }
        LocalDate base = asOf;
        boolean saysMonth = mentions(text, "month");
        if (saysMonth && LAST_MONTH.matcher(text).find()) {
            return YearMonth.from(base).minusMonths(1).atEndOfMonth();
        }
        if (saysMonth && THIS_MONTH.matcher(text).find()) {
            return base;
        }
        Matcher m = MONTH.matcher(namesMonth(text) ? text : "");
        if (m.find()) {
            Month month = Month.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            int year = m.group(2) != null ? Integer.parseInt(m.group(2))
                    : month.getValue() <= base.getMonthValue() ? base.getYear() : base.getYear() - 1;
            LocalDate end = YearMonth.of(year, month).atEndOfMonth();
            return end.isAfter(base) ? base : end;
        }
        return base;
    }

    /**
     * The finest time the claim names: a day ("on Thursday", "yesterday", "on 3 March"), a week, a month ("in August",
     * "last month"), a quarter ("in the third quarter", "Q3"), a year; {@code null} when none.
     */
    static TimeGrain grain(String text) {
        if (mayNameDay(text) && DAY_WORDS.matcher(text).find()) {
            return TimeGrain.DAY;
        }
        if (mentions(text, "week")) {
            return TimeGrain.WEEK;
        }
        if ((mentions(text, "quarter") || mentions(text, "months") || text.indexOf('Q') >= 0)
                && QUARTER_WORDS.matcher(text).find()) {
            return TimeGrain.QUARTER;
        }
        if (mentions(text, "month") || namesMonth(text) && MONTH_WORDS.matcher(text).find()) {
            return TimeGrain.MONTH;
        }
        return hasYearDigits(text) || mentions(text, "year") ? TimeGrain.YEAR : null;
    }

    /**
     * The day a claim names, read against the article's date: "today", "yesterday", "on Thursday" (the latest Thursday
     * on or before the article's date), "on 3 March" or "on March 3" (of the article's year, or the year written);
     * {@code null} when it names no day or the article's date is unknown.
     */
    static LocalDate day(String text, LocalDate asOf) {
        if (asOf == null) {
            return null;
        }
        Matcher m = DAY_WORDS.matcher(mayNameDay(text) ? text : "");
        if (!m.find()) {
            return null;
        }
        if (m.group("rel") != null) {
            return m.group("rel").equalsIgnoreCase("yesterday") ? asOf.minusDays(1) : asOf;
        }
        if (m.group("wd") != null) {
            java.time.DayOfWeek wd = java.time.DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
            return asOf.with(java.time.temporal.TemporalAdjusters.previousOrSame(wd));
        }
        String d = m.group("d1") != null ? m.group("d1") : m.group("d2");
        String mon = m.group("m1") != null ? m.group("m1") : m.group("m2");
        String y = m.group("y");
        try {
            return LocalDate.of(y == null ? asOf.getYear() : Integer.parseInt(y),
                    Month.valueOf(mon.toUpperCase(Locale.ROOT)), Integer.parseInt(d));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /**
     * The last day of the quarter a claim names ("the third quarter", "the last quarter of 2004", "Q3", "the three months
     * to September"), of the year written or else the latest such quarter ended by the article's date; "the last
     * quarter" alone is the latest quarter ended. {@code null} when the claim names no quarter, the date is unknown, or the
     * quarter had not ended on the article's date (a forecast).
     */
    static LocalDate quarter(String text, LocalDate asOf) {
        if (asOf == null) {
            return null;
        }
        Integer n = null;
        String year = null;
        boolean latest = false;
        Matcher q = NTH_QUARTER.matcher(text);
        Matcher to = MONTHS_TO.matcher(text);
        if (q.find()) {
            if (q.group("q") != null) {
                n = Integer.parseInt(q.group("q"));
                year = q.group("qy");
            } else {
                String w = q.group("n").toLowerCase(Locale.ROOT);
                year = q.group("y");
                latest = (w.equals("last") || w.equals("latest")) && year == null;
                n = switch (w) {
                    case "first", "1st" -> 1;
                    case "second", "2nd" -> 2;
                    case "third", "3rd" -> 3;
                    default -> 4;
                };
            }
        } else if (to.find()) {
            int month = Month.valueOf(to.group("m").toUpperCase(Locale.ROOT)).getValue();
            if (month % 3 != 0) {
                return null;
            }
            n = month / 3;
            year = to.group("y");
        }
        if (n == null) {
            return null;
        }
        YearMonth month = YearMonth.from(asOf);
        int back = month.getMonthValue() % 3;
        if (back == 0 && !asOf.equals(month.atEndOfMonth())) {
            back = 3;
        }
        YearMonth ended = month.minusMonths(back);
        if (latest) {
            return ended.atEndOfMonth();
        }
        Integer written = year != null ? Integer.valueOf(year) : hasYearDigits(text) ? year(text, asOf) : null;
        YearMonth end = written != null ? YearMonth.of(written, n * 3)
                : YearMonth.of(ended.getYear(), n * 3).isAfter(ended) ? YearMonth.of(ended.getYear() - 1, n * 3)
                : YearMonth.of(ended.getYear(), n * 3);
        return end.isAfter(ended) ? null : end.atEndOfMonth();
    }

    /** Whether a month's name is written anywhere: {@link #MONTH} needs one. */
    /**
     * Whether {@link #DAY_WORDS} may match: it needs "today", "yesterday" or a weekday (each holding "day", in any
     * case) or a month's name as written.
     */
    private static boolean mayNameDay(String text) {
        return mentions(text, "day") || namesMonth(text);
    }

    private static boolean namesMonth(String text) {
        for (String name : MONTH_NAMES) {
            if (text.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether "19" or "20" followed by two more digits is written anywhere: every written-year pattern needs it. */
    private static boolean hasYearDigits(String text) {
        for (int i = 0; i + 3 < text.length(); i++) {
            char c = text.charAt(i);
            char d = text.charAt(i + 1);
            if ((c == '1' && d == '9' || c == '2' && d == '0') && isDigit(text.charAt(i + 2))
                    && isDigit(text.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    /** The ASCII digits {@code \d} matches. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
