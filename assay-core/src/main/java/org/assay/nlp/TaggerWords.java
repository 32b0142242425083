package org.assay.nlp;

/**
 * Words as Assay's taggers were trained to see them: the training data (EWT, GUM, CoNLL-2003) writes quotation marks
 * and apostrophes in ASCII and long dashes as "--", so curly quotes, apostrophes and en and em dashes are mapped to
 * those before tagging; the opening and closing curly quotes then fix their own tags. Stateless.
 */
final class TaggerWords {

    private TaggerWords() {
    }

    /** The word as the taggers' training data would write it (the same object when nothing changes). */
    static String normal(String word) {
        if (word.equals("—") || word.equals("–")) {
            return "--";
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

    /** The tag a quotation mark's own shape gives ("“" opens, "”" closes), or {@code tagged} for any other word. */
    static String tag(String word, String tagged) {
        return switch (word) {
            case "“", "‘", "«" -> "``";
            case "”", "»" -> "''";
            default -> tagged;
        };
    }
}
