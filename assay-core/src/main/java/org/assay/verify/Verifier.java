package org.assay.verify;

import java.time.LocalDate;
import org.assay.claim.Claim;

/**
 * Checks one claim against reference data.
 *
 * <p>Implementations are thread-safe.
 */
public interface Verifier {

    /** Never null; {@link Verdict#UNCHECKED} when no dataset covers the claim. */
    Verdict check(Claim claim, LocalDate asOf);

    Verifier NONE = (claim, asOf) -> Verdict.UNCHECKED;
}
