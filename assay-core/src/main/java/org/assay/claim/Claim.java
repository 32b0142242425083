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
 * @param parts           what the claim is made of, parsed for the checker; {@link ClaimParts#EMPTY} when unknown
 * @param stance          what the article itself says of the claim; {@link Stance#NONE} when nothing
 */
public record Claim(String id, ClaimKind kind, String text, int start, int end, double checkworthiness,
                    Claimant claimant, String citedSource, Verdict verdict, ClaimParts parts, Stance stance) {

    public Claim {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(parts, "parts");
        Objects.requireNonNull(stance, "stance");
        if (checkworthiness < 0 || checkworthiness > 1) {
            throw new IllegalArgumentException("checkworthiness " + checkworthiness + " outside [0, 1]");
        }
    }

    /** A claim without parsed parts or stance (the shape before parts existed; handy for tests and one-off checks). */
    public Claim(String id, ClaimKind kind, String text, int start, int end, double checkworthiness, Claimant claimant,
                 String citedSource, Verdict verdict) {
        this(id, kind, text, start, end, checkworthiness, claimant, citedSource, verdict, ClaimParts.EMPTY, Stance.NONE);
    }

    public Span span() {
        return new Span(start, end);
    }

    public Claim withVerdict(Verdict v) {
        return new Claim(id, kind, text, start, end, checkworthiness, claimant, citedSource, v, parts, stance);
    }

    public Claim withParts(ClaimParts p) {
        return new Claim(id, kind, text, start, end, checkworthiness, claimant, citedSource, verdict, p, stance);
    }

    public Claim withStance(Stance s) {
        return new Claim(id, kind, text, start, end, checkworthiness, claimant, citedSource, verdict, parts, s);
    }
}
