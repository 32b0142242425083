package org.assay.entity;

import java.util.List;
import java.util.Objects;
import org.assay.article.Span;

/**
 * One person, organisation, country or place that the article mentions.
 *
 * @param id          unique within one analysis ({@code e1}, {@code e2}, ...)
 * @param name        the canonical name: the longest proper name seen ("Vladimir Putin"), or the gazetteer's name
 * @param titles      titles and roles from the prose ("President", "spokesman"), first seen first
 * @param affiliation the country or organisation the prose ties the entity to, or {@code null}
 * @param aliases     every other surface form seen ("Putin", "Russian President Vladimir Putin")
 * @param mentions    every place the entity is named or referred to, in text order
 */
public record Entity(String id, String name, EntityType type, List<String> titles, String affiliation,
                     List<String> aliases, List<Span> mentions) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        titles = List.copyOf(titles);
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }

    /** True when {@code surface} is the name or one of the aliases, ignoring case. */
    public boolean isCalled(String surface) {
        return name.equalsIgnoreCase(surface) || aliases.stream().anyMatch(a -> a.equalsIgnoreCase(surface));
    }
}
