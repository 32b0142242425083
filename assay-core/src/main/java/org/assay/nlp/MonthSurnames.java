package org.assay.nlp;

import java.util.List;
import java.util.Set;

/**
 * Surnames that are also months ("Theresa May", "Brian May"): the recognisers, trained on text where "May" is
 * nearly always the month, end the name before it. A month word right after a person's name, not followed by a day
 * or a year, is part of the name. Stateless.
 */
final class MonthSurnames {

    private static final Set<String> MONTHS = Set.of("May", "June", "April", "August");
    private static final String PERSON = "PERSON";

    private MonthSurnames() {
    }

    /** Relabels in place the month words that end a person's name among tokens [from, to) of one sentence. */
    static void relabel(List<Token> tokens, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            Token t = tokens.get(i);
            Token before = tokens.get(i - 1);
            boolean dated = i + 1 < to && tokens.get(i + 1).tag().equals("CD");
            if (MONTHS.contains(t.word()) && !t.ner().equals(PERSON) && before.ner().equals(PERSON)
                    && before.end() + 1 == t.start() && !dated) {
                tokens.set(i, new Token(t.index(), t.word(), "NNP", PERSON, t.start(), t.end(), t.sentence()));
            }
        }
    }
}
