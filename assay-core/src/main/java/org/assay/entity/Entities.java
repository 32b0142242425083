package org.assay.entity;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assay.article.Span;

/** The entities of one article, with every mention in text order. */
public record Entities(List<Entity> all, List<Mention> mentions) {

    public Entities {
        all = List.copyOf(all);
        mentions = mentions.stream().sorted(Comparator.comparing(Mention::span)).toList();
    }

    public static final Entities NONE = new Entities(List.of(), List.of());

    public Optional<Entity> byId(String id) {
        return all.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The entity mentioned by a span that overlaps {@code span}, the longest such mention first. */
    public Optional<Entity> at(Span span) {
        Map<String, Entity> index = all.stream().collect(Collectors.toMap(Entity::id, Function.identity()));
        return mentions.stream()
                .filter(m -> m.span().overlaps(span))
                .max(Comparator.comparingInt(m -> m.span().overlap(span)))
                .map(m -> index.get(m.entityId()));
    }
}
