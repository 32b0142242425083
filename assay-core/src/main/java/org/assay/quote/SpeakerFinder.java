package org.assay.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.assay.article.Span;
import org.assay.entity.Entities;
import org.assay.entity.Entity;
import org.assay.entity.EntityType;
import org.assay.entity.Mention;
import org.assay.nlp.Annotated;
import org.assay.nlp.Token;

/**
 * Reads who a cue's words belong to: the subject before it ("Putin said", "Peskov, a spokesman, said", "which he
 * said"), the phrase after it ("said Putin", "according to the survey"), or the subject of the main clause for a
 * participle or a coordinated verb ("..., calling him a dictator", "and added"). Names resolve to their entity,
 * pronouns to the person most recently speaking or named as a subject.
 *
 * <p>One instance serves one article: it remembers the speakers found so far, in text order. Not thread-safe;
 * create one per article.
 */
final class SpeakerFinder {

    /** A speaker found next to a cue. */
    record Found(Speaker speaker, int cueToken, double confidence) {
    }

    private static final Set<String> MALE = Set.of("he", "him", "his");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers");
    /** Words that stand alone for some of a group of people ("Some chanted", "read one", "Another tweeted"). */
    private static final Set<String> GROUP_WORDS = Set.of(
            "some", "others", "many", "several", "another", "one", "most", "few", "all", "both", "two", "three");
    private static final Set<String> OTHER_PRONOUNS = Set.of("i", "we", "they", "it", "you");
    /** Pronouns that can only be a subject: a phrase ending in one is never the object of a preposition. */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "they", "he", "she");

    private final Annotated doc;
    private final List<Token> tokens;
    private final Entities entities;
    private final List<Found> spoken = new ArrayList<>();
    private final boolean[] quoted;
    private final Antecedents antecedents;

    /** {@code quoted} marks the tokens inside quotation marks: they are never a speaker or a cue. */
    SpeakerFinder(Annotated doc, Entities entities, boolean[] quoted) {
        this.doc = doc;
        this.tokens = doc.tokens();
        this.entities = entities;
        this.quoted = quoted.clone();
        this.antecedents = new Antecedents(doc, entities, this.quoted);
    }

    /** Records a speaker the attribution settled on, so later pronouns can refer to them. */
    void remember(Found found) {
        spoken.add(found);
        Speaker s = found.speaker();
        if (s.entity() != null) {
            antecedents.learn(s.entity(), doc.text().substring(s.mention().start(), s.mention().end()));
        }
    }

    /** The speaker of cue token {@code cue}, if the text supports one. */
    Optional<Found> ofCue(int cue) {
        return ofCue(cue, 0);
    }

    private Optional<Found> ofCue(int cue, int depth) {
        Token t = tokens.get(cue);
        int sentenceStart = doc.sentences().get(t.sentence()).firstToken();
        int sentenceEnd = doc.sentences().get(t.sentence()).endToken();
        String w = t.word().toLowerCase(Locale.ROOT);
        if (w.equals("according") && cue + 1 < sentenceEnd && tokens.get(cue + 1).word().equals("to")) {
            return right(cue + 2, sentenceEnd, cue, 0.85);
        }
        int j = skipBack(cue - 1, sentenceStart);
        if (j >= sentenceStart + 1 && tokens.get(j).word().equals("as") && tokens.get(j - 1).word().equals("quoted")) {
            j -= 2;
            while (j >= sentenceStart && NounPhrases.skippableBeforeCue(tokens.get(j))) {
                j--;
            }
        }
        boolean participle = t.tag().equals("VBG") && j >= sentenceStart && tokens.get(j).word().equals(",");
        if (t.tag().equals("VBG") && j > sentenceStart && isQuoteMark(tokens.get(j))
                && tokens.get(j - 1).word().equals(",") && quoted[j - 1]) {
            // "“...,” describing the team as heroes": a participle clause, whose subject is the sentence's
            return depth > 1 ? Optional.empty() : clauseSubject(j - 1, sentenceStart, cue, depth);
        }
        if (j < sentenceStart || isQuoteMark(tokens.get(j)) || !participle
                && tokens.get(j).word().matches("[,—–:-]|--") && followsQuote(j, sentenceStart)) {
            return right(cue + 1, sentenceEnd, cue, 0.9);
        }
        String before = tokens.get(j).word().toLowerCase(Locale.ROOT);
        if (before.equals("and") || before.equals("but") || before.equals("or")
                || t.tag().equals("VBG") && (before.equals(",") || before.equals("while") || before.equals("by"))) {
            return depth > 1 ? Optional.empty() : clauseSubject(j - 1, sentenceStart, cue, depth);
        }
        if (before.equals("to") && j > sentenceStart && depth <= 1) {
            Optional<Found> object = objectOfControl(j - 1, sentenceStart, cue);
            return object.isPresent() ? object : clauseSubject(j - 1, sentenceStart, cue, depth);
        }
        if (before.equals("who") || before.equals("which") || before.equals("that")) {
            return relative(j, sentenceStart, cue);
        }
        if (before.equals(",")) {
            Optional<Found> nearest = Optional.empty();
            int appositive = previousComma(j - 1, Math.max(sentenceStart, j - 30));
            if (appositive > sentenceStart) {
                Optional<Found> named = left(j - 1, appositive + 1, cue, 0.85);
                if (named.isPresent() && isPerson(named.get()) && named.get().speaker().entity() != null) {
                    return named;
                }
            }
            int comma = j;
            for (int hop = 0; hop < 4; hop++) {
                comma = previousComma(comma - 1, Math.max(sentenceStart, j - 30));
                if (comma <= sentenceStart) {
                    break;
                }
                Optional<Found> f = left(comma - 1, sentenceStart, cue, 0.85);
                if (f.isPresent() && isPerson(f.get())) {
                    return f;
                }
                if (nearest.isEmpty()) {
                    nearest = f;
                }
            }
            return nearest.isPresent() ? nearest : right(cue + 1, sentenceEnd, cue, 0.8);
        }
        Optional<Found> subject = left(j, sentenceStart, cue, 0.9);
        if (depth <= 1 && t.tag().equals("VBN") && NAMING.contains(w) && subject.isPresent()
                && subject.get().speaker().entity() == null && j == cue - 1 && tokens.get(j).tag().startsWith("NN")
                && !tokens.get(j).isProperNoun()) {
            // "wrote a book called \"...\"", "slammed the loophole dubbed \"...\"": an object named, not speaking
            int npStart = NounPhrases.startLeft(tokens, j, sentenceStart);
            Token governor = npStart > sentenceStart ? tokens.get(npStart - 1) : null;
            if (governor != null && (governor.isVerb() || governor.tag().equals("IN") || governor.tag().equals("TO"))) {
                return clauseSubject(npStart - 1, sentenceStart, cue, depth);
            }
        }
        if (depth <= 1 && t.tag().equals("VBG") && subject.isPresent() && !isPerson(subject.get())) {
            int npStart = NounPhrases.startLeft(tokens, j, sentenceStart);
            if (npStart > sentenceStart && tokens.get(npStart - 1).isVerb()) {
                Optional<Found> actor = clauseSubject(npStart - 1, sentenceStart, cue, depth);
                if (actor.isPresent()) {
                    return actor;
                }
            }
        }
        if (depth <= 1 && t.tag().equals("VBG") && subject.isPresent() && isDocument(subject.get())) {
            int k = NounPhrases.startLeft(tokens, j, sentenceStart) - 1;
            Optional<Found> issuer = clauseSubject(k, sentenceStart, cue, depth);
            if (issuer.isPresent()) {
                return issuer;
            }
        }
        return subject;
    }

    /** Participles that name a thing ("a film called"): the phrase before them is named, not speaking. */
    private static final Set<String> NAMING = Set.of(
            "called", "dubbed", "named", "titled", "entitled", "labeled", "labelled", "nicknamed", "branded");

    private static final Set<String> DOCUMENTS = Set.of(
            "statement", "release", "letter", "memo", "report", "message", "tweet", "post", "ad", "video", "email",
            "e-mail", "interview", "op-ed", "editorial", "speech", "note", "filing", "complaint", "lawsuit", "sign",
            "signs", "banner", "poster", "column", "essay", "book", "document", "notice", "announcement");

    private boolean isDocument(Found f) {
        if (f.speaker().entity() != null) {
            return false;
        }
        String[] words = f.speaker().name().toLowerCase(Locale.ROOT).split("\\s+");
        return DOCUMENTS.contains(words[words.length - 1]);
    }

    /** True for a word that stands for some of a group of people ("some", "one", "others"). */
    static boolean isGroupWord(String word) {
        return GROUP_WORDS.contains(word.toLowerCase(Locale.ROOT));
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

    /** Steps left over auxiliaries, adverbs and time phrases ("has also", "on Saturday") between subject and cue. */
    private int skipBack(int j, int floor) {
        while (j >= floor) {
            Token t = tokens.get(j);
            if (NounPhrases.skippableBeforeCue(t) || NounPhrases.isTimeWord(t)) {
                j--;
            } else if (j + 1 < tokens.size() && NounPhrases.isTimeWord(tokens.get(j + 1))
                    && t.word().matches("on|in|at|during|last|this|early|late|earlier")) {
                j--;
            } else {
                break;
            }
        }
        return j;
    }

    /** The subject of the nearest finite verb before {@code from}: who a participle or a coordinated verb is about. */
    private Optional<Found> clauseSubject(int from, int floor, int cue, int depth) {
        for (int k = from; k >= floor; k--) {
            Token v = tokens.get(k);
            if (quoted[k]) {
                continue;
            }
            if (v.tag().equals("VBD") || v.tag().equals("VBZ") || v.tag().equals("VBP") || v.tag().equals("MD")) {
                Optional<Found> f = ofCue(k, depth + 1);
                if (f.isPresent() && !isRelativeOrSubordinate(f.get())) {
                    return Optional.of(new Found(f.get().speaker(), cue, f.get().confidence() - 0.1));
                }
            }
        }
        return mainSubject(doc.tokens().get(cue).sentence(), from, cue);
    }

    /**
     * A subject that belongs to a relative or subordinate clause ("who", "what he has done"), or to a clause
     * reported by a verb right before it ("said he found"): not the subject of the main clause.
     */
    private boolean isRelativeOrSubordinate(Found f) {
        Span m = f.speaker().mention();
        String word = doc.text().substring(m.start(), m.end()).toLowerCase(Locale.ROOT);
        if (word.equals("who") || word.equals("which") || word.equals("that")) {
            return true;
        }
        int first = doc.tokenAt(m.start());
        if (first > 0 && tokens.get(first - 1).isVerb() && !quoted[first - 1]) {
            return true;
        }
        return first > 0 && tokens.get(first - 1).word().toLowerCase(Locale.ROOT)
                .matches("what|that|which|who|whom");
    }

    /** Verbs whose object does what the infinitive after it says ("prompted the panel to state"). */
    private static final Set<String> OBJECT_CONTROL = Set.of(
            "prompted", "prompts", "prompting", "asked", "asks", "asking", "urged", "urges", "urging", "forced",
            "forces", "led", "leads", "invited", "invites", "encouraged", "encourages", "pressed", "presses",
            "allowed", "allows", "caused", "causes", "challenged", "challenges", "begged", "pushed", "pressured",
            "persuaded", "convinced", "told", "tells", "got", "gets", "wanted", "wants", "expected", "expects");

    /**
     * "prompted the panel, which tracks votes, to state": the object of a verb like "prompted" or "asked" right
     * before {@code last} (an optional comma-bounded relative clause after it is skipped) speaks the infinitive.
     */
    private Optional<Found> objectOfControl(int last, int floor, int cue) {
        int k = last;
        if (k > floor && tokens.get(k).word().equals(",")) {
            int comma = previousComma(k - 1, Math.max(floor, k - 15));
            if (comma <= floor || !tokens.get(comma + 1).word().toLowerCase(Locale.ROOT).matches("who|which|that")) {
                return Optional.empty();
            }
            k = comma - 1;
        }
        int start = NounPhrases.startLeft(tokens, k, floor);
        if (start > k || start - 1 < floor || quoted[start - 1]
                || !OBJECT_CONTROL.contains(tokens.get(start - 1).word().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return resolve(start, k + 1, cue, 0.8);
    }

    /** "X, who said": the mention is the relative pronoun, the speaker its antecedent. */
    private Optional<Found> relative(int pronoun, int floor, int cue) {
        Span mention = tokens.get(pronoun).span();
        int k = pronoun - 1;
        if (k >= floor && tokens.get(k).word().equals(",")) {
            k--;
        }
        Optional<Found> antecedent = k >= floor ? left(k, floor, cue, 0.8) : Optional.empty();
        if (antecedent.isPresent() && antecedent.get().speaker().entity() == null) {
            // "Scott Reed, the chamber's strategist, who said": the person the apposition describes
            int npStart = NounPhrases.startLeft(tokens, k, floor);
            if (npStart - 2 >= floor && tokens.get(npStart - 1).word().equals(",")) {
                Optional<Found> named = left(npStart - 2, floor, cue, 0.8).filter(this::isPerson)
                        .filter(f -> f.speaker().entity() != null);
                if (named.isPresent()) {
                    antecedent = named;
                }
            }
        }
        if (antecedent.isPresent()) {
            Speaker s = antecedent.get().speaker();
            return Optional.of(new Found(new Speaker(s.entity(), s.name(), mention), cue, 0.8));
        }
        return Optional.of(new Found(new Speaker(null, tokens.get(pronoun).word(), mention), cue, 0.5));
    }

    private boolean followsQuote(int j, int floor) {
        for (int k = j; k >= floor && k >= j - 1; k--) {
            if (isQuoteMark(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** A quotation mark; a possessive apostrophe ("Sanders' campaign") is not one. */
    static boolean isQuoteMark(Token t) {
        String w = t.word();
        if (t.tag().equals("POS")) {
            return false;
        }
        return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("``") || w.equals("''") || w.equals("«")
                || w.equals("»") || w.equals("‘") || w.equals("’") || w.equals("'");
    }

    private int previousComma(int from, int floor) {
        for (int k = from; k >= floor; k--) {
            String w = tokens.get(k).word();
            if (w.equals(",")) {
                return k;
            }
            if (isQuoteMark(tokens.get(k))) {
                return -1;
            }
        }
        return -1;
    }

    private Optional<Found> left(int last, int floor, int cue, double confidence) {
        int start = NounPhrases.startLeft(tokens, last, floor);
        boolean absolute = tokens.get(cue).tag().equals("VBG");
        for (int hop = 0; hop < 2 && start <= last && start - 1 > floor && isPreposition(tokens.get(start - 1))
                && !SUBJECT_PRONOUNS.contains(tokens.get(last).word().toLowerCase(Locale.ROOT))
                && !(absolute && tokens.get(start - 1).word().equalsIgnoreCase("with")); hop++) {
            int skipped = skipBack(start - 2, floor);
            last = skipped;
            start = NounPhrases.startLeft(tokens, last, floor);
        }
        if (start > last) {
            return Optional.empty();
        }
        return resolve(start, last + 1, cue, confidence);
    }

    /** "in", "during", "at": a phrase after it is not the subject ("has in the past said"). */
    private static boolean isPreposition(Token t) {
        return t.tag().equals("IN") && !t.word().equalsIgnoreCase("that") && !t.word().equalsIgnoreCase("of")
                && !t.word().equalsIgnoreCase("for") && !t.word().equalsIgnoreCase("because")
                && !t.word().equalsIgnoreCase("if") && !t.word().equalsIgnoreCase("as")
                && !t.word().equalsIgnoreCase("while") && !t.word().equalsIgnoreCase("although")
                && !t.word().equalsIgnoreCase("though") && !t.word().equalsIgnoreCase("since")
                && !t.word().equalsIgnoreCase("when");
    }

    private Optional<Found> right(int first, int ceiling, int cue, double confidence) {
        int end = NounPhrases.endRight(tokens, first, ceiling);
        boolean group = end <= first + 1 && first < ceiling && isGroupWord(tokens.get(first).word());
        if (group) {
            end = first + 1;
        } else if (end <= first && first < ceiling) {
            end = entities.overlapping(tokens.get(first).start(), tokens.get(first).end()).stream()
                    .filter(m -> m.firstToken() == first && m.endToken() <= ceiling).mapToInt(Mention::endToken)
                    .findFirst().orElse(end);
        }
        if (end <= first || !group && NounPhrases.onlyTime(tokens, first, end)) {
            return Optional.empty();
        }
        Optional<Found> phrase = resolve(first, end, cue, confidence);
        if (phrase.isPresent() && phrase.get().speaker().entity() == null && end + 1 < ceiling
                && tokens.get(end).word().equals(",")) {
            int nameEnd = NounPhrases.endRight(tokens, end + 1, ceiling);
            if (nameEnd > end + 1) {
                Optional<Found> named = resolve(end + 1, nameEnd, cue, confidence).filter(this::isPerson)
                        .filter(f -> f.speaker().entity() != null);
                if (named.isPresent()) {
                    return named;
                }
            }
        }
        return phrase;
    }

    /** The subject of the sentence's main clause: its first person, pronoun or noun phrase before {@code last}. */
    private Optional<Found> mainSubject(int sentence, int last, int cue) {
        int from = doc.sentences().get(sentence).firstToken();
        for (int k = from; k <= last; k++) {
            Token t = tokens.get(k);
            if (quoted[k]) {
                continue;
            }
            if (t.tag().equals("PRP") || t.isProperNoun() || t.tag().startsWith("NN")) {
                int end = NounPhrases.endRight(tokens, k, last + 1);
                if (end > k && !NounPhrases.onlyTime(tokens, k, end)) {
                    return resolve(k, end, cue, 0.75);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Turns the phrase [from, to) into a speaker: a person named in it, a pronoun, another entity, the phrase, or a
     * lone word for some of a group ("Some", "one", "the two") as written.
     */
    Optional<Found> resolve(int from, int to, int cue, double confidence) {
        Mention person = null;
        Mention other = null;
        for (Mention m : entities.overlapping(tokens.get(from).start(), tokens.get(to - 1).end())) {
            boolean possessive = m.endToken() < to && tokens.get(m.endToken()).word().matches("['’]s?");
            if (possessive) {
                continue;
            }
            if (m.type() == EntityType.PERSON) {
                person = m;
            } else if (m.endToken() >= to || tokens.get(m.endToken()).tag().equals("POS")) {
                other = m;
            }
        }
        if (person != null) {
            return Optional.of(found(person, person.span(), cue, confidence));
        }
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.tag().equals("PRP")) {
                return Optional.of(pronoun(k, cue, confidence));
            }
        }
        if (other != null) {
            return Optional.of(found(other, other.span(), cue, confidence - 0.05));
        }
        int first = from;
        while (first < to && (tokens.get(first).tag().equals("DT") || tokens.get(first).tag().equals("PRP$"))) {
            first++;
        }
        boolean hasNoun = first > from && first < to && tokens.get(to - 1).tag().equals("JJ");
        for (int k = first; k < to; k++) {
            hasNoun |= tokens.get(k).tag().startsWith("NN");
        }
        if (!hasNoun) {
            Token last = tokens.get(to - 1);
            return first >= to - 1 && GROUP_WORDS.contains(last.word().toLowerCase(Locale.ROOT))
                    ? Optional.of(new Found(new Speaker(null, last.word(),
                    new Span(tokens.get(from).start(), last.end())), cue, confidence - 0.25))
                    : Optional.empty();
        }
        Span span = new Span(tokens.get(from).start(), tokens.get(to - 1).end());
        String name = doc.text().substring(tokens.get(first).start(), tokens.get(to - 1).end());
        return Optional.of(new Found(new Speaker(null, name, span), cue, confidence - 0.15));
    }

    private Found found(Mention m, Span mention, int cue, double confidence) {
        Entity e = entities.byId(m.entityId()).orElseThrow();
        return new Found(new Speaker(e.id(), e.name(), mention), cue, confidence);
    }

    /**
     * A pronoun speaker at token {@code k}: "he", "she", "his" and "her" resolve to a person, the mention staying the
     * pronoun; others stay as written.
     */
    Found pronoun(int k, int cue, double confidence) {
        Token t = tokens.get(k);
        String w = t.word().toLowerCase(Locale.ROOT);
        if (MALE.contains(w) || FEMALE.contains(w)) {
            Optional<Mention> antecedent = antecedents.of(k, spoken);
            if (antecedent.isPresent()) {
                return found(antecedent.get(), t.span(), cue, confidence - 0.05);
            }
        }
        return new Found(new Speaker(null, t.word(), t.span()), cue, OTHER_PRONOUNS.contains(w) ? confidence - 0.2
                : confidence - 0.3);
    }

    /** The last person named as a subject within [from, to), as a speaker resting on that name. */
    Optional<Found> lastSubjectIn(int from, int to) {
        Mention last = null;
        for (Mention m : entities.within(from, to)) {
            if (m.type() == EntityType.PERSON && !quoted[m.firstToken()] && antecedents.subjectLike(m) && m.endToken() < tokens.size()
                    && tokens.get(m.endToken()).isVerb()) {
                last = m;
            }
        }
        return Optional.ofNullable(last).map(m -> found(m, m.span(), m.firstToken(), 0.45));
    }
}
