package org.assay.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.assay.store.StoredClaim;
import org.assay.store.StoredEvidence;

/**
 * A stored claim as a schema.org {@code ClaimReview} (JSON-LD): {@code claimReviewed} is the claim's text;
 * {@code itemReviewed} is the {@code Claim} with its author (the claimant, or the article's publisher when the article
 * itself makes the claim), {@code datePublished} (the article's date) and its appearance (the article);
 * {@code reviewRating} carries the verdict in {@code alternateName} (and a 1-5 value when the verdict decides);
 * {@code reviewBody} is the explanation followed by the evidence.
 *
 * <p>Thread-safe.
 */
public final class ClaimReviews {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClaimReviews() {
    }

    /**
     * @param claimUrl where the review can be read (the server's claim page), or {@code null}
     */
    public static ObjectNode of(StoredClaim c, String claimUrl) {
        ObjectNode review = JSON.createObjectNode();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        if (claimUrl != null) {
            review.put("url", claimUrl);
        }
        review.put("claimReviewed", c.text());
        ObjectNode item = review.putObject("itemReviewed");
        item.put("@type", "Claim");
        ObjectNode author = item.putObject("author");
        boolean byArticle = c.claimantId() == null && "(article)".equals(c.claimantName());
        author.put("@type", byArticle ? "Organization" : "Person");
        author.put("name", byArticle ? (c.source() == null ? c.articleTitle() : c.source()) : c.claimantName());
        if (c.published() != null) {
            item.put("datePublished", c.published().toString());
        }
        ObjectNode appearance = item.putObject("appearance");
        appearance.put("@type", "NewsArticle");
        appearance.put("headline", c.articleTitle());
        if (c.articleUrl() != null) {
            appearance.put("url", c.articleUrl());
        }
        ObjectNode reviewer = review.putObject("author");
        reviewer.put("@type", "Organization");
        reviewer.put("name", "Assay");
        ObjectNode rating = review.putObject("reviewRating");
        rating.put("@type", "Rating");
        Integer value = ratingValue(c.verdict());
        if (value != null) {
            rating.put("ratingValue", value);
            rating.put("bestRating", 5);
            rating.put("worstRating", 1);
        }
        rating.put("alternateName", alternateName(c.verdict()));
        review.put("reviewBody", body(c));
        return review;
    }

    /** The reviews of several claims (an article's) as one JSON-LD array. */
    public static ArrayNode ofAll(List<StoredClaim> claims, java.util.function.LongFunction<String> claimUrl) {
        ArrayNode all = JSON.createArrayNode();
        claims.forEach(c -> all.add(of(c, claimUrl.apply(c.id()))));
        return all;
    }

    /** The verdict in words: Supported, Contradicted, Not enough data, Unchecked. */
    public static String alternateName(String verdict) {
        return switch (verdict) {
            case "SUPPORTED" -> "Supported";
            case "CONTRADICTED" -> "Contradicted";
            case "NOT_ENOUGH_DATA" -> "Not enough data";
            case "UNCHECKED" -> "Unchecked";
            default -> verdict;
        };
    }

    /** The explanation, then each piece of evidence as "dataset (edition): detail". */
    public static String body(StoredClaim c) {
        StringBuilder b = new StringBuilder(c.explanation());
        if (!c.evidence().isEmpty()) {
            b.append(" Evidence:");
            for (StoredEvidence e : c.evidence()) {
                b.append(' ').append(e.dataset()).append(" (").append(e.edition()).append("): ").append(e.detail())
                        .append(';');
            }
            b.setLength(b.length() - 1);
            b.append('.');
        }
        return b.toString();
    }

    private static Integer ratingValue(String verdict) {
        return switch (verdict) {
            case "SUPPORTED" -> 5;
            case "CONTRADICTED" -> 1;
            default -> null;
        };
    }
}
