package org.assay.quote;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.assay.entity.Entities;
import org.assay.entity.EntityType;
import org.assay.entity.Mention;
import org.assay.nlp.Annotated;
import org.assay.nlp.Token;

/**
 * Resolves "he" and "she" to a person of the article: a person named as a subject earlier in the same sentence,
 * else the most recent speaker, else the nearest person named before, looking back at most six sentences. A name
 * in the possessive ("Trump's") or after a preposition or a verb ("to Putin", "told Inskeep") is not a subject; a
 * name inside quotation marks is no antecedent at all, nor is a person whose {@link Gender} the pronoun's contradicts
 * ("she" never refers to a Mr. Smith).
 *
 * <p>One instance serves one article. Not thread-safe.
 */
final class Antecedents {

    private static final int PRONOUN_REACH = 6;

    private final Annotated doc;
    private final List<Token> tokens;
    private final Entities entities;
    private final boolean[] quoted;
    private final Map<String, Gender> genders;
    private final Map<String, Gender> learned = new HashMap<>();

    /** {@code quoted} marks the tokens inside quotation marks: a name there is not an antecedent. */
    Antecedents(Annotated doc, Entities entities, boolean[] quoted) {
        this.doc = doc;
        this.tokens = doc.tokens();
        this.entities = entities;
        this.quoted = quoted;
        this.genders = Gender.ofPersons(tokens, entities);
    }

    /**
     * The person a "he" or "she" at token {@code k} refers to: a person named as a subject earlier in the same
     * sentence; else a person of the pronoun's known gender named earlier in the sentence ("portraying Sanders as
     * hypocritical because he"), unless a cue addresses them ("told Inskeep that he"); else the most recent
     * speaker, unless a person named as a subject since then is closer; else the nearest person named before. Only
     * persons whose gender agrees are candidates.
     */
    Optional<Mention> of(int k, List<SpeakerFinder.Found> spoken) {
        Token p = tokens.get(k);
        Gender wanted = Gender.ofPronoun(p.word());
        int sentenceStart = doc.sentences().get(p.sentence()).start();
        int floor = doc.sentences().get(Math.max(0, p.sentence() - PRONOUN_REACH)).start();
        Mention nearestSubject = null;
        Mention nearest = null;
        for (Mention m : entities.within(floor, p.start())) {
            if (m.type() != EntityType.PERSON || quoted[m.firstToken()] || !agrees(wanted, m.entityId())) {
                continue;
            }
            boolean sameSentence = m.span().start() >= sentenceStart;
            if (sameSentence || !afterCue(m)) {
                nearest = m;
                if (subjectLike(m)) {
                    nearestSubject = m;
                }
            }
        }
        if (nearestSubject != null && nearestSubject.span().start() >= sentenceStart) {
            return Optional.of(nearestSubject);
        }
        if (nearest != null && nearest.span().start() >= sentenceStart && wanted != Gender.UNKNOWN
                && genderOf(nearest.entityId()) == wanted && !addressee(nearest) && !afterPreposition(nearest)) {
            return Optional.of(nearest);
        }
        SpeakerFinder.Found last = lastSpeaker(p, floor, id -> agrees(wanted, id), spoken);
        if (last != null && (nearestSubject == null || nearestSubject.span().start() < last.speaker().mention().start()
                || nearestSubject.entityId().equals(last.speaker().entity()))) {
            return mentionOf(last, p);
        }
        if (nearestSubject != null || nearest != null) {
            return Optional.ofNullable(nearestSubject != null ? nearestSubject : nearest);
        }
        return lastSpeakerFurtherBack(p, wanted, spoken);
    }

    /** How far back a gendered pronoun may find the last speaker when no one is named nearer, in sentences. */
    private static final int SPEAKER_REACH = 20;

    /**
     * "She added …" after a run of quoted paragraphs: when no person is named within the pronoun's reach, the last
     * person who spoke within {@value #SPEAKER_REACH} sentences and whose gender is known to agree.
     */
    private Optional<Mention> lastSpeakerFurtherBack(Token p, Gender wanted, List<SpeakerFinder.Found> spoken) {
        if (wanted == Gender.UNKNOWN) {
            return Optional.empty();
        }
        int floor = doc.sentences().get(Math.max(0, p.sentence() - SPEAKER_REACH)).start();
        SpeakerFinder.Found last = lastSpeaker(p, floor, id -> genderOf(id) == wanted, spoken);
        return last == null ? Optional.empty() : mentionOf(last, p);
    }

    /**
     * The last person found speaking before the pronoun {@code p}, their attribution starting at {@code floor} or
     * later, whose entity passes {@code fits}; null when there is none.
     */
    private SpeakerFinder.Found lastSpeaker(Token p, int floor, Predicate<String> fits,
            List<SpeakerFinder.Found> spoken) {
        SpeakerFinder.Found last = null;
        for (SpeakerFinder.Found f : spoken) {
            String id = f.speaker().entity();
            if (id != null && f.speaker().mention().end() <= p.start() && f.speaker().mention().start() >= floor
                    && fits.test(id) && entities.byId(id).map(e -> e.type() == EntityType.PERSON).orElse(false)) {
                last = f;
            }
        }
        return last;
    }

    /** The mention a found speaker's attribution rests on, else that person's last mention before {@code p}. */
    private Optional<Mention> mentionOf(SpeakerFinder.Found f, Token p) {
        String id = f.speaker().entity();
        return entities.mentionAt(f.speaker().mention()).filter(m -> m.entityId().equals(id))
                .or(() -> entities.within(0, p.start()).stream().filter(m -> m.entityId().equals(id))
                        .reduce((a, b) -> b));
    }

    private boolean agrees(Gender wanted, String entityId) {
        return wanted.agreesWith(genderOf(entityId));
    }

    private Gender genderOf(String entityId) {
        Gender g = genders.get(entityId);
        return g != null ? g : learned.getOrDefault(entityId, Gender.UNKNOWN);
    }

    /**
     * Records that a settled attribution referred to person {@code entityId} by the pronoun {@code word}: a person
     * the text and the name list say nothing of takes the first gendered pronoun used for them.
     */
    void learn(String entityId, String word) {
        Gender g = Gender.ofPronoun(word);
        if (g != Gender.UNKNOWN && !genders.containsKey(entityId)) {
            learned.putIfAbsent(entityId, g);
        }
    }

    /** The person a cue verb addresses ("told NPR correspondent Steve Inskeep that he"): the teller is meant. */
    private boolean addressee(Mention m) {
        int before = m.firstToken() - 1;
        while (before >= 0 && (tokens.get(before).isProperNoun() || tokens.get(before).tag().equals("JJ")
                || tokens.get(before).tag().equals("NN") || tokens.get(before).tag().equals("DT"))) {
            before--;
        }
        return before >= 0 && tokens.get(before).isVerb() && Cues.isCue(tokens.get(before).word());
    }

    /**
     * Whether a verb of saying comes before the mention in its sentence: the name is then inside what was reported
     * ("Balls had suggested that Mr Brown would …") and a pronoun in a later sentence means the reporter, not it.
     */
    private boolean afterCue(Mention m) {
        int sentence = tokens.get(m.firstToken()).sentence();
        for (int j = m.firstToken() - 1; j >= 0 && tokens.get(j).sentence() == sentence; j--) {
            Token t = tokens.get(j);
            if (t.isVerb() && Cues.isCue(t.word(), t.tag())) {
                return true;
            }
        }
        return false;
    }

    /** The object of a preposition ("hosted by Gordon Brown", "ahead of Germany's Marc Blume"). */
    private boolean afterPreposition(Mention m) {
        int before = beforeNounPhrase(m);
        return before >= 0 && tokens.get(before).tag().equals("IN")
                && !SUBORDINATORS.contains(tokens.get(before).word().toLowerCase(Locale.ROOT));
    }

    /** The token before the noun phrase that ends with the mention (its modifiers and a possessor included). */
    private int beforeNounPhrase(Mention m) {
        int before = m.firstToken() - 1;
        while (before >= 0 && (tokens.get(before).isProperNoun() || tokens.get(before).tag().equals("JJ")
                || tokens.get(before).tag().equals("NN") || tokens.get(before).tag().equals("DT")
                || tokens.get(before).tag().equals("POS"))) {
            before--;
        }
        return before;
    }

    /** Not a possessive ("Trump's") and not the object of a preposition ("to Putin"). */
    boolean subjectLike(Mention m) {
        if (m.endToken() < tokens.size() && tokens.get(m.endToken()).word().matches("['’]s?")) {
            return false;
        }
        int before = beforeNounPhrase(m);
        if (before < 0 || tokens.get(before).sentence() != tokens.get(m.firstToken()).sentence()) {
            return true;
        }
        String tag = tokens.get(before).tag();
        String word = tokens.get(before).word().toLowerCase(Locale.ROOT);
        if (tag.equals("IN") && SUBORDINATORS.contains(word)) {
            // "after" and its kind also govern a noun ("went after Trump at the debate"): a clause needs its verb
            return !ALSO_PREPOSITIONS.contains(word) || m.endToken() < tokens.size()
                    && (tokens.get(m.endToken()).isVerb() || tokens.get(m.endToken()).tag().equals("MD"));
        }
        return !tag.equals("IN") && !tag.equals("TO") && !tag.startsWith("VB");
    }

    /** Words that open a clause, so the name after them is that clause's subject ("since Trump spoke"). */
    private static final Set<String> SUBORDINATORS = Set.of(
            "since", "because", "although", "though", "while", "when", "if", "as", "after", "before", "until",
            "unless", "whereas", "that", "once");

    /** Subordinators that are also prepositions: the name after them is a subject only when a verb follows it. */
    private static final Set<String> ALSO_PREPOSITIONS = Set.of("after", "before", "since", "until", "as");
}
