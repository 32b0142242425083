package org.assay.quote;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.assay.article.Span;
import org.assay.entity.EntityType;
import org.assay.entity.Mention;
import org.assay.nlp.Token;
import org.assay.quote.SpeakerFinder.Found;

/**
 * Reads the noun phrase to the left of a cue as its speaker: steps back over auxiliaries, adverbs and time phrases
 * ("has also", "on Saturday") and over prepositional phrases; resolves a relative pronoun ("X, who said") to its
 * antecedent and the object of a control verb ("prompted the panel to state") to the one who speaks. Token
 * positions are indices into the article's tokens; {@code floor} is the first token a phrase may start at
 * (usually the sentence's first). Phrases become speakers through {@link SpeakerResolver}.
 *
 * <p>One instance serves one article; it keeps no state of its own.
 */
final class SubjectBeforeCue {

    /** Pronouns that can only be a subject: a phrase ending in one is never the object of a preposition. */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "they", "he", "she");
    /** Words tagged IN that open a clause or a complement rather than a prepositional phrase. */
    private static final Set<String> NOT_PREPOSITIONS = Set.of("that", "of", "for", "because", "if", "as", "while",
            "although", "though", "since", "when", "after", "before", "until", "unless", "once");

    /** Verbs whose object does what the infinitive after it says ("prompted the panel to state"). */
    private static final Set<String> OBJECT_CONTROL = Set.of(
            "prompted", "prompts", "prompting", "asked", "asks", "asking", "urged", "urges", "urging", "forced",
            "forces", "led", "leads", "invited", "invites", "encouraged", "encourages", "pressed", "presses",
            "allowed", "allows", "caused", "causes", "challenged", "challenges", "begged", "pushed", "pressured",
            "persuaded", "convinced", "told", "tells", "got", "gets", "wanted", "wants", "expected", "expects");

    /** At most this many tokens (a verb and its prepositions) between "who" and the object it governs. */
    private static final int MAX_RELATIVE_VERB = 3;

    private final List<Token> tokens;
    private final boolean[] quoted;
    private final SpeakerResolver resolver;

    /** {@code quoted} marks the tokens inside quotation marks; it is only read. */
    SubjectBeforeCue(List<Token> tokens, boolean[] quoted, SpeakerResolver resolver) {
        this.tokens = tokens;
        this.quoted = quoted;
        this.resolver = resolver;
    }

    /**
     * Steps left over auxiliaries, adverbs and time phrases ("has also", "on Saturday", "two weeks ago") between
     * subject and cue.
     */
    int skipBack(int j, int floor) {
        while (j >= floor) {
            Token t = tokens.get(j);
            if (t.word().equalsIgnoreCase("ago") && j > floor && tokens.get(j - 1).tag().startsWith("NN")) {
                j = spanOfTimeStart(j - 1, floor) - 1;
            } else if (NounPhrases.skippableBeforeCue(t) || NounPhrases.isTimeWord(t)) {
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

    /** The first token of a span of time ending at its unit {@code unit}: "two weeks", "less than a year", "a few days". */
    private int spanOfTimeStart(int unit, int floor) {
        int k = unit - 1;
        while (k >= floor && (tokens.get(k).tag().equals("CD") || tokens.get(k).tag().equals("DT")
                || tokens.get(k).word().matches("(?i)few|several|couple|of"))) {
            k--;
        }
        return k + 1 < unit ? NounPhrases.shareStart(tokens, k + 1, floor) : unit;
    }

    /**
     * The speaker named by the noun phrase ending at token {@code last} (not before {@code floor}), read as the
     * subject of cue token {@code cue}: a phrase governed by a preposition ("has in the past said") is stepped over,
     * at most twice, unless it ends in a subject pronoun or the cue is a participle after "with". Empty when no
     * phrase ends there.
     */
    Optional<Found> left(int last, int floor, int cue, double confidence) {
        int start = NounPhrases.shareStart(tokens, NounPhrases.startLeft(tokens, last, floor), floor);
        boolean absolute = tokens.get(cue).tag().equals("VBG");
        for (int hop = 0; hop < 2 && start <= last && start - 1 > floor && isPreposition(tokens.get(start - 1))
                && !SUBJECT_PRONOUNS.contains(tokens.get(last).word().toLowerCase(Locale.ROOT))
                && !(absolute && tokens.get(start - 1).word().equalsIgnoreCase("with")); hop++) {
            int skipped = skipBack(start - 2, floor);
            String tag = skipped > floor ? tokens.get(skipped).tag() : "";
            if ((tag.equals("VBG") || tag.equals("VBN")) && tokens.get(skipped - 1).tag().startsWith("NN")) {
                skipped--; // a participle after the noun it describes: "protesters marching through the streets"
            }
            last = skipped;
            start = NounPhrases.startLeft(tokens, last, floor);
        }
        if (start > last) {
            return Optional.empty();
        }
        int who = relativeBeforeObject(start, floor);
        int antecedent = who > floor && tokens.get(who - 1).word().equals(",") ? who - 2 : who - 1;
        if (who >= 0 && antecedent >= floor) {
            // "officials who briefed reporters said": the phrase is the relative clause's object; its antecedent speaks
            Optional<Found> subject = left(antecedent, floor, cue, confidence);
            if (subject.isPresent()) {
                return subject;
            }
        }
        Optional<Found> person = personBeforeApposition(start, last, floor, cue, confidence);
        if (person.isPresent()) {
            return person;
        }
        return resolver.resolve(start, last + 1, cue, confidence);
    }

    private boolean opensSentence(int k) {
        return k == 0 || tokens.get(k - 1).sentence() != tokens.get(k).sentence();
    }

    /**
     * "Colin Asplin, Blackpool Hotel Association said": an organisation set after a person's name by a comma is the
     * person's affiliation, not the subject; the person named right before the comma, at the start of the sentence,
     * speaks.
     */
    private Optional<Found> personBeforeApposition(int start, int last, int floor, int cue, double confidence) {
        if (start - 2 < floor || !tokens.get(start - 1).word().equals(",")) {
            return Optional.empty();
        }
        List<Mention> inPhrase = resolver.entities().within(tokens.get(start).start(), tokens.get(last).end());
        boolean organisation = inPhrase.stream().anyMatch(m -> m.type() == EntityType.ORGANIZATION)
                && inPhrase.stream().noneMatch(m -> m.type() == EntityType.PERSON);
        if (!organisation) {
            return Optional.empty();
        }
        Token beforeComma = tokens.get(start - 2);
        return resolver.entities().personBefore(beforeComma.end(), tokens.get(floor).start())
                .filter(m -> m.span().end() == beforeComma.end() && opensSentence(m.firstToken()))
                .flatMap(m -> resolver.resolve(m.firstToken(), m.endToken(), cue, confidence));
    }

    /**
     * The "who" that opens a relative clause whose verb (and its prepositions) stand right before the phrase starting
     * at {@code start} ("who briefed", "who spoke to"), or -1.
     */
    private int relativeBeforeObject(int start, int floor) {
        int k = start - 1;
        boolean verb = false;
        while (k >= floor && start - k <= MAX_RELATIVE_VERB) {
            Token t = tokens.get(k);
            if (t.isVerb()) {
                verb = true;
            } else if (!t.tag().equals("IN") && !t.tag().equals("TO") && !t.tag().equals("RP")) {
                break;
            }
            k--;
        }
        return verb && k >= floor && tokens.get(k).word().equalsIgnoreCase("who") ? k : -1;
    }

    /**
     * "in", "during", "at": a phrase after it is not the subject ("has in the past said"); after a conjunction
     * that opens a clause ("after Smith said", "because") it is.
     */
    private static boolean isPreposition(Token t) {
        return t.tag().equals("IN") && !NOT_PREPOSITIONS.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /**
     * The last comma at or before {@code from}, not before {@code floor}; -1 if none or a quotation mark comes first
     * (a {@link ShortQuotation} is stepped over).
     */
    int previousComma(int from, int floor) {
        for (int k = from; k >= floor; k--) {
            String w = tokens.get(k).word();
            if (w.equals(",")) {
                return k;
            }
            if (SpeakerFinder.isQuoteMark(tokens.get(k))) {
                int open = ShortQuotation.startBefore(tokens, k, floor);
                if (open == k) {
                    return -1;
                }
                k = open;
            }
        }
        return -1;
    }

    /** True when token {@code j} or the one before it (not before {@code floor}) is a quotation mark. */
    boolean followsQuote(int j, int floor) {
        for (int k = j; k >= floor && k >= j - 1; k--) {
            if (SpeakerFinder.isQuoteMark(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** "X, who said": the mention is the relative pronoun, the speaker its antecedent. */
    Optional<Found> relative(int pronoun, int floor, int cue) {
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
                Optional<Found> named = left(npStart - 2, floor, cue, 0.8).filter(resolver::isPerson)
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

    /**
     * "prompted the panel, which tracks votes, to state": the object of a verb like "prompted" or "asked" right
     * before {@code last} (an optional comma-bounded relative clause after it is skipped) speaks the infinitive.
     */
    Optional<Found> objectOfControl(int last, int floor, int cue) {
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
        return resolver.resolve(start, k + 1, cue, 0.8);
    }
}
