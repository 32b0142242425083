package org.assay.nlp;

import java.util.Set;

/**
 * Words as Assay's taggers were trained to see them: the training data (EWT, GUM, CoNLL-2003) writes quotation marks
 * and apostrophes in ASCII and long dashes as "--", so curly quotes, apostrophes and en and em dashes are mapped to
 * those before tagging; the opening and closing curly quotes then fix their own tags. Currency signs are written "$", as
 * the Penn Treebank tags them all, and amounts with a magnitude letter ("52m", "5.38bn", "10k") are numbers whatever
 * their neighbours: the training data has few of either, and the claim stage reads both. Stateless.
 */
final class TaggerWords {

    private TaggerWords() {
    }

    /** The word as the taggers' training data would write it (the same object when nothing changes). */
    static String normal(String word) {
        if (word.equals("—") || word.equals("–")) {
            return "--";
        }
        if (word.equals("£") || word.equals("€") || word.equals("¥")) {
            return "$";
        }
        boolean curly = false;
        for (int i = 0; i < word.length() && !curly; i++) {
            char c = word.charAt(i);
            curly = c == '“' || c == '”' || c == '‘' || c == '’' || c == '„' || c == '«' || c == '»';
        }
        if (!curly) {
            return word;
        }
        return word.replace('“', '"').replace('”', '"').replace('„', '"').replace('«', '"').replace('»', '"')
                .replace('‘', '\'').replace('’', '\'');
    }

    /** Magnitude letters that follow a number in an amount: million, billion, thousand, trillion. */
    private static final Set<String> MAGNITUDES = Set.of("m", "mn", "bn", "b", "k", "tn", "trn");

    /** Whether {@code word} is a number followed by a magnitude letter ("52m", "5.38bn", "1,500k"). */
    static boolean isAmount(String word) {
        int i = 0;
        while (i < word.length() && (Character.isDigit(word.charAt(i))
                || i > 0 && (word.charAt(i) == '.' || word.charAt(i) == ',') && i + 1 < word.length()
                && Character.isDigit(word.charAt(i + 1)))) {
            i++;
        }
        return i > 0 && i < word.length() && Character.isDigit(word.charAt(i - 1))
                && MAGNITUDES.contains(word.substring(i));
    }

    /** The tag a quotation mark's own shape gives ("“" opens, "”" closes), or {@code tagged} for any other word. */
    static String tag(String word, String tagged) {
        return switch (word) {
            case "“", "‘", "«" -> "``";
            case "”", "»" -> "''";
            default -> tagged;
        };
    }
}
