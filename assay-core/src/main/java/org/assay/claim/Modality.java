package org.assay.claim;

/**
 * Whether a claim speaks of what may, will or should happen, or of what someone wants, rather than of what is or was:
 * "growth is expected to fall to 4%", "he voted for a rise to 5%", "rates could reach 6%". Data of what happened can
 * support the factual part of such a claim but does not refute it. Stateless and thread-safe.
 */
public final class Modality {

    /** Modal verbs, forecasts, plans and wishes: the words that make a clause speak of another world than this one. */
    static final WordSet.Vocabulary MODAL = WordSet.Vocabulary.of("will", "would", "could", "might", "may", "should",
            "must", "shall", "can", "going to", "plan to", "plans to", "planning to", "expect to", "expects to",
            "hope to", "hopes to", "want to", "wants to", "intend to", "intends to", "aims to", "promised to",
            "promises to", "vowed to", "vows to", "likely", "unlikely", "probably", "possibly", "perhaps", "forecast",
            "forecasts", "predicted", "projected", "projecting", "expected", "i’ll", "i'll", "we’ll", "we'll", "it’ll",
            "it'll");

    /** Wishes and votes, which only a verifier needs: "voted for a rise", "called for a cut", "urged". */
    private static final WordSet.Vocabulary WISH = WordSet.Vocabulary.of("voted for", "vote for", "called for",
            "calls for", "call for", "urged", "urges", "wanted", "wants", "proposed", "proposes", "target", "targets",
            "aim", "aims", "goal", "set to", "banking on", "if");

    private Modality() {
    }

    /** Whether {@code text} speaks of a forecast, a possibility, a plan or a wish. */
    public static boolean speculative(String text) {
        WordSet words = WordSet.of(text);
        return words.hasAny(MODAL) || words.hasAny(WISH);
    }
}
