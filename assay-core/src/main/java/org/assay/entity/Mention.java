package org.assay.entity;

import java.util.Objects;
import org.assay.article.Span;

/**
 * One place in the text that names an entity: a full name, a surname, a country's demonym or abbreviation.
 *
 * @param firstToken index of its first token in the article's token list; {@code endToken} is exclusive
 * @param type       the type of the entity it names
 */
public record Mention(Span span, String entityId, EntityType type, int firstToken, int endToken) {

    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(type, "type");
        if (endToken < firstToken) {
            throw new IllegalArgumentException("bad token range " + firstToken + ".." + endToken);
        }
    }
}
