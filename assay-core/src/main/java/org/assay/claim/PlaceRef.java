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
 * @param entityId   the id of the analysis's entity whose mention this is ({@code e3}), or {@code null} when the claim
 *                   was read without entities or the entity stage named no entity there
 */
public record PlaceRef(String name, String surface, Span span, boolean group, boolean possessive, String entityId) {

    public PlaceRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(span, "span");
    }

    /** This place as the mention of the analysis's entity {@code id}. */
    public PlaceRef ofEntity(String id) {
        return new PlaceRef(name, surface, span, group, possessive, id);
    }
}
