package org.assay.claim;

import java.util.List;
import org.assay.article.Span;

/**
 * Finds the countries and groups of countries named in a span of text. The claim stage asks it for each claim's
 * {@link ClaimParts#places()}; the place names and group memberships belong to whoever bundles them (the reference
 * data's gazetteer and groups). Implementations are thread-safe.
 */
@FunctionalInterface
public interface PlaceFinder {

    /** Every place named inside {@code span} of {@code text}, in text order; spans point into {@code text}. */
    List<PlaceRef> find(String text, Span span);

    /** Finds nothing: claims then carry no places. */
    PlaceFinder NONE = (text, span) -> List.of();
}
