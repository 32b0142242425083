package org.assay.verify;

import java.util.List;
import java.util.Objects;

/** The result of checking one claim: a status, one plain sentence of explanation, and the evidence used. */
public record Verdict(VerdictStatus status, String explanation, List<Evidence> evidence) {

    public static final Verdict UNCHECKED = new Verdict(VerdictStatus.UNCHECKED, "No reference dataset covers this claim.",
            List.of());

    public Verdict {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(explanation, "explanation");
        evidence = List.copyOf(evidence);
    }
}
