package org.assay.claim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The phrases that hedge a figure ("well over", "nearly", "or so") and the {@link Hedge} each means. */
final class HedgeWords {

    /** Hedge phrases written before a figure, lower case, single-spaced. */
    static final Map<String, Hedge> PHRASES = phrases();

    private HedgeWords() {
    }

    /** "or so" → about; "or less", "or fewer" → at most; "or more", "-plus" → at least. */
    static Hedge after(String post) {
        String p = post.toLowerCase(Locale.ROOT);
        return p.contains("so") ? Hedge.ABOUT : p.contains("less") || p.contains("fewer") ? Hedge.AT_MOST : Hedge.AT_LEAST;
    }

    private static Map<String, Hedge> phrases() {
        Map<String, Hedge> h = new LinkedHashMap<>();
        for (String s : List.of("about", "roughly", "some", "around", "approximately", "approx.", "an estimated",
                "estimated", "circa", "an average of", "on average")) {
            h.put(s, Hedge.ABOUT);
        }
        for (String s : List.of("nearly", "almost", "close to", "just under", "just shy of", "not quite",
                "slightly less than", "a little under", "a little less than", "just below")) {
            h.put(s, Hedge.NEARLY);
        }
        for (String s : List.of("more than", "over", "above", "in excess of", "upwards of", "just over",
                "slightly more than", "a little over", "greater than", "higher than", "exceeding", "just above", "exceeds", "exceeded", "surpasses", "surpassed",
                "tops", "topped")) {
            h.put(s, Hedge.MORE_THAN);
        }
        for (String s : List.of("well over", "well above", "far more than", "much more than", "well in excess of",
                "way over", "far above", "significantly more than")) {
            h.put(s, Hedge.WELL_OVER);
        }
        for (String s : List.of("at least", "no less than", "no fewer than", "not less than", "a minimum of")) {
            h.put(s, Hedge.AT_LEAST);
        }
        for (String s : List.of("less than", "fewer than", "under", "below", "lower than", "well under",
                "well below", "far less than", "far fewer than")) {
            h.put(s, Hedge.LESS_THAN);
        }
        for (String s : List.of("up to", "at most", "no more than", "not more than", "as many as", "as much as",
                "a maximum of")) {
            h.put(s, Hedge.AT_MOST);
        }
        for (String s : List.of("only", "just", "a mere", "merely", "mere")) {
            h.put(s, Hedge.ONLY);
        }
        h.put("between", Hedge.BETWEEN);
        h.put("exactly", Hedge.EXACT);
        h.put("precisely", Hedge.EXACT);
        return Map.copyOf(h);
    }

    /** Regex alternation of the phrases, longest first, any white space between words, ending at a word's end. */
    static String alternation() {
        return PHRASES.keySet().stream()
                .sorted((a, b) -> Integer.compare(b.length(), a.length()))
                .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
                .reduce((a, b) -> a + "|" + b)
                .map(s -> "(?:" + s + ")(?!\\w)")
                .orElseThrow();
    }
}
