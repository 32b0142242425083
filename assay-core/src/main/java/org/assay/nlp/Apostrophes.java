package org.assay.nlp;

import java.util.List;

/**
 * Tells a possessive apostrophe from a closing single quote. The tagger reads the apostrophe of a plural possessive
 * as a closing quote ({@code Sanders’ campaign} gives {@code ''}); it is a possessive ({@code POS}) when it sticks to a
 * word ending in "s", a space follows it, and no single quote is open before it in its sentence ({@code the
 * ‘winners’ list} keeps its quote). The word after a possessive is a noun, so a present-tense verb tag there (the
 * same misreading: {@code comments/VBZ}) becomes the noun's. Stateless.
 */
final class Apostrophes {

    private static final String POSSESSIVE = "POS";

    private Apostrophes() {
    }

    /** Retags in place the possessive apostrophes among tokens [from, to) of one sentence. */
    static void retag(List<Token> tokens, int from, int to, String text) {
        boolean open = false;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (isSingleMark(t.word()) && !t.tag().equals(POSSESSIVE)) {
                if (t.tag().equals("''") && !open && i > from && isPossessive(tokens.get(i - 1), t, text)) {
                    tokens.set(i, t.withTag(POSSESSIVE));
                    if (i + 1 < to) {
                        Token next = tokens.get(i + 1);
                        String tag = next.tag();
                        if (tag.equals("VBZ") || tag.equals("VBP") || tag.equals("VB")) {
                            tokens.set(i + 1, next.withTag(tag.equals("VBZ") ? "NNS" : "NN"));
                        }
                    }
                } else {
                    open = t.tag().equals("``");
                }
            }
        }
    }

    private static boolean isSingleMark(String word) {
        return word.equals("’") || word.equals("'") || word.equals("‘") || word.equals("`");
    }

    private static boolean isPossessive(Token before, Token mark, String text) {
        String w = before.word();
        return before.end() == mark.start() && !w.isEmpty() && (w.endsWith("s") || w.endsWith("S"))
                && Character.isLetter(w.charAt(0))
                && (mark.end() == text.length() || Character.isWhitespace(text.charAt(mark.end())));
    }
}
