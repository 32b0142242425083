package org.assay.verify;

import java.time.LocalDate;
import java.util.List;
import org.assay.article.Article;
import org.assay.claim.Claim;
import org.assay.claim.PlaceFinder;

/**
 * Checks claims against reference data.
 *
 * <p>Implementations are thread-safe.
 */
public interface Verifier {

    /** Never null; {@link Verdict#UNCHECKED} when no dataset covers the claim. */
    Verdict check(Claim claim, LocalDate asOf);

    /**
     * Checks all the claims of one article, as of its publication date, each with its verdict set. Implementations may
     * use the article and the other claims (a correction borrows the measure of the claim it corrects; "resources of
     * this kind" are what the article is about); by default each claim is checked alone.
     */
    default List<Claim> checkAll(List<Claim> claims, Article article) {
        return claims.stream().map(c -> c.withVerdict(check(c, article.published()))).toList();
    }

    /**
     * The places this verifier knows, for the claim stage to record in each claim's parts: the checks read a claim's
     * places from its parts, so claims to be checked here are best extracted with it. None by default.
     */
    default PlaceFinder places() {
        return PlaceFinder.NONE;
    }

    Verifier NONE = (claim, asOf) -> Verdict.UNCHECKED;
}
