package org.assay.claim;

import java.util.Objects;
import org.assay.article.Span;

/**
 * A country or a group of countries a claim names: "Russia’s", "the Russian Federation", "Ukrainians", "the euro area".
 *
 * @param name       the canonical name ("Russia", "Euro area")
 * @param surface    the words as they stand in the claim ("Russia", without a possessive's "’s")
 * @param span       where {@code surface} stands in the text the claim's spans point into
 * @param group      a region or group of countries ("Africa", "the EU"), not one country
 * @param possessive the name is written in the possessive ("China’s output")
 */
public record PlaceRef(String name, String surface, Span span, boolean group, boolean possessive) {

    public PlaceRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(span, "span");
    }
}
