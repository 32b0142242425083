package org.assay.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assay.article.Span;
import org.assay.nlp.Annotated;
import org.assay.nlp.NameSpan;

/**
 * Clusters named-entity spans into entities: a surname joins the full name seen before it.
 *
 * <p>Stateless and thread-safe.
 */
public final class EntityRecognizer {

    public Entities recognize(Annotated doc) {
        Map<String, Builder> byName = new LinkedHashMap<>();
        List<Mention> mentions = new ArrayList<>();
        for (NameSpan name : doc.names()) {
            EntityType type = switch (name.type()) {
                case "PERSON" -> EntityType.PERSON;
                case "ORGANIZATION" -> EntityType.ORGANIZATION;
                case "LOCATION" -> EntityType.LOCATION;
                default -> EntityType.MISC;
            };
            Builder b = findOrCreate(byName, name.text(), type);
            b.surfaces.add(name.text());
            b.mentions.add(name.span());
        }
        List<Entity> entities = new ArrayList<>();
        int n = 0;
        for (Builder b : byName.values()) {
            String id = "e" + (++n);
            Set<String> aliases = new LinkedHashSet<>(b.surfaces);
            aliases.remove(b.name);
            entities.add(new Entity(id, b.name, b.type, List.of(), null, List.copyOf(aliases), b.mentions));
            for (Span s : b.mentions) {
                mentions.add(new Mention(s, id));
            }
        }
        return new Entities(entities, mentions);
    }

    private static Builder findOrCreate(Map<String, Builder> byName, String surface, EntityType type) {
        for (Builder b : byName.values()) {
            if (b.type == type && (b.name.equals(surface) || b.name.endsWith(" " + surface))) {
                return b;
            }
        }
        return byName.computeIfAbsent(surface, s -> new Builder(s, type));
    }

    private static final class Builder {
        final String name;
        final EntityType type;
        final Set<String> surfaces = new LinkedHashSet<>();
        final List<Span> mentions = new ArrayList<>();

        Builder(String name, EntityType type) {
            this.name = name;
            this.type = type;
        }
    }
}
