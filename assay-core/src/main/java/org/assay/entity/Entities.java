package org.assay.entity;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
        return mentionAt(span).flatMap(m -> byId(m.entityId()));
    }

    /** The mention overlapping {@code span} the most, if any. */
    public Optional<Mention> mentionAt(Span span) {
        return mentions.stream()
                .filter(m -> m.span().overlaps(span))
                .max(Comparator.comparingInt(m -> m.span().overlap(span)));
    }

    /** The mentions that lie within {@code [from, to)}, in text order. */
    public List<Mention> within(int from, int to) {
        return mentions.stream().filter(m -> m.span().start() >= from && m.span().end() <= to).toList();
    }

    /** The mentions that overlap {@code [from, to)}, in text order. */
    public List<Mention> overlapping(int from, int to) {
        return mentions.stream().filter(m -> m.span().start() < to && m.span().end() > from).toList();
    }

    /**
     * The nearest person mentioned before {@code offset} but not before {@code floor}: the candidate a pronoun such
     * as "he" or "her" most plausibly refers to when nothing better is known.
     */
    public Optional<Mention> personBefore(int offset, int floor) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.span().end() > offset) {
                continue;
            }
            if (m.span().start() < floor) {
                break;
            }
            if (m.type() == EntityType.PERSON) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
