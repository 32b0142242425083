package org.assay.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assay.article.Span;

/**
 * Finds figures in prose and parses them into {@link Quantity} values: digits with thousands separators and decimals
 * ("1,500,000", "3.8"), number words ("four", "forty-two", "a dozen"), scales ("million", "bn", "k"), shares written as
 * fractions ("a third", "two thirds", "half", "one in five"), ranges ("3-4%", "between 3 and 4 million"), units
 * (percent, percentage points, tonnes, currencies, people) and hedges before or after the figure ("well over",
 * "nearly", "or more").
 *
 * <p>Not figures: years standing alone ("in 2022"), day numbers next to a month name, numbers glued to letters
 * ("G7", "COVID-19", "21st", "1990s"), and a bare "one" ("one of the largest").
 *
 * <p>Stateless and thread-safe; patterns are compiled once.
 */
final class QuantityParser {

    private static final String HEDGE_ALT = HedgeWords.alternation();
    private static final String DIGITS = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)";
    /** Scale words; the one-letter forms count only when glued to the digits ("3.8m", "10k"). */
    private static final String SCALE = "(?:\\s?(?:hundred|thousand|million|billion|trillion|mln|bln|mn|bn|tn|trn)|k|m|b)";
    private static final String WORD_NUMBER = "(?:(?:a|an)\\s+(?=(?:dozen|hundred|thousand|million|billion|trillion)\\b))?"
            + NumberWords.CARDINAL_WORD + "(?:(?:\\s+and\\s+|\\s+|-)" + NumberWords.CARDINAL_WORD + ")*";
    private static final String FRACTION_DENOMINATOR = "(?:halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|tenths?)";

    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?<hedge>" + HEDGE_ALT + ")\\s+)?"
                    + "(?<cur>" + UnitWords.CURRENCY_PREFIX + ")?"
                    + "(?:(?<num>" + DIGITS + ")(?:\\s*[-–]\\s*(?<num2>" + DIGITS + "))?"
                    + "(?<scale>" + SCALE + "\\b)?"
                    + "|(?<halfa>half)\\s+an?\\s+(?<hscale>dozen|hundred|thousand|million|billion|trillion)\\b"
                    + "|(?<fnum>a|one|two|three|four|five|six|seven|eight|nine)[\\s-]+(?<fden>" + FRACTION_DENOMINATOR
                    + ")\\b"
                    + "|(?<onein>one|1)\\s+in\\s+(?<inden>\\d+|two|three|four|five|six|seven|eight|nine|ten)\\b"
                    + "|(?<half>half)\\b"
                    + "|(?<words>" + WORD_NUMBER + ")\\b)"
                    + "(?:\\s*(?<unit>" + UnitWords.UNIT + "))?"
                    + "(?<post>\\s*(?:-plus\\b|\\s(?:or\\s+(?:more|so|less|fewer))\\b))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern RANGE_AND = Pattern.compile("\\s+and\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE_TO = Pattern.compile("\\s+to\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern FROM_BEFORE = Pattern.compile("(?i)\\bfrom\\s+$");
    private static final Pattern POST_AFTER_NOUN = Pattern.compile("\\s+(or\\s+(?:more|so|less|fewer))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOUN_AFTER = Pattern.compile("[\\s-]+([a-z]{3,}(?:-[a-z]+)?)\\b");
    private static final Pattern MONTH = Pattern.compile(
            "(?i)(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
                    + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?");
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("['’]s\\b");
    private static final Pattern STREET_AFTER = Pattern.compile(
            "\\s+\\p{Lu}\\p{L}+\\s+(?:Street|Road|Avenue|Lane|Square|Place|Drive|Boulevard|Way)\\b");
    /** A capitalised word right before the number, not opening a sentence. */
    private static final Pattern LABEL_BEFORE = Pattern.compile("(?<=[\\p{L},;]\\s)(\\p{Lu}[\\p{L}]+)\\s$");
    private static final Pattern NAME_BEFORE = Pattern.compile("\\p{Lu}\\p{L}+\\s$");
    private static final Pattern CAPITAL_AFTER = Pattern.compile("\\s\\p{Lu}\\p{Ll}");
    private static final Pattern TIME_AFTER = Pattern.compile(
            "\\s?(?:GMT|BST|CET|EST|EDT|PST|UTC|[ap]\\.?m\\.?|hrs|hours\\s+GMT)\\b");
    private static final String YEAR = "1[89]\\d\\d|20\\d\\d";
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+\\.?)\\s+$");
    private static final Pattern WORD_AFTER = Pattern.compile("\\s+(\\p{L}+\\.?)");
    /** Words that can open a figure or a hedge; see {@link #anchors}. */
    private static final Set<String> ANCHOR_WORDS = anchorWords();
    private static final Set<String> NOT_NOUNS = Set.of("and", "the", "for", "from", "with", "than", "that", "this",
            "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "not", "but", "its",
            "their", "his", "her", "our", "per", "into", "over", "under", "about", "more", "less", "each", "who",
            "which", "what", "when", "while", "since", "after", "before", "ago", "also", "all", "out", "off", "year",
            "other", "points");

    /** All figures in {@code text}, in text order; spans are offsets into {@code text} plus {@code base}. */
    public List<Quantity> parse(String text, int base) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        int from = 0;
        for (int at : anchors(text)) {
            if (at < from || !m.region(at, text.length()).lookingAt() || !standsAlone(text, m)) {
                continue;
            }
            Quantity q = toQuantity(text, m, base);
            if (q == null) {
                continue;
            }
            from = m.end();
            if (q.hedge() == Hedge.BETWEEN && m.group("num2") == null) {
                Quantity ranged = closeRange(text, m, q, RANGE_AND, base);
                if (ranged == null) {
                    continue;
                }
                from = ranged.span().end() - base;
                q = ranged;
            } else if (q.hedge() == Hedge.EXACT && m.group("num") != null
                    && !FROM_BEFORE.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find()) {
                Quantity ranged = closeRange(text, m, q, RANGE_TO, base);
                if (ranged != null) {
                    from = ranged.span().end() - base;
                    q = ranged;
                }
            }
            found.add(q);
        }
        return List.copyOf(found);
    }

    /**
     * Where a figure may start: a digit, a currency sign, or a word that can open a figure or a hedge, each at a word
     * boundary. Trying the figure pattern only there keeps parsing linear and cheap.
     */
    private static List<Integer> anchors(String text) {
        List<Integer> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            boolean boundary = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            if (Character.isLetter(c)) {
                int end = i;
                while (end < n && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                if (boundary && ANCHOR_WORDS.contains(text.substring(i, end).toLowerCase(Locale.ROOT))) {
                    out.add(i);
                }
                i = end;
            } else {
                if (boundary && (Character.isDigit(c) || "$€£¥₴₽₹".indexOf(c) >= 0
                        || c == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1)))) {
                    out.add(i);
                }
                i++;
            }
        }
        return out;
    }

    /** All figures in {@code text}, with spans into {@code text}. */
    public List<Quantity> parse(String text) {
        return parse(text, 0);
    }

    private static boolean standsAlone(String text, Matcher m) {
        int s = m.start();
        if (s > 0) {
            char before = text.charAt(s - 1);
            if (Character.isLetterOrDigit(before) || before == '_' || before == '#') {
                return false;
            }
            if ((before == '-' || before == '.') && s > 1 && Character.isLetterOrDigit(text.charAt(s - 2))) {
                return false;
            }
        }
        int e = m.end();
        if (POSSESSIVE_AFTER.matcher(text).region(e, text.length()).lookingAt()) {
            return false;
        }
        if (isLabel(text, m)) {
            return false;
        }
        return e >= text.length() || !Character.isLetterOrDigit(text.charAt(e)) || m.group("unit") != null
                && m.group("unit").endsWith("%");
    }

    /**
     * A bare whole number that names rather than counts: after a capitalised label ("Radio 4", "Article 5", "Windows
     * 10") or before a street name ("10 Downing Street").
     */
    private static boolean isLabel(String text, Matcher m) {
        if (m.group("num") != null && TIME_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
            return true;
        }
        if (m.group("words") != null && m.group("hedge") == null && Character.isUpperCase(m.group("words").charAt(0))
                && m.start() > 0 && LABEL_BEFORE.matcher(text.substring(Math.max(0, m.start() - 24), m.start())).find()) {
            return true;
        }
        if (m.group("num") == null || m.group("hedge") != null || m.group("cur") != null || m.group("scale") != null
                || m.group("unit") != null || m.group("num2") != null || m.group("num").contains(",")
                || m.group("num").contains(".")) {
            return false;
        }
        if (STREET_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
            return true;
        }
        Matcher before = LABEL_BEFORE.matcher(text.substring(Math.max(0, m.start() - 24), m.start()));
        if (before.find() && !MONTH.matcher(before.group(1)).matches() && !before.group(1).equals("In")) {
            return true;
        }
        Matcher opening = NAME_BEFORE.matcher(text.substring(Math.max(0, m.start() - 24), m.start()));
        return opening.find() && CAPITAL_AFTER.matcher(text).region(m.end(), text.length()).lookingAt();
    }

    private static Quantity toQuantity(String text, Matcher m, int base) {
        Hedge hedge = m.group("hedge") == null ? Hedge.EXACT : HedgeWords.PHRASES.get(m.group("hedge").toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " "));
        String unitWord = m.group("unit");
        Unit unit = UnitWords.unitOf(m.group("cur"), unitWord);
        double value;
        double upper;
        double precision;
        if (m.group("num") != null) {
            double scale = m.group("scale") == null ? 1 : scaleOf(m.group("scale"));
            if (scale < 0) {
                return null;
            }
            value = digits(m.group("num")) * scale;
            upper = m.group("num2") == null ? value : digits(m.group("num2")) * scale;
            if (upper < value) {
                return null;
            }
            if (m.group("num2") != null) {
                hedge = Hedge.BETWEEN;
            }
            precision = Math.min(digitPrecision(m.group("num")),
                    m.group("num2") == null ? Double.MAX_VALUE : digitPrecision(m.group("num2"))) * scale;
            if (isDateOrYear(text, m, unit, hedge)) {
                return null;
            }
        } else if (m.group("halfa") != null) {
            value = 0.5 * NumberWords.SCALES.getOrDefault(m.group("hscale").toLowerCase(Locale.ROOT), 12.0);
            upper = value;
            precision = value;
        } else if (m.group("fden") != null || m.group("half") != null || m.group("onein") != null) {
            OptionalDouble share = m.group("half") != null ? OptionalDouble.of(50)
                    : m.group("onein") != null ? oneIn(m.group("inden"))
                    : NumberWords.fractionPercent(m.group("fnum"), m.group("fden"));
            if (share.isEmpty() || !isShareContext(text, m, hedge)) {
                return null;
            }
            value = share.getAsDouble();
            upper = value;
            precision = 5;
            unit = Unit.PERCENT;
        } else {
            String words = m.group("words");
            OptionalDouble v = NumberWords.cardinal(words);
            if (v.isEmpty() || words.equalsIgnoreCase("one") && unitWord == null) {
                return null;
            }
            value = v.getAsDouble();
            upper = value;
            precision = integerPrecision(value);
        }
        double hundredths = UnitWords.fraction(unitWord);
        value *= hundredths;
        upper *= hundredths;
        precision *= hundredths;
        if (m.group("post") != null && hedge == Hedge.EXACT) {
            hedge = HedgeWords.after(m.group("post"));
        }
        int end = m.group("post") != null ? m.end("post") : m.end();
        String unitText = unitWord != null ? unitWord.strip() : "";
        if (unitWord == null && unit == Unit.NONE) {
            Matcher noun = NOUN_AFTER.matcher(text).region(end, text.length());
            if (noun.lookingAt() && !NOT_NOUNS.contains(noun.group(1).toLowerCase(Locale.ROOT))) {
                unitText = noun.group(1);
                Matcher post = POST_AFTER_NOUN.matcher(text).region(noun.end(), text.length());
                if (hedge == Hedge.EXACT && post.lookingAt()) {
                    hedge = HedgeWords.after(post.group(1));
                }
            }
        }
        return new Quantity(value, upper, unit, unitText, hedge, precision, text.substring(m.start(), end),
                new Span(base + m.start(), base + end));
    }

    /**
     * Completes "between X and Y" or "X to Y": the second figure's scale and unit apply to the first; null when no
     * second figure of the same kind follows the connector.
     */
    private static Quantity closeRange(String text, Matcher first, Quantity low, Pattern connector, int base) {
        if (first.group("unit") != null && connector == RANGE_TO) {
            return null;
        }
        Matcher and = connector.matcher(text).region(first.end(), text.length());
        if (!and.lookingAt()) {
            return null;
        }
        Matcher second = FIGURE.matcher(text).region(and.end(), text.length());
        if (!second.lookingAt() || second.group("hedge") != null || !standsAlone(text, second)) {
            return null;
        }
        Quantity high = toQuantity(text, second, base);
        if (high == null || second.group("num") == null && first.group("num") != null) {
            return null;
        }
        double scale = first.group("scale") == null && first.group("num") != null && second.group("num") != null
                && second.group("scale") != null ? scaleOf(second.group("scale")) : 1;
        double lowValue = low.value() * Math.max(scale, 1);
        Unit unit = low.unit() != Unit.NONE ? low.unit() : high.unit();
        if (high.value() < lowValue) {
            return null;
        }
        int end = high.span().end();
        return new Quantity(lowValue, high.value(), unit, high.unitText(), Hedge.BETWEEN,
                Math.min(low.precision() * Math.max(scale, 1), high.precision()),
                text.substring(first.start(), end - base), new Span(base + first.start(), end));
    }

    private static boolean isDateOrYear(String text, Matcher m, Unit unit, Hedge hedge) {
        if (unit != Unit.NONE || m.group("scale") != null) {
            return false;
        }
        String num = m.group("num");
        String num2 = m.group("num2");
        if (num.matches(YEAR) && (num2 == null ? hedge == Hedge.EXACT : num2.matches(YEAR + "|\\d\\d"))) {
            return true;
        }
        if (num2 == null && num.matches("\\d{1,2}")) {
            Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start()));
            Matcher after = WORD_AFTER.matcher(text).region(m.end(), text.length());
            return before.find() && MONTH.matcher(before.group(1)).matches()
                    || after.lookingAt() && MONTH.matcher(after.group(1)).matches();
        }
        return false;
    }

    /** A fraction word is a share only next to "of", after a hedge, or before a percent-like unit. */
    private static boolean isShareContext(String text, Matcher m, Hedge hedge) {
        if (hedge != Hedge.EXACT) {
            return true;
        }
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 4)).toLowerCase(Locale.ROOT);
        String before = text.substring(Math.max(0, m.start() - 3), m.start()).toLowerCase(Locale.ROOT);
        return after.startsWith(" of ") || before.equals("by ") || m.group("onein") != null;
    }

    private static OptionalDouble oneIn(String denominator) {
        double d = denominator.matches("\\d+") ? Double.parseDouble(denominator)
                : NumberWords.cardinal(denominator).orElse(0);
        return d >= 2 ? OptionalDouble.of(100.0 / d) : OptionalDouble.empty();
    }

    private static double digits(String s) {
        return Double.parseDouble(s.replace(",", ""));
    }

    /** The step of the last written digit: "3.8" → 0.1, "830,000" → 10,000, "57" → 1, "0" → 1. */
    static double digitPrecision(String s) {
        String plain = s.replace(",", "");
        int dot = plain.indexOf('.');
        if (dot >= 0) {
            return Math.pow(10, -(plain.length() - dot - 1));
        }
        return integerPrecision(Double.parseDouble(plain));
    }

    private static double integerPrecision(double value) {
        long v = Math.round(value);
        if (v == 0 || v != value) {
            return 1;
        }
        double p = 1;
        while (v % 10 == 0) {
            v /= 10;
            p *= 10;
        }
        return p;
    }

    /** The multiplier of a scale word; -1 when it is not one. */
    private static double scaleOf(String scale) {
        String s = scale.strip().toLowerCase(Locale.ROOT);
        Double v = NumberWords.SCALES.get(s);
        return v == null ? -1 : v;
    }

    private static Set<String> anchorWords() {
        Set<String> words = new java.util.HashSet<>(NumberWords.UNITS.keySet());
        words.addAll(NumberWords.SCALES.keySet());
        words.addAll(List.of("half", "us", "usd", "eur", "gbp", "uah", "rub"));
        for (String hedge : HedgeWords.PHRASES.keySet()) {
            words.add(hedge.split("[\\s.]")[0]);
        }
        return Set.copyOf(words);
    }

}
