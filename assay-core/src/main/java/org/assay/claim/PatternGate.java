package org.assay.claim;

/**
 * A cheap test run before a costly pattern: when a word the pattern needs is not written anywhere in the text, the
 * pattern cannot match and need not run. Most clauses hold none of the words a given pattern looks for, so skipping
 * it changes no result and saves scanning the clause once more.
 */
final class PatternGate {

    private PatternGate() {
    }

    /**
     * Whether {@code word} (lower case, opening with an ASCII letter) is written anywhere in {@code text}, in any
     * case: true wherever a case-insensitive ({@code (?i)}) pattern needing that word matches, and sometimes where it
     * does not (inside another word).
     */
    static boolean mentions(String text, String word) {
        char lower = word.charAt(0);
        char upper = Character.toUpperCase(lower);
        for (int i = text.length() - word.length(); i >= 0; i--) {
            char c = text.charAt(i);
            if ((c == lower || c == upper) && text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }
}
