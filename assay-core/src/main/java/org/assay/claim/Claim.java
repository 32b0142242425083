package org.assay.claim;

import java.util.Objects;
import org.assay.article.Span;
import org.assay.verify.Verdict;

/**
 * A check-worthy factual assertion.
 *
 * @param id              unique within one analysis ({@code c1}, ...)
 * @param text            the claim's words as they stand in the article
 * @param start           offset of {@code text} in the article
 * @param checkworthiness how worth checking it is, 0 to 1
 * @param citedSource     the source the text cites for it ("United States Geological Survey"), or {@code null}
 * @param verdict         the check's outcome; {@link Verdict#UNCHECKED} until checked
 */
public record Claim(String id, ClaimKind kind, String text, int start, int end, double checkworthiness,
                    Claimant claimant, String citedSource, Verdict verdict) {

    public Claim {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(verdict, "verdict");
    }

    public Span span() {
        return new Span(start, end);
    }

    public Claim withVerdict(Verdict v) {
        return new Claim(id, kind, text, start, end, checkworthiness, claimant, citedSource, v);
    }
}
