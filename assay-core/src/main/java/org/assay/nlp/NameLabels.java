package org.assay.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * The labels of the name tagger: {@code O}, and {@code B-}, {@code I-}, {@code L-}, {@code U-} (begin, inside, last,
 * unit) of each CoNLL type (PER, LOC, ORG, MISC); which label may follow which; and the spans a label sequence makes.
 * Stateless.
 */
final class NameLabels {

    static final String OUTSIDE = "O";
    static final List<String> TYPES = List.of("PER", "LOC", "ORG", "MISC");
    /** CoreNLP's names for the types, which the stages read. */
    static final List<String> CORENLP_TYPES = List.of("PERSON", "LOCATION", "ORGANIZATION", "MISC");

    /** A labelled span of a sentence's tokens, [start, end). */
    record Span(String type, int start, int end) {
    }

    private NameLabels() {
    }

    /** Every label, {@code O} first. */
    static List<String> all() {
        List<String> out = new ArrayList<>();
        out.add(OUTSIDE);
        for (String t : TYPES) {
            for (String p : List.of("B-", "I-", "L-", "U-")) {
                out.add(p + t);
            }
        }
        return out;
    }

    /**
     * {@code allowed[prev + 1][next]}: whether label {@code next} may follow {@code prev} (-1 before a sentence): inside
     * a name only its own I- or L- may follow; outside one, only O, B- or U-.
     */
    static boolean[][] transitions(List<String> labels) {
        boolean[][] allowed = new boolean[labels.size() + 1][labels.size()];
        for (int p = -1; p < labels.size(); p++) {
            String prev = p < 0 ? OUTSIDE : labels.get(p);
            boolean open = prev.startsWith("B-") || prev.startsWith("I-");
            for (int n = 0; n < labels.size(); n++) {
                String next = labels.get(n);
                boolean continues = next.startsWith("I-") || next.startsWith("L-");
                allowed[p + 1][n] = open ? continues && next.substring(2).equals(prev.substring(2)) : !continues;
            }
        }
        return allowed;
    }

    /** The names a sentence's labels make. */
    static List<Span> spans(String[] labels) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < labels.length; i++) {
            String l = labels[i];
            if (l.startsWith("U-")) {
                out.add(new Span(l.substring(2), i, i + 1));
                start = -1;
            } else if (l.startsWith("B-")) {
                start = i;
            } else if (l.startsWith("L-") && start >= 0) {
                out.add(new Span(l.substring(2), start, i + 1));
                start = -1;
            } else if (l.equals(OUTSIDE)) {
                start = -1;
            }
        }
        return out;
    }

    /** CoreNLP's name for a label's type ("B-PER" gives "PERSON"), or {@code O} for {@code O}. */
    static String coreNlpType(String label) {
        int type = typeOf(label);
        return type < 0 ? OUTSIDE : CORENLP_TYPES.get(type);
    }

    /** The type of a label ("B-PER" gives 0, PER's place in {@link #TYPES}), or -1 for {@code O}. */
    static int typeOf(String label) {
        return label.equals(OUTSIDE) ? -1 : TYPES.indexOf(label.substring(2));
    }
}
