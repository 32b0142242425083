package org.assay.verify;

import java.time.LocalDate;
import java.util.List;
import org.assay.article.Article;
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
     * Checks all the claims of one article, as of its publication date, each with its verdict set. Implementations may
     * use the article and the other claims (a correction borrows the measure of the claim it corrects; "resources of
     * this kind" are what the article is about); by default each claim is checked alone.
     */
    default List<Claim> checkAll(List<Claim> claims, Article article) {
        return claims.stream().map(c -> c.withVerdict(check(c, article.published()))).toList();
    }

    Verifier NONE = (claim, asOf) -> Verdict.UNCHECKED;
}
