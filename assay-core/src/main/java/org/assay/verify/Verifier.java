package org.assay.verify;

import java.time.LocalDate;
import java.util.List;
import org.assay.claim.Claim;

/**
 * Checks claims against reference data.
 *
 * <p>Implementations are thread-safe.
 */
public interface Verifier {

    /** Never null; {@link Verdict#UNCHECKED} when no dataset covers the claim. */
    Verdict check(Claim claim, LocalDate asOf);

    /**
     * Checks all the claims of one article, in order, each with its verdict set. Implementations may let claims inform
     * each other (a correction borrows the measure of the claim it corrects); by default each is checked alone.
     */
    default List<Claim> checkAll(List<Claim> claims, LocalDate asOf) {
        return claims.stream().map(c -> c.withVerdict(check(c, asOf))).toList();
    }

    Verifier NONE = (claim, asOf) -> Verdict.UNCHECKED;
}
