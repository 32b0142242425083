package org.assay.verify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a measure's words in a claim name the place's measure or another thing's: "Germany's exports", "the economy
 * grew", "growth of 5%" do; "sales growth", "oil exports", "consumer spending grew", "Tesco's growth" do not. Reads the
 * words right before the measure's words, back to the start of the clause, with the word lists of
 * {@code measure-phrase.txt}; a name (a capitalised word inside the claim) or a dataset's subject word may stand
 * there. Immutable and thread-safe.
 */
final class MeasurePhrase {

    private static final Pattern WORD = Pattern.compile("([\\p{L}\\p{N}][\\p{L}\\p{N}'’.%-]*)\\s*$");
    /** Punctuation that ends a clause or opens an aside: nothing before it belongs to the measure's phrase. */
    private static final Pattern BREAK = Pattern.compile("[,;:()\"“”—–]\\s*$|\\s-\\s*$");
    private static final Pattern NUMBER = Pattern.compile("[$£€¥]?\\d[\\d.,]*%?|\\d+(?:st|nd|rd|th)");
    private static final int WORDS_BACK = 5;
    /** Measure words that open with a preposition ("per head", "to the dollar", "a barrel") follow what they measure. */
    private static final Pattern UNIT_LIKE = Pattern.compile("(?i)(?:per|a|an|to|against|versus|in|of)\\b");

    private final Set<String> skip = new HashSet<>();
    private final Set<String> stop = new HashSet<>();
    private final Set<String> place = new HashSet<>();
    private final Set<String> rank = new HashSet<>();
    private final List<Pattern> skipPatterns = new java.util.ArrayList<>();
    private final List<Pattern> otherPatterns = new java.util.ArrayList<>();

    private MeasurePhrase() {
        try (InputStream in = MeasurePhrase.class.getResourceAsStream("measure-phrase.txt")) {
            if (in == null) {
                throw new IllegalStateException("measure-phrase.txt missing from the classpath");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .forEach(l -> {
                        String[] kv = l.strip().split("\\s+", 2);
                        if (kv[0].equals("skip-pattern") || kv[0].equals("other-pattern")) {
                            (kv[0].equals("skip-pattern") ? skipPatterns : otherPatterns)
                                    .add(Pattern.compile(kv[1], Pattern.CASE_INSENSITIVE));
                            return;
                        }
                        (switch (kv[0]) {
                            case "skip" -> skip;
                            case "stop" -> stop;
                            case "place" -> place;
                            case "rank" -> rank;
                            default -> throw new IllegalStateException("measure-phrase.txt: unknown kind " + kv[0]);
                        }).add(kv[1].toLowerCase(Locale.ROOT));
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final MeasurePhrase BUNDLED = new MeasurePhrase();

    static MeasurePhrase bundled() {
        return BUNDLED;
    }

    /** Whether a word stands for a country as its name would: "economy", "country", "nation". */
    boolean placeWord(String word) {
        return place.contains(word.toLowerCase(Locale.ROOT).replaceFirst("['’]s?$", ""));
    }

    /** Whether a word after a superlative names a place: a place word or a part ("producer", "emitter"). */
    boolean rankedPlaceWord(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceFirst("['’]s?$", "");
        return place.contains(w) || rank.contains(w);
    }

    /**
     * The words in the clause of the measure's words at {@code hit} that make its figure another one than the
     * measure's: a futures price ("for February delivery"), the gap between two measures ("gap between"); empty if none.
     */
    java.util.Optional<String> anotherFigureInClause(String text, org.assay.article.Span hit) {
        int from = clauseStart(text, hit.start());
        int to = clauseEnd(text, hit.end());
        for (Pattern p : otherPatterns) {
            Matcher m = p.matcher(text).region(from, to);
            while (m.find()) {
                if (m.end() <= hit.start() || m.start() >= hit.end()) {
                    return java.util.Optional.of(m.group());
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static int clauseStart(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (";:()\"“”—–".indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int clauseEnd(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            if (";:()\"“”—–".indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    /**
     * Whether the measure's words starting at {@code start} of {@code text} head their phrase or follow a place.
     *
     * @param placesFound the places named in {@code text}, offsets into it
     * @param subject     whether a word starting at this offset names a dataset's subject ("copper", "oil"): a
     *                    subject's measure ("copper output") is the measure the dataset holds
     */
    boolean namesThePlaceMeasure(String text, int start, List<Places.Found> placesFound, IntPredicate subject) {
        if (UNIT_LIKE.matcher(text).region(start, text.length()).lookingAt()) {
            return true;
        }
        String before = text.substring(0, start);
        for (int i = 0; i < WORDS_BACK; i++) {
            if (before.isBlank() || BREAK.matcher(before).find()) {
                return true;
            }
            Matcher m = WORD.matcher(before);
            if (!m.find()) {
                return true;
            }
            String word = m.group(1);
            int wordStart = m.start(1);
            before = before.substring(0, wordStart);
            if (placesFound.stream().anyMatch(p -> p.start() <= wordStart && p.end() >= wordStart + 1)) {
                return true;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            String bare = lower.replaceFirst("['’]s?$", "");
            if (place.contains(bare)) {
                return true;
            }
            if (NUMBER.matcher(word).matches() || skip.contains(lower)
                    || skipPatterns.stream().anyMatch(p -> p.matcher(lower).matches())) {
                continue;
            }
            boolean name = Character.isUpperCase(word.codePointAt(0)) && !before.isBlank();
            return name || stop.contains(lower) || subject.test(wordStart);
        }
        return true;
    }
}
