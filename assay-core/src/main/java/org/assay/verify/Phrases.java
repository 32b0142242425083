package org.assay.verify;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Phrases as one pattern (case-insensitive, whole words, any run of spaces or hyphens between words, longest first),
 * with the first word of each: a text none of whose words is one of them holds no phrase, so the pattern need not
 * run. Scanning an article for the subjects of some hundred datasets is then a set lookup per dataset, not a regular
 * expression over the article. Immutable and thread-safe.
 */
final class Phrases {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Pattern pattern;
    /** The first word of each phrase, lower case; {@code null} when some phrase opens with no letter or digit. */
    private final Set<String> firstWords;

    private Phrases(Pattern pattern, Set<String> firstWords) {
        this.pattern = pattern;
        this.firstWords = firstWords;
    }

    /** The phrases, each already normalised (lower case, single spaces, straight apostrophes). */
    static Phrases of(Collection<String> normalised) {
        List<String> sorted = normalised.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        if (sorted.isEmpty()) {
            return new Phrases(Pattern.compile("(?!)"), Set.of());
        }
        Set<String> first = new HashSet<>();
        StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int p = 0; p < sorted.size(); p++) {
            if (p > 0) {
                re.append('|');
            }
            String[] parts = sorted.get(p).split(" ");
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    re.append("[\\s-]+");
                }
                re.append(Pattern.quote(parts[i]).replace("'", "\\E['’]\\Q"));
            }
            String[] words = NOT_WORD.split(sorted.get(p));
            if (first != null && words.length > 0 && !words[0].isEmpty()) {
                first.add(words[0]);
            } else {
                first = null;
            }
        }
        re.append(")(?![\\p{L}\\p{N}])");
        return new Phrases(Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                first == null ? null : Set.copyOf(first));
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
        return mayMatch(words) && pattern.matcher(text).find();
    }

    Pattern pattern() {
        return pattern;
    }
}
