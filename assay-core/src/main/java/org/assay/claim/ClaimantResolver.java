package org.assay.claim;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assay.article.Span;
import org.assay.entity.Entities;
import org.assay.entity.Entity;
import org.assay.entity.EntityType;
import org.assay.entity.Mention;
import org.assay.quote.Quote;
import org.assay.quote.QuoteKind;

/**
 * Decides who makes a claim. In order: the speaker of a quote the claim overlaps (DIRECT, PARTIAL or INDIRECT; not a
 * TERM, and not an "according to" attribution, which cites a source rather than reports speech); else the reporter the
 * clause's own frame names ("X said ...", "..., he said, ...", the sentence's subject for "falsely claiming ...");
 * else {@link Claimant#UNKNOWN} when the claim lies mostly inside a quotation nobody is named for; else the article. Stateless and thread-safe.
 */
final class ClaimantResolver {

    /** Words that show a reporter's words are a clause or a pronoun, not the name of a group. */
    private static final WordSet.Vocabulary NOT_A_GROUP = WordSet.Vocabulary.of("he", "she", "they", "him", "her",
            "them", "i", "we", "you", "it", "this", "that", "there", "which", "but", "and", "would", "will", "not",
            "did", "does", "do", "can", "could", "should", "may", "might", "to", "is", "was", "are", "were", "be",
            "been", "if", "when", "as", "so", "also", "who", "what");
    private static final Pattern PERSON_PRONOUN = Pattern.compile("(?i)(his|her|he|she)\\b");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "him", "her", "them", "i", "we");
    private static final Set<EntityType> SPEAKER_TYPES = Set.of(EntityType.PERSON, EntityType.ORGANIZATION,
            EntityType.GROUP, EntityType.COUNTRY);

    Claimant resolve(String text, Segment seg, Span sentence, Entities entities, List<Quote> quotes) {
        Optional<Quote> quoted = quotes.stream()
                .filter(q -> q.kind() != QuoteKind.TERM && q.speaker() != null)
                .filter(q -> q.cue() == null || !q.cue().toLowerCase(Locale.ROOT).contains("according"))
                .filter(q -> q.span().overlaps(seg.content()))
                .filter(q -> seg.citedSource() == null || !seg.citedSource().equalsIgnoreCase(q.speaker().name()))
                .max(Comparator.comparingInt(q -> q.span().overlap(seg.content())));
        if (quoted.isPresent()) {
            return new Claimant(quoted.get().speaker().entity(), quoted.get().speaker().name());
        }
        Claimant framed = seg.reporter() == null ? Claimant.ARTICLE : fromReporter(text, seg, sentence, entities);
        if (framed != Claimant.ARTICLE) {
            return framed;
        }
        boolean unattributedQuote = quotes.stream()
                .anyMatch(q -> q.speaker() == null && (q.kind() == QuoteKind.DIRECT || q.kind() == QuoteKind.PARTIAL)
                        && 2 * q.span().overlap(seg.content()) >= seg.content().length());
        return unattributedQuote ? Claimant.UNKNOWN : Claimant.ARTICLE;
    }

    private static Claimant fromReporter(String text, Segment seg, Span sentence, Entities entities) {
        Span rep = seg.reporter();
        String words = rep.of(text).strip();
        if (PRONOUNS.contains(words.toLowerCase(Locale.ROOT))) {
            return entityMentioned(rep, entities).or(() -> lastPersonBefore(rep.start(), entities))
                    .map(e -> new Claimant(e.id(), e.name())).orElse(Claimant.ARTICLE);
        }
        Optional<Entity> speaker = seg.participial()
                ? firstSpeakerIn(new Span(sentence.start(), rep.end()), entities)
                : lastSpeakerIn(rep, entities);
        if (speaker.isPresent()) {
            return new Claimant(speaker.get().id(), speaker.get().name());
        }
        String group = groupName(words);
        return group.isEmpty() ? Claimant.ARTICLE : new Claimant(null, group);
    }

    /**
     * The person a clause opening with "his", "her", "he" or "she" is about: the last person named before it who is not
     * the claimant ("falsely claiming his approval rating was ..." after "... about Volodymyr Zelensky"); empty when
     * the clause opens otherwise or no such person is named.
     */
    static List<EntityRef> personPronounSubject(String text, Span clause, Entities entities, Claimant claimant) {
        Matcher m = PERSON_PRONOUN.matcher(text).region(clause.start(), clause.end());
        if (!m.lookingAt()) {
            return List.of();
        }
        Entity found = null;
        for (Mention mention : entities.mentions()) {
            if (mention.span().start() >= clause.start()) {
                break;
            }
            Entity e = entities.byId(mention.entityId()).orElse(null);
            if (e != null && e.type() == EntityType.PERSON && !e.id().equals(claimant.entity())) {
                found = e;
            }
        }
        if (found == null) {
            return List.of();
        }
        Span pronoun = new Span(m.start(1), m.end(1));
        return List.of(new EntityRef(found.id(), found.name(), found.type().name(), pronoun.of(text), pronoun));
    }

    private static Optional<Entity> entityMentioned(Span rep, Entities entities) {
        return entities.mentions().stream()
                .filter(m -> m.span().equals(rep))
                .findFirst()
                .flatMap(m -> entities.byId(m.entityId()));
    }

    private static Optional<Entity> lastPersonBefore(int offset, Entities entities) {
        Entity found = null;
        for (Mention m : entities.mentions()) {
            if (m.span().start() >= offset) {
                break;
            }
            Entity e = entities.byId(m.entityId()).orElse(null);
            if (e != null && e.type() == EntityType.PERSON) {
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    private static Optional<Entity> firstSpeakerIn(Span span, Entities entities) {
        return entities.mentions().stream()
                .filter(m -> span.contains(m.span()))
                .map(m -> entities.byId(m.entityId()).orElse(null))
                .filter(e -> e != null && (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION))
                .findFirst();
    }

    private static Optional<Entity> lastSpeakerIn(Span span, Entities entities) {
        Entity found = null;
        Entity fallback = null;
        for (Mention m : entities.mentions()) {
            if (!span.contains(m.span())) {
                continue;
            }
            Entity e = entities.byId(m.entityId()).orElse(null);
            if (e == null) {
                continue;
            }
            if (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION) {
                found = e;
            } else if (SPEAKER_TYPES.contains(e.type())) {
                fallback = e;
            }
        }
        return Optional.ofNullable(found != null ? found : fallback);
    }

    /**
     * A speaker that is no entity, named by its words: "experts and intergovernmental organizations" from "an act that
     * experts and intergovernmental organizations have"; empty when the words name no one.
     */
    static String groupName(String words) {
        String w = words.replaceFirst("(?s)^.*\\b(?:that|which|who|whom)\\s+", "")
                .replaceFirst("(?s)^.*,\\s*", "")
                .replaceFirst("\\s+(?:have|has|had|also|all|both|then|now|previously|repeatedly|have\\s+long)$", "")
                .replaceFirst("^(?i)(?:the|a|an)\\s+", "")
                .strip();
        WordSet ws = WordSet.of(w);
        if (ws.size() == 0 || ws.size() > 5 || ws.hasAny(NOT_A_GROUP)) {
            return "";
        }
        return w;
    }
}
