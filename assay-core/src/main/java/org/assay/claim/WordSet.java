package org.assay.claim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The lower-case words of a stretch of text, for cheap look-ups before any costly pattern runs. A word is a run of
 * letters and digits, joined by apostrophes and hyphens before a letter ("world’s", "fifth-largest"). Immutable.
 */
final class WordSet {

    private final List<String> words;

    private WordSet(List<String> words) {
        this.words = words;
    }

    static WordSet of(CharSequence text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || isJoiner(text, i))) {
                i++;
            }
            out.add(text.subSequence(start, i).toString().toLowerCase(Locale.ROOT));
        }
        return new WordSet(out);
    }

    private static boolean isJoiner(CharSequence text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '’' || c == '-') && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
    }

    boolean has(String word) {
        return words.contains(word);
    }

    /** True when a word or two-word phrase of {@code vocabulary} occurs. */
    boolean hasAny(Vocabulary vocabulary) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (vocabulary.singles.contains(w)) {
                return true;
            }
            HashSet<String> seconds = vocabulary.pairs.get(w);
            if (seconds != null && i + 1 < words.size() && seconds.contains(words.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** True when any word passes the test. */
    boolean anyWord(Predicate<String> test) {
        for (String w : words) {
            if (test.test(w)) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return words.size();
    }

    /**
     * A fixed set of lower-case words and two-word phrases, indexed for {@link #hasAny}. Held in hash sets, never
     * changed after construction: a look-up that misses (nearly all do) costs a hash comparison, not a string
     * comparison.
     */
    static final class Vocabulary {
        private final HashSet<String> singles;
        private final HashMap<String, HashSet<String>> pairs;

        private Vocabulary(HashSet<String> singles, HashMap<String, HashSet<String>> pairs) {
            this.singles = singles;
            this.pairs = pairs;
        }

        static Vocabulary of(Collection<String> entries) {
            HashSet<String> singles = new HashSet<>();
            HashMap<String, HashSet<String>> pairs = new HashMap<>();
            for (String e : entries) {
                String[] parts = e.split(" ");
                if (parts.length == 1) {
                    singles.add(e);
                } else if (parts.length == 2) {
                    pairs.computeIfAbsent(parts[0], k -> new HashSet<>()).add(parts[1]);
                } else {
                    throw new IllegalArgumentException("vocabulary entries are one or two words: " + e);
                }
            }
            return new Vocabulary(singles, pairs);
        }

        static Vocabulary of(String... entries) {
            return of(List.of(entries));
        }
    }
}
