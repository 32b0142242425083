package org.assay.claim;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * English number words: cardinals ("forty-two", "one hundred and five", "a dozen"), ordinals ("fifth", "21st",
 * "twenty-first") and fraction words ("third", "thirds", "quarter", "half"). Pure functions; thread-safe.
 */
final class NumberWords {

    static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("dozen", 12), Map.entry("a", 1), Map.entry("an", 1));

    static final Map<String, Double> SCALES = Map.ofEntries(
            Map.entry("hundred", 1e2), Map.entry("thousand", 1e3), Map.entry("million", 1e6),
            Map.entry("billion", 1e9), Map.entry("trillion", 1e12), Map.entry("k", 1e3), Map.entry("m", 1e6),
            Map.entry("mn", 1e6), Map.entry("mln", 1e6), Map.entry("bn", 1e9), Map.entry("b", 1e9),
            Map.entry("bln", 1e9), Map.entry("tn", 1e12), Map.entry("trn", 1e12));

    static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30),
            Map.entry("fortieth", 40), Map.entry("fiftieth", 50), Map.entry("hundredth", 100));

    /** Denominators of fraction words, singular and plural. */
    static final Map<String, Integer> DENOMINATORS = Map.ofEntries(
            Map.entry("half", 2), Map.entry("halves", 2), Map.entry("third", 3), Map.entry("thirds", 3),
            Map.entry("quarter", 4), Map.entry("quarters", 4), Map.entry("fourth", 4), Map.entry("fourths", 4),
            Map.entry("fifth", 5), Map.entry("fifths", 5), Map.entry("sixth", 6), Map.entry("sixths", 6),
            Map.entry("tenth", 10), Map.entry("tenths", 10));

    /** Regex alternation of cardinal words (longest first so "seventeen" wins over "seven"). */
    static final String CARDINAL_WORD = "(?:seventeen|thirteen|fourteen|fifteen|sixteen|eighteen|nineteen|eleven|twelve"
            + "|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|zero|one|two|three|four|five|six|seven|eight"
            + "|nine|ten|dozen|hundred|thousand|million|billion|trillion)";

    /** Regex alternation of ordinal words and numerals ("fifth", "twenty-first", "5th", "21st"). */
    static final String ORDINAL = "(?:(?:twenty|thirty|forty|fifty)-)?(?:first|second|third|fourth|fifth|sixth|seventh"
            + "|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
            + "|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|hundredth)|\\d{1,3}(?:st|nd|rd|th)";

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]+");

    private NumberWords() {
    }

    /**
     * The value of a run of cardinal words ("forty-two", "one hundred and five", "two million", "a dozen"); empty when
     * a word is not a number word.
     */
    static OptionalDouble cardinal(String words) {
        String[] parts = SEPARATORS.split(words.toLowerCase(Locale.ROOT));
        double total = 0;
        double group = 0;
        boolean any = false;
        for (String p : parts) {
            if (p.isEmpty() || p.equals("and")) {
                continue;
            }
            Integer unit = UNITS.get(p);
            Double scale = SCALES.get(p);
            if (unit != null) {
                group = p.equals("dozen") ? Math.max(group, 1) * 12 : group + unit;
            } else if (scale != null && scale == 100) {
                group = Math.max(group, 1) * 100;
            } else if (scale != null) {
                total += Math.max(group, 1) * scale;
                group = 0;
            } else {
                return OptionalDouble.empty();
            }
            any = true;
        }
        return any ? OptionalDouble.of(total + group) : OptionalDouble.empty();
    }

    /** The position an ordinal names ("fifth" → 5, "twenty-first" → 21, "3rd" → 3); empty when it is not one. */
    static OptionalInt ordinal(String word) {
        String w = word.toLowerCase(Locale.ROOT).strip();
        if (isNumeralOrdinal(w)) {
            return OptionalInt.of(Integer.parseInt(w.substring(0, w.length() - 2)));
        }
        int tens = 0;
        int dash = w.indexOf('-');
        if (dash > 0) {
            Integer t = UNITS.get(w.substring(0, dash));
            if (t == null || t < 20) {
                return OptionalInt.empty();
            }
            tens = t;
            w = w.substring(dash + 1);
        }
        Integer o = ORDINALS.get(w);
        return o == null ? OptionalInt.empty() : OptionalInt.of(tens + o);
    }

    /** "1st", "22nd", "3rd", "5th" (one to three digits and a suffix). */
    private static boolean isNumeralOrdinal(String w) {
        int n = w.length();
        if (n < 3 || n > 5) {
            return false;
        }
        for (int i = 0; i < n - 2; i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        String suffix = w.substring(n - 2);
        return suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th");
    }

    /** The share a fraction phrase names, in percent ("a third" → 33.33, "two thirds" → 66.67, "half" → 50). */
    static OptionalDouble fractionPercent(String numerator, String denominator) {
        Integer d = DENOMINATORS.get(denominator.toLowerCase(Locale.ROOT));
        if (d == null) {
            return OptionalDouble.empty();
        }
        double n = 1;
        if (numerator != null && !numerator.isBlank()) {
            OptionalDouble v = cardinal(numerator);
            if (v.isEmpty()) {
                return OptionalDouble.empty();
            }
            n = v.getAsDouble();
        }
        return OptionalDouble.of(100.0 * n / d);
    }
}
