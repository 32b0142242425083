package org.assay.quote;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.assay.article.Span;
import org.assay.entity.Entities;
import org.assay.entity.Entity;
import org.assay.entity.EntityType;
import org.assay.entity.Mention;
import org.assay.entity.Titles;
import org.assay.nlp.Annotated;
import org.assay.nlp.Token;
import org.assay.quote.SpeakerFinder.Found;

/**
 * Turns a span of tokens into a {@link Speaker}: a person named in it, a pronoun (resolved through the article's
 * {@link SpeakerMemory}), another entity, a description of a titled person ({@link DescribedPerson}), the noun
 * phrase as written, or a lone word for some of a group ("Some", "one"). Each kind lowers the confidence it is
 * given by a fixed amount; a span with none of these gives nothing.
 *
 * <p>One instance serves one article; it reads the memory it is given, which may grow between calls. Not
 * thread-safe.
 */
final class SpeakerResolver {

    private static final Set<String> MALE = Set.of("he", "him", "his");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers");
    /** Words that stand alone for some of a group of people ("Some chanted", "read one", "Another tweeted"). */
    private static final Set<String> GROUP_WORDS = Set.of(
            "some", "others", "many", "several", "another", "one", "most", "few", "all", "both", "two", "three");
    private static final Set<String> OTHER_PRONOUNS = Set.of("i", "we", "they", "it", "you");
    /** The longest apposition between a name and its verb, in tokens. */
    private static final int APPOSITION = 15;

    private final Annotated doc;
    private final List<Token> tokens;
    private final Entities entities;
    private final boolean[] quoted;
    private final SpeakerMemory memory;
    private final DescribedPerson descriptions;
    private final DescribedBody bodies;
    private final IssuedDocument documents;

    /** {@code quoted} marks the tokens inside quotation marks; it is read, never changed. */
    SpeakerResolver(Annotated doc, Entities entities, boolean[] quoted, SpeakerMemory memory) {
        this.doc = doc;
        this.tokens = doc.tokens();
        this.entities = entities;
        this.quoted = quoted;
        this.memory = memory;
        this.descriptions = new DescribedPerson(tokens, entities);
        this.bodies = new DescribedBody(tokens, entities);
        this.documents = new IssuedDocument(tokens, entities);
    }

    /** True for a word that stands for some of a group of people ("some", "one", "others"). */
    static boolean isGroupWord(String word) {
        return GROUP_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The article's entities, as the resolver reads them. */
    Entities entities() {
        return entities;
    }

    /**
     * Whether the mention completes a post ("the bishop of Kelmore", "the mayor of London"): a title's head word and
     * "of" come right before it, so the phrase names a person, not the place or body.
     */
    private boolean postOf(int from, Mention m) {
        int of = m.firstToken() - 1;
        if (of > from && tokens.get(of).tag().equals("DT")) {
            of--;
        }
        return of - 1 >= from && tokens.get(of).word().equals("of") && Titles.isHead(tokens.get(of - 1).word());
    }

    /** A noun of saying or of a document, which speaks for its owner ("his message", "their statement"). */
    private static boolean saysForOwner(Token t) {
        return t.tag().startsWith("NN")
                && (PossessiveSaying.isSayingNoun(t.word()) || IssuedDocument.isDocument(t.word()));
    }

    /** The longest abbreviation in parentheses after a name ("the Equal Opportunities Commission (EOC)"), in tokens. */
    private static final int ABBREVIATION = 3;

    /** The end of the phrase [from, to) without an abbreviation in parentheses closing it. */
    private int withoutAbbreviation(int from, int to) {
        if (to - from < 4 || !tokens.get(to - 1).word().equals(")")) {
            return to;
        }
        for (int k = to - 2; k > from && k >= to - 2 - ABBREVIATION; k--) {
            if (tokens.get(k).word().equals("(")) {
                return k;
            }
        }
        return to;
    }

    /** A speaker that is a person entity or a personal pronoun. */
    boolean isPerson(Found f) {
        Speaker s = f.speaker();
        if (s.entity() != null) {
            return entities.byId(s.entity()).map(e -> e.type() == EntityType.PERSON).orElse(false);
        }
        String w = s.name().toLowerCase(Locale.ROOT);
        return MALE.contains(w) || FEMALE.contains(w) || OTHER_PRONOUNS.contains(w) && !w.equals("it");
    }

    /**
     * Turns the phrase [from, to) into a speaker: a person named in it, a pronoun, another entity, the organisation a
     * spokesperson or a generic noun speaks for ({@link DescribedBody}), the phrase, or a lone word for some of a
     * group ("Some", "one", "the two") as written.
     */
    Optional<Found> resolve(int from, int phraseEnd, int cue, double confidence) {
        int to = withoutAbbreviation(from, phraseEnd);
        Mention person = null;
        Mention other = null;
        for (Mention m : entities.overlapping(tokens.get(from).start(), tokens.get(to - 1).end())) {
            boolean possessive = m.endToken() < to && tokens.get(m.endToken()).word().matches("['’]s?");
            if (possessive) {
                continue;
            }
            if (m.type() == EntityType.PERSON) {
                person = m;
            } else if ((m.endToken() >= to || tokens.get(m.endToken()).tag().equals("POS")) && !postOf(from, m)) {
                other = m;
            }
        }
        if (person != null) {
            return Optional.of(found(person, person.span(), cue, confidence));
        }
        boolean onceNamedBody = other == null || entities.byId(other.entityId()).orElseThrow().mentions().size() == 1;
        Optional<Entity> lead = onceNamedBody ? descriptions.namedNext(from, to) : Optional.empty();
        if (lead.isPresent()) {
            return Optional.of(speaksFor(lead.get(), from, to, cue, confidence - 0.15));
        }
        if (to - from >= 2 && tokens.get(from).tag().equals("PRP$") && saysForOwner(tokens.get(from + 1))) {
            return Optional.of(pronoun(from, cue, confidence)); // "His message to the chancellor was: …"
        }
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.tag().equals("PRP") || t.tag().equals("PRP$") && to - from == 1) {
                return Optional.of(pronoun(k, cue, confidence));
            }
        }
        Optional<Entity> issuer = documents.issuer(from, to, cue);
        if (issuer.isPresent()) {
            // the document stays the mention: "the NAO report said" is the National Audit Office speaking
            return Optional.of(speaksFor(issuer.get(), from, to, cue, confidence - 0.1));
        }
        if (other != null) {
            return Optional.of(found(other, other.span(), cue, confidence - 0.05));
        }
        Optional<Entity> body = bodies.of(from, to);
        if (body.isPresent()) {
            // the spokesperson or the generic noun stays the mention
            return Optional.of(speaksFor(body.get(), from, to, cue, confidence - 0.1));
        }
        int first = from;
        while (first < to && (tokens.get(first).tag().equals("DT") || tokens.get(first).tag().equals("PRP$"))) {
            first++;
        }
        Token lastWord = tokens.get(to - 1);
        // an adjective after a determiner ("the Ukrainian"), or a capitalised one after a number ("one Republican")
        boolean hasNoun = lastWord.tag().equals("JJ") && (first > from && first < to || to - from >= 2
                && tokens.get(to - 2).tag().equals("CD") && Character.isUpperCase(lastWord.word().charAt(0)));
        for (int k = first; k < to; k++) {
            hasNoun |= tokens.get(k).tag().startsWith("NN");
        }
        if (!hasNoun) {
            // a group: "some", "many" alone, or a ratio such as "four in 10", "three out of four"
            boolean ratio = to - first >= 3 && lastWord.tag().equals("CD") && tokens.get(first).tag().equals("CD");
            boolean group = first >= to - 1 && GROUP_WORDS.contains(lastWord.word().toLowerCase(Locale.ROOT));
            if (!ratio && !group) {
                return Optional.empty();
            }
            Span span = new Span(tokens.get(from).start(), lastWord.end());
            String name = ratio ? span.of(doc.text()) : lastWord.word();
            return Optional.of(new Found(new Speaker(null, name, span), cue, confidence - 0.25));
        }
        Span span = new Span(tokens.get(from).start(), tokens.get(to - 1).end());
        Optional<Entity> described = descriptions.of(from, to);
        int nameStart = tokens.get(first).start();
        String name = described.map(Entity::name)
                .orElseGet(() -> doc.text().substring(nameStart, tokens.get(to - 1).end()));
        return Optional.of(new Found(new Speaker(described.map(Entity::id).orElse(null), name, span), cue,
                confidence - 0.15));
    }

    /** Entity {@code e} as the speaker, the phrase [from, to) that stands for it staying the mention. */
    private Found speaksFor(Entity e, int from, int to, int cue, double confidence) {
        Span phrase = new Span(tokens.get(from).start(), tokens.get(to - 1).end());
        return new Found(new Speaker(e.id(), e.name(), phrase), cue, confidence);
    }

    private Found found(Mention m, Span mention, int cue, double confidence) {
        Entity e = entities.byId(m.entityId()).orElseThrow();
        return new Found(new Speaker(e.id(), e.name(), mention), cue, confidence);
    }

    /**
     * A pronoun speaker at token {@code k}: "he", "she", "his" and "her" resolve to a person, "it", "its", "they" and
     * "their" to an organisation named as a subject just before ("they" and "their" else to a plural subject), the
     * mention staying the pronoun; others stay as written.
     */
    Found pronoun(int k, int cue, double confidence) {
        Token t = tokens.get(k);
        String w = t.word().toLowerCase(Locale.ROOT);
        if (MALE.contains(w) || FEMALE.contains(w)) {
            Optional<Mention> antecedent = memory.antecedentOf(k);
            if (antecedent.isPresent()) {
                return found(antecedent.get(), t.span(), cue, confidence - 0.05);
            }
        }
        if (w.equals("its")) {
            w = "it"; // "its report": the body's own document
        } else if (w.equals("their")) {
            w = "they";
        }
        if (w.equals("it") || w.equals("they")) {
            Optional<Mention> body = bodyBefore(k);
            if (body.isPresent()) {
                return found(body.get(), t.span(), cue, confidence - 0.2);
            }
        }
        if (w.equals("they")) {
            Optional<String> group = groupBefore(k);
            if (group.isPresent()) {
                return new Found(new Speaker(null, group.get(), t.span()), cue, confidence - 0.25);
            }
        }
        return new Found(new Speaker(null, t.word(), t.span()), cue, OTHER_PRONOUNS.contains(w) ? confidence - 0.2
                : confidence - 0.3);
    }

    /**
     * What an "it" or "they" at token {@code k} stands for when it speaks: the last organisation named as a subject
     * earlier in its sentence or in the sentence before, outside quotation marks.
     */
    /**
     * What a "they" at token {@code k} stands for when no organisation does: the last plural noun phrase that is a
     * subject (its head right before a verb) in its sentence or the one before, outside quotation marks, as written
     * without its determiner ("Residents", "the two owners" gives "two owners").
     */
    private Optional<String> groupBefore(int k) {
        int sentence = tokens.get(k).sentence();
        int floor = doc.sentences().get(Math.max(0, sentence - 1)).firstToken();
        String group = null;
        for (int j = floor; j + 1 < k; j++) {
            Token head = tokens.get(j);
            Token next = tokens.get(j + 1);
            if (!quoted[j] && (head.tag().equals("NNS") || head.tag().equals("NNPS"))
                    && (next.isVerb() || next.tag().equals("MD"))) {
                int first = NounPhrases.startLeft(tokens, j, doc.sentences().get(head.sentence()).firstToken());
                while (first < j && (tokens.get(first).tag().equals("DT") || tokens.get(first).tag().equals("PRP$"))) {
                    first++;
                }
                group = doc.text().substring(tokens.get(first).start(), head.end());
            }
        }
        return Optional.ofNullable(group);
    }

    private Optional<Mention> bodyBefore(int k) {
        int sentence = tokens.get(k).sentence();
        int floor = doc.sentences().get(Math.max(0, sentence - 1)).firstToken();
        Mention last = null;
        for (Mention m : entities.within(tokens.get(floor).start(), tokens.get(k).start())) {
            if (m.type() == EntityType.ORGANIZATION && !quoted[m.firstToken()] && memory.subjectLike(m)) {
                last = m;
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * The last person named as a subject within [from, to), or the last "he" or "she" opening a sentence there ("She
     * pauses."), as a speaker resting on that name or pronoun and its verb.
     */
    Optional<Found> lastSubjectIn(int from, int to) {
        Found last = null;
        int lastAt = -1;
        for (Mention m : entities.within(from, to)) {
            int verb = m.type() == EntityType.PERSON && !quoted[m.firstToken()] && memory.subjectLike(m)
                    ? verbAfter(m.endToken(), to) : -1;
            if (verb >= 0) {
                last = found(m, m.span(), verb, 0.45);
                lastAt = m.firstToken();
            }
        }
        int end = Math.min(tokens.size(), doc.tokenAt(to));
        for (int k = Math.max(lastAt + 1, doc.tokenAt(from)); k + 1 < end; k++) {
            Token t = tokens.get(k);
            boolean opensSentence = doc.sentences().get(t.sentence()).firstToken() == k;
            if (opensSentence && !quoted[k] && (MALE.contains(t.word().toLowerCase(Locale.ROOT))
                    || FEMALE.contains(t.word().toLowerCase(Locale.ROOT))) && tokens.get(k + 1).isVerb()) {
                Found f = pronoun(k, k + 1, 0.45);
                if (f.speaker().entity() != null) {
                    last = f;
                }
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * The verb that follows a name ending before token {@code k}, or -1: right after it, after a parenthesis ("Sen.
     * Ann Lee (Vt.) said"), or after the comma closing an apposition the name ends ("her partner, Ann Lee, called")
     * or one that follows it ("Ann Lee, who lost the primary, identified"). Not at or after offset {@code to}.
     */
    private int verbAfter(int k, int to) {
        int limit = Math.min(tokens.size(), doc.tokenAt(to));
        if (k < limit && tokens.get(k).word().equals("(")) {
            int after = NounPhrases.afterParenthesis(tokens, k, limit, 6);
            if (after < 0) {
                return -1;
            }
            k = after;
        }
        if (k >= limit) {
            return -1;
        }
        if (tokens.get(k).isVerb()) {
            return k;
        }
        if (!tokens.get(k).word().equals(",")) {
            return -1;
        }
        for (int c = k + 1; c < limit - 1 && c <= k + APPOSITION; c++) {
            Token t = tokens.get(c);
            if (quoted[c] || t.word().equals(".") || t.word().equals(";")) {
                return -1;
            }
            if (t.word().equals(",")) {
                // the tagger often reads the verb after an apposition as a participle ("Lee, who lost, identified")
                String tag = tokens.get(c + 1).tag();
                return tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBN") ? c + 1 : -1;
            }
            if (c == k + 1 && (t.tag().equals("VBD") || t.tag().equals("VBZ"))) {
                return c;
            }
        }
        return -1;
    }
}
