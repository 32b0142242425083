package org.assay.claim;

import java.util.Objects;

/**
 * What the article itself says about a claim it reports.
 *
 * @param kind    the article's position
 * @param cue     the words that give it away ("falsely claiming", "a false claim", "in fact"), or {@code ""}
 * @param related for {@link Kind#CORRECTION}, the id of the claim it corrects; for {@link Kind#DISPUTED}, the id of
 *                the claim that corrects it; {@code null} when there is none
 */
public record Stance(Kind kind, String cue, String related) {

    /** The article's position towards a claim. */
    public enum Kind {
        /** The article gives no view: it asserts the claim itself or reports it neutrally. */
        NONE,
        /** The article says the claim is false or misleading ("falsely claiming ...", "a baseless claim"). */
        DISPUTED,
        /** The article's own figure given against a disputed claim ("(it's well over 50 percent ...)"). */
        CORRECTION,
        /** The article says the claim is right ("correctly noted", "accurately said"). */
        ENDORSED
    }

    public static final Stance NONE = new Stance(Kind.NONE, "", null);

    public Stance {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cue, "cue");
    }

    public Stance withRelated(String claimId) {
        return new Stance(kind, cue, claimId);
    }
}
