package org.assay.verify;

import java.util.Objects;

/**
 * What one edition of a dataset says about one claim.
 *
 * @param status  the verdict this edition gives
 * @param finding what the edition shows, as a clause a reader can check ("Russia ranks fifth ... (3,800,000 t)")
 * @param detail  the figures behind it, for the evidence
 * @param actual  the reference figure the claim's own figure was read against, or {@code null}
 */
record Outcome(VerdictStatus status, String finding, String detail, Double actual) {

    Outcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(detail, "detail");
    }

    Outcome(VerdictStatus status, String finding, String detail) {
        this(status, finding, detail, null);
    }

    /** The same outcome, noting the reference figure the claim's figure was read against. */
    Outcome withActual(double value) {
        return new Outcome(status, finding, detail, value);
    }

    static Outcome of(boolean holds, String finding, String detail) {
        return new Outcome(holds ? VerdictStatus.SUPPORTED : VerdictStatus.CONTRADICTED, finding, detail);
    }

    static Outcome undecided(String finding) {
        return new Outcome(VerdictStatus.NOT_ENOUGH_DATA, finding, "");
    }
}
