package org.assay.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/**
 * Words the tokenizer split at their hyphens ("Ki", "-", "moon" from "Ki-moon"), put back together for the name
 * recogniser, whose training data (CoNLL-2003) keeps hyphenated words whole. A hyphen joins the tokens either side
 * when it touches both (no space between). Stateless.
 */
final class HyphenatedWords {

    private HyphenatedWords() {
    }

    /** For each token of a sentence, the number of the whole word it is part of (0, 1, ... in order). */
    static int[] wordOf(List<CoreLabel> tokens) {
        int[] of = new int[tokens.size()];
        int word = 0;
        for (int i = 1; i < of.length; i++) {
            boolean joined = joins(tokens, i) || joins(tokens, i - 1);
            of[i] = joined ? word : ++word;
        }
        return of;
    }

    /** Whether token {@code i} is a hyphen touching a word on each side. */
    private static boolean joins(List<CoreLabel> tokens, int i) {
        return i > 0 && i + 1 < tokens.size() && "-".equals(tokens.get(i).word())
                && tokens.get(i - 1).endPosition() == tokens.get(i).beginPosition()
                && tokens.get(i).endPosition() == tokens.get(i + 1).beginPosition();
    }

    /** Whether any word of the sentence was split ({@link #wordOf} gives fewer words than tokens). */
    private static boolean split(int[] of) {
        return of.length > 0 && of[of.length - 1] != of.length - 1;
    }

    /** The whole words: the parts of each joined as written ({@code words} as given when nothing was split). */
    static String[] join(String[] words, int[] of) {
        if (!split(of)) {
            return words;
        }
        String[] out = new String[of[of.length - 1] + 1];
        for (int i = 0; i < words.length; i++) {
            out[of[i]] = out[of[i]] == null ? words[i] : out[of[i]] + words[i];
        }
        return out;
    }

    /** Each whole word's part-of-speech tag: its last part's ("Ki-moon" takes "moon"'s). */
    static String[] lastTags(String[] tags, int[] of) {
        if (!split(of)) {
            return tags;
        }
        String[] out = new String[of[of.length - 1] + 1];
        for (int i = 0; i < tags.length; i++) {
            out[of[i]] = tags[i];
        }
        return out;
    }
}
