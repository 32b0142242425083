package org.assay.store;

import java.util.List;
import java.util.Objects;

/**
 * A stored article with its text, its analysis as the contract's JSON document, and its quotes and claims as stored.
 *
 * @param analysisJson the analysis exactly as {@code assay analyze} printed it (docs/CONTRACT.md)
 */
public record StoredArticle(ArticleSummary summary, String text, String analysisJson, List<StoredQuote> quotes,
                            List<StoredClaim> claims) {

    public StoredArticle {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(analysisJson, "analysisJson");
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
    }
}
