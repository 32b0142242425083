package org.assay.claim;

import java.util.Objects;
import org.assay.article.Span;

/**
 * An entity a claim names: "Russia", "Russia's", "Ukrainian", "the US" all point to one country entity.
 *
 * @param entityId the entity's id in the analysis ({@code e3}), or {@code null} when the claim names something the
 *                 entity stage did not resolve (a name after "than" or "after" found only by the parser)
 * @param name     the entity's canonical name ("Russia"), or the words as written when there is no entity
 * @param type     the entity's type name (COUNTRY, PERSON, ORGANIZATION, LOCATION, ...), or {@code null}
 * @param surface  the words as they stand in the claim ("Russia’s", "Ukrainian")
 * @param span     where {@code surface} stands in the article
 */
public record EntityRef(String entityId, String name, String type, String surface, Span span) {

    public EntityRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(span, "span");
    }
}
