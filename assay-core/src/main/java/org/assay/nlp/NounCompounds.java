package org.assay.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Nouns the taggers read as other words: a fraction after its determiner that no noun follows ("nearly a third
 * said", where "third" came out an adjective; "a third term" keeps it), and a hyphenated noun ending in a particle
 * ("a voice-over", "the shake-up", which the tokenizer splits at the hyphen and leaves "over" an adverb). Stateless.
 */
final class NounCompounds {

    private static final Set<String> FRACTIONS = Set.of("half", "third", "thirds", "quarter", "quarters", "fifth",
            "fifths", "sixth", "sixths", "tenth", "tenths");
    private static final Set<String> DETERMINERS = Set.of("a", "one", "two", "three", "four", "the");
    private static final Set<String> PARTICLES = Set.of("over", "up", "out", "off", "down", "back", "in", "on");

    private NounCompounds() {
    }

    /** Retags in place the fractions and particle compounds among tokens [from, to) of one sentence. */
    static void retag(List<Token> tokens, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            Token t = tokens.get(i);
            if (t.tag().startsWith("NN")) {
                continue;
            }
            String w = t.word().toLowerCase(Locale.ROOT);
            String next = i + 1 < to ? tokens.get(i + 1).tag() : "";
            boolean beforeNoun = next.startsWith("NN") || next.startsWith("JJ") || next.equals("CD");
            boolean fraction = FRACTIONS.contains(w) && !beforeNoun
                    && DETERMINERS.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT));
            boolean compound = PARTICLES.contains(w) && i - 2 >= from && touches(tokens.get(i - 1), t)
                    && tokens.get(i - 1).word().equals("-") && touches(tokens.get(i - 2), tokens.get(i - 1))
                    && tokens.get(i - 2).tag().startsWith("NN")
                    && !(i + 1 < to && tokens.get(i + 1).word().equals("-") && touches(t, tokens.get(i + 1)));
            if (fraction || compound) {
                tokens.set(i, t.withTag(w.endsWith("s") && !w.equals("thus") ? "NNS" : "NN"));
            }
        }
    }

    private static boolean touches(Token left, Token right) {
        return left.end() == right.start();
    }
}
