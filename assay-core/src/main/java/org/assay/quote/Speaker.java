package org.assay.quote;

import java.util.Objects;
import org.assay.article.Span;

/**
 * Who a quote is attributed to.
 *
 * @param entity  the entity id, or {@code null} for a speaker that is not an entity ("experts")
 * @param name    the canonical name of the entity, or the speaker's own words when there is no entity
 * @param mention the span the attribution rests on: the name, surname or pronoun next to the cue
 */
public record Speaker(String entity, String name, Span mention) {

    public Speaker {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mention, "mention");
    }
}
