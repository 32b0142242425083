package org.assay.entity;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
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

    /**
     * The one entity mentioned before {@code offset} that {@code fits}; empty when none or more than one does (a
     * description or a generic noun that could mean two entities means neither).
     */
    public Optional<Entity> onlyOneBefore(int offset, Predicate<Entity> fits) {
        Entity match = null;
        for (Entity e : all) {
            if (e.mentions().stream().noneMatch(m -> m.start() < offset) || !fits.test(e)) {
                continue;
            }
            if (match != null) {
                return Optional.empty();
            }
            match = e;
        }
        return Optional.ofNullable(match);
    }

    /**
     * The entity of {@code type} with the most mentions within {@code [from, to)}, when it has at least two and more
     * than any other: the one the story is about there.
     */
    public Optional<Entity> mostNamedWithin(int from, int to, EntityType type) {
        Entity best = null;
        int most = 0;
        boolean tie = false;
        for (Entity e : all) {
            if (e.type() != type) {
                continue;
            }
            int n = (int) e.mentions().stream().filter(m -> m.start() >= from && m.end() <= to).count();
            if (n > most) {
                best = e;
                most = n;
                tie = false;
            } else if (n == most) {
                tie = true;
            }
        }
        return most >= 2 && !tie ? Optional.of(best) : Optional.empty();
    }

    /** The mentions that lie within {@code [from, to)}, in text order. */
    public List<Mention> within(int from, int to) {
        List<Mention> out = new java.util.ArrayList<>();
        for (int i = firstStartingAtOrAfter(from); i < mentions.size() && mentions.get(i).span().start() < to; i++) {
            if (mentions.get(i).span().end() <= to) {
                out.add(mentions.get(i));
            }
        }
        return out;
    }

    /** The mentions that overlap {@code [from, to)}, in text order. */
    public List<Mention> overlapping(int from, int to) {
        List<Mention> out = new java.util.ArrayList<>();
        int i = firstStartingAtOrAfter(from);
        if (i > 0 && mentions.get(i - 1).span().end() > from) {
            out.add(mentions.get(i - 1));
        }
        for (; i < mentions.size() && mentions.get(i).span().start() < to; i++) {
            out.add(mentions.get(i));
        }
        return out;
    }

    private int firstStartingAtOrAfter(int offset) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).span().start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The nearest person mentioned before {@code offset} but not before {@code floor}: the candidate a pronoun such
     * as "he" or "her" most plausibly refers to when nothing better is known.
     */
    public Optional<Mention> personBefore(int offset, int floor) {
        for (int i = firstStartingAtOrAfter(offset) - 1; i >= 0; i--) {
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
