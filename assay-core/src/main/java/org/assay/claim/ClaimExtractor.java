package org.assay.claim;

import java.util.List;
import org.assay.entity.Entities;
import org.assay.nlp.Annotated;
import org.assay.quote.Quote;

/**
 * Finds check-worthy claims, with their claimant (the speaker when inside reported speech) and cited source.
 *
 * <p>Stateless and thread-safe.
 */
public final class ClaimExtractor {

    public List<Claim> extract(Annotated doc, Entities entities, List<Quote> quotes) {
        return List.of();
    }
}
