package org.assay.claim;

import java.util.Objects;
import org.assay.article.Span;

/**
 * A place near the top of an ordering that the prose gives no position for: "one of the largest", "among the world's
 * leading". How near counts as "near" is the checker's call, not the parser's.
 *
 * @param superlative the ordering word as written, lower case ("largest", "leading", "major")
 * @param text        the words as they stand in the source text ("one of the world's largest")
 * @param span        where {@code text} stands
 */
public record NearTop(String superlative, String text, Span span) {

    public NearTop {
        Objects.requireNonNull(superlative, "superlative");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}
