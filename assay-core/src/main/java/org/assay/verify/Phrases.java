package org.assay.verify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assay.article.Span;

/**
 * Phrases as one pattern (case-insensitive, whole words, any run of spaces or hyphens between words, longest first),
 * with the first word of each: a text none of whose words is one of them holds no phrase, so the pattern need not
 * run. Scanning an article for the subjects of some hundred datasets is then a set lookup per dataset, not a regular
 * expression over the article. Immutable and thread-safe.
 */
final class Phrases {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** All the phrases as one pattern; {@code null} unless some phrase opens with no letter or digit. */
    private final Pattern pattern;
    /** The first word of each phrase, lower case; {@code null} when some phrase opens with no letter or digit. */
    private final Set<String> firstWords;
    /** For each first word, the phrases that open with it (longest first); {@code null} with {@code firstWords}. */
    private final Map<String, List<String>> byFirstWord;
    /** Each first word's phrases as one pattern, compiled when a text first holds that word (most never do). */
    private final Map<String, Pattern> compiled = new ConcurrentHashMap<>();

    private Phrases(Pattern pattern, Set<String> firstWords, Map<String, List<String>> byFirstWord) {
        this.pattern = pattern;
        this.firstWords = firstWords;
        this.byFirstWord = byFirstWord;
    }

    /** The pattern of the phrases that open with {@code word}, or {@code null} when none does. */
    private Pattern patternFor(String word) {
        List<String> phrases = byFirstWord.get(word);
        return phrases == null ? null : compiled.computeIfAbsent(word, w -> compile(phrases));
    }

    /** The phrases, each already normalised (lower case, single spaces, straight apostrophes). */
    static Phrases of(Collection<String> normalised) {
        List<String> sorted = normalised.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        if (sorted.isEmpty()) {
            return new Phrases(null, Set.of(), Map.of());
        }
        Set<String> first = new HashSet<>();
        Map<String, List<String>> byFirst = new LinkedHashMap<>();
        for (String phrase : sorted) {
            String[] words = NOT_WORD.split(phrase);
            if (first != null && words.length > 0 && !words[0].isEmpty()) {
                first.add(words[0]);
                byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(phrase);
            } else {
                first = null;
            }
        }
        return first == null ? new Phrases(compile(sorted), null, null)
                : new Phrases(null, Set.copyOf(first), Map.copyOf(byFirst));
    }

    /** The phrases (longest first) as one case-insensitive pattern of whole words. */
    private static Pattern compile(List<String> phrases) {
        StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int p = 0; p < phrases.size(); p++) {
            if (p > 0) {
                re.append('|');
            }
            String[] parts = phrases.get(p).split(" ");
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    re.append("[\\s-]+");
                }
                re.append(Pattern.quote(parts[i]).replace("'", "\\E['’]\\Q"));
            }
        }
        re.append(")(?![\\p{L}\\p{N}])");
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * Where the phrases stand in {@code text}, in text order, as successive {@link Matcher#find} calls of
     * {@link #pattern} would give them; but the phrases are tried only where a word of the text opens one, so a text
     * is scanned once for its words and not once per phrase.
     */
    List<Span> spans(String text) {
        List<Span> out = new ArrayList<>();
        if (byFirstWord == null) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                out.add(new Span(m.start(), m.end()));
            }
            return out;
        }
        Matcher word = WORD.matcher(text);
        int from = 0;
        while (word.find(from)) {
            Pattern p = patternFor(text.substring(word.start(), word.end()).toLowerCase(Locale.ROOT));
            if (p != null) {
                Matcher m = p.matcher(text).region(word.start(), text.length()).useTransparentBounds(true)
                        .useAnchoringBounds(false);
                if (m.lookingAt()) {
                    out.add(new Span(m.start(), m.end()));
                    from = m.end();
                    continue;
                }
            }
            from = word.end();
        }
        return out;
    }

    /** The words of {@code text}, lower case, for {@link #mayMatch}. */
    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Where each word of {@code text} (lower case) opens, for {@link #in(String, Map)}. */
    static Map<String, List<Integer>> positions(String text) {
        Map<String, List<Integer>> out = new HashMap<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            out.computeIfAbsent(text.substring(word.start(), word.end()).toLowerCase(Locale.ROOT),
                    k -> new ArrayList<>()).add(word.start());
        }
        return out;
    }

    /**
     * Whether {@code text}, whose words open where {@code positions} ({@link #positions}) says, holds one of the
     * phrases: each phrase is tried only where its first word stands, so many phrase lists can be asked of one long
     * text that is read once.
     */
    boolean in(String text, Map<String, List<Integer>> positions) {
        if (byFirstWord == null) {
            return pattern.matcher(text).find();
        }
        for (String first : byFirstWord.keySet()) {
            List<Integer> at = positions.get(first);
            if (at == null) {
                continue;
            }
            Matcher m = patternFor(first).matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            for (int start : at) {
                if (m.region(start, text.length()).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** False only when a text with these {@link #words} holds none of the phrases. */
    boolean mayMatch(Set<String> words) {
        if (firstWords == null) {
            return true;
        }
        for (String w : firstWords) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text}, whose {@link #words} are {@code words}, holds one of the phrases. */
    boolean in(String text, Set<String> words) {
        return mayMatch(words) && !spans(text).isEmpty();
    }
}
