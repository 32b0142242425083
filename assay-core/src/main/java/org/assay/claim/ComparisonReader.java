package org.assay.claim;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assay.article.Span;
import org.assay.entity.Entities;

/**
 * Reads the {@link Comparison} a claim makes: a multiple ("twice as large as China", "more than three times
 * Australia's", "twice the amount expected", "half as much as") or a comparative before "than" ("significantly more
 * resources of this kind than Ukraine"). A bare multiple compares only when "the", "that", "those", "what", "as" or a
 * possessive name follows it: "rose five times in a year" counts, it does not compare. The one list of comparing
 * words in Assay. Stateless and thread-safe.
 */
final class ComparisonReader {

    /** Words without which a clause compares nothing. */
    static final WordSet.Vocabulary WORDS = WordSet.Vocabulary.of("than", "times", "twice", "thrice", "half");

    private static final Pattern COMPARISON = Pattern.compile(
            "(?<int>\\b(?:significantly|far|much|slightly|considerably|substantially|vastly|even|a\\s+lot|way"
                    + "|many\\s+times)\\s+)?"
                    + "\\b(?<comp>more|less|fewer|greater|larger|bigger|smaller|higher|lower|richer|poorer|cheaper"
                    + "|faster|slower|older|younger|longer|shorter|stronger|weaker|wealthier)\\b"
                    + "(?<mid>[^.;()]{0,80}?)\\bthan\\s+(?<than>[^,;.()]{1,80})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern OTHER_RATHER = Pattern.compile("\\b(?:other|rather)\\s*$");
    /**
     * "more than 3,000", "less than two weeks", "more than twice", "more than tripled": a hedge on a figure or a
     * change, not a comparison.
     */
    private static final Pattern FIGURE_AFTER_THAN = Pattern.compile(
            "(?i)\\s*(?:[$€£¥]|\\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty"
                    + "|forty|fifty|sixty|seventy|eighty|ninety|hundred|twice|thrice|half|dozens?|hundreds|thousands"
                    + "|millions|billions|doubled|tripled|trebled|quadrupled|halved)\\b)");
    private static final Pattern FACTOR = Pattern.compile(
            "(?i)\\b(?:(?<hedge>more\\s+than|over|at\\s+least|nearly|almost)\\s+)?"
                    + "(?<f>twice|thrice|half(?=\\s+as\\b)|(?:\\d+(?:\\.\\d+)?|two|three|four|five|six|seven|eight|nine"
                    + "|ten)\\s+times\\b)"
                    + "(?:\\s+(?:as\\s+(?<adj>\\w+)\\s+as|(?<adj2>more|larger|bigger|higher|greater|less|smaller)"
                    + "\\s+than))?(?:\\s+(?<than>[^,;.()]{1,80}))?");
    /** What a bare multiple must be followed by to compare: "twice the amount", "three times Australia's", "twice as". */
    private static final Pattern BARE_OBJECT = Pattern.compile("(?:(?i:the|that|those|what|as)\\b|\\p{Lu}[\\p{L}.-]*['’]s\\b)");
    private static final Pattern TRAILING = Pattern.compile("[\\s”\"’]+$");

    private ComparisonReader() {
    }

    /**
     * The comparison in {@code s} (a claim's words starting at offset {@code base} of {@code text}), or {@code null};
     * the compared side's entities are looked up among {@code entities}.
     */
    static Comparison read(String text, String s, int base, Entities entities) {
        Matcher f = FACTOR.matcher(s);
        while (f.find()) {
            boolean bare = f.group("adj") == null && f.group("adj2") == null;
            if (!bare || f.group("than") != null && BARE_OBJECT.matcher(f.group("than")).lookingAt()) {
                return factor(text, f, base, entities);
            }
        }
        Matcher m = COMPARISON.matcher(s);
        while (m.find()) {
            String comp = m.group("comp").toLowerCase(Locale.ROOT);
            if (OTHER_RATHER.matcher(m.group("mid")).find()
                    || m.group("mid").isBlank() && FIGURE_AFTER_THAN.matcher(m.group("than")).lookingAt()) {
                continue;
            }
            boolean greater = !comp.matches("less|fewer|smaller|lower|poorer|cheaper|slower|younger|shorter|weaker");
            String thanText = TRAILING.matcher(m.group("than")).replaceFirst("");
            Span thanSpan = new Span(base + m.start("than"), base + m.start("than") + thanText.length());
            String intensifier = m.group("int") == null ? "" : m.group("int").strip().replaceAll("\\s+", " ");
            return new Comparison(comp, greater, intensifier, null, PartsReader.refs(text, thanSpan, entities),
                    thanText, new Span(base + m.start(), thanSpan.end()));
        }
        return null;
    }

    private static Comparison factor(String text, Matcher f, int base, Entities entities) {
        String word = f.group("f").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        double factor = word.equals("twice") ? 2 : word.equals("thrice") ? 3 : word.equals("half") ? 0.5
                : number(word.replaceAll("\\s*times$", ""));
        String adj = f.group("adj") != null ? f.group("adj") : f.group("adj2");
        boolean greater = factor >= 1 && (adj == null || !adj.matches("(?i)less|smaller|fewer"));
        String thanText = f.group("than") == null ? "" : TRAILING.matcher(f.group("than")).replaceFirst("");
        int thanStart = f.group("than") == null ? f.end() : f.start("than");
        Span thanSpan = new Span(base + thanStart, base + thanStart + thanText.length());
        String comparative = f.group("f") + (adj == null ? "" : f.group("adj") != null ? " as " + adj : " " + adj);
        String hedge = f.group("hedge") == null ? "" : f.group("hedge").replaceAll("\\s+", " ");
        return new Comparison(comparative, greater, hedge, factor, PartsReader.refs(text, thanSpan, entities), thanText,
                new Span(base + f.start(), thanSpan.end()));
    }

    private static double number(String word) {
        return word.matches("\\d+(?:\\.\\d+)?") ? Double.parseDouble(word) : NumberWords.cardinal(word).orElse(1);
    }
}
