package org.assay.verify;

import java.util.Objects;

/**
 * What one edition of a dataset says about one claim.
 *
 * @param status  the verdict this edition gives
 * @param finding what the edition shows, as a clause a reader can check ("Russia ranks fifth ... (3,800,000 t)")
 * @param detail  the figures behind it, for the evidence
 */
record Outcome(VerdictStatus status, String finding, String detail) {

    Outcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(detail, "detail");
    }

    static Outcome of(boolean holds, String finding, String detail) {
        return new Outcome(holds ? VerdictStatus.SUPPORTED : VerdictStatus.CONTRADICTED, finding, detail);
    }

    static Outcome undecided(String finding) {
        return new Outcome(VerdictStatus.NOT_ENOUGH_DATA, finding, "");
    }
}
