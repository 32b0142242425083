package org.assay.quote;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.assay.article.Span;
import org.assay.nlp.Annotated;
import org.assay.nlp.Token;
import org.assay.quote.SpeakerFinder.Found;

/**
 * Decides, for a cue token, where its speaker is written and reads it: the subject before it ("Putin said",
 * "Peskov, a spokesman, said", "which he said"), the phrase after it ("said Putin", "according to the survey"), or
 * the subject of the main clause for a participle or a coordinated verb ("..., calling him a dictator", "and
 * added"). The phrase before a cue is read by {@link SubjectBeforeCue}, the phrase after it by
 * {@link PhraseAfterCue}; a subject that belongs to a clause is found by reading the clause's own finite verb as a
 * cue, at most two levels deep.
 *
 * <p>One instance serves one article; it keeps no state of its own beyond the readers it is given.
 */
final class CueReader {

    private final Annotated doc;
    private final List<Token> tokens;
    private final boolean[] quoted;
    private final SpeakerResolver resolver;
    private final SubjectBeforeCue subjects;
    private final PhraseAfterCue after;

    /** {@code quoted} marks the tokens inside quotation marks: they are never a speaker or a cue; it is only read. */
    CueReader(Annotated doc, boolean[] quoted, SpeakerResolver resolver, SubjectBeforeCue subjects,
              PhraseAfterCue after) {
        this.doc = doc;
        this.tokens = doc.tokens();
        this.quoted = quoted;
        this.resolver = resolver;
        this.subjects = subjects;
        this.after = after;
    }

    /** Participles that name a thing ("a film called"): the phrase before them is named, not speaking. */
    private static final Set<String> NAMING = Set.of(
            "called", "dubbed", "named", "titled", "entitled", "labeled", "labelled", "nicknamed", "branded");

    /** Words that open a relative or subordinate clause: a subject after them is not the main clause's. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("what", "that", "which", "who", "whom", "how", "why",
            "whether", "where", "after", "before", "because", "since", "until", "although", "though", "unless", "once");

    /** Last words of a phrase that names a document: it speaks for whoever issued it. */
    private static final Set<String> DOCUMENTS = Set.of(
            "statement", "release", "letter", "memo", "report", "message", "tweet", "post", "ad", "video", "email",
            "e-mail", "interview", "op-ed", "editorial", "speech", "note", "filing", "complaint", "lawsuit", "sign",
            "signs", "banner", "poster", "column", "essay", "book", "document", "notice", "announcement", "piece",
            "article");

    /** The longest aside between dashes or parentheses, in tokens. */
    private static final int ASIDE = 20;

    /** Words that end the head of a noun phrase ("letter <i>from</i> his doctor"). */
    private static final Set<String> HEAD_ENDS = Set.of("from", "of", "by", "in", "on", "at", "to", "for", "with");

    /**
     * True when token {@code k} is a naming participle after a noun ("a box <i>labeled</i>", "a plan <i>dubbed</i>"):
     * what follows it is a name, not something said.
     */
    static boolean isNamingAfterNoun(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return k > 0 && t.tag().equals("VBN") && NAMING.contains(t.word().toLowerCase(Locale.ROOT))
                && tokens.get(k - 1).tag().startsWith("NN");
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
            return after.right(cue + 2, sentenceEnd, cue, 0.85);
        }
        if (isPassive(cue, sentenceStart) && cue + 2 < sentenceEnd && tokens.get(cue + 1).word().equals("by")) {
            // "Smith was asked by host Ann Lee, \"...\"": the agent speaks, not the one asked
            Optional<Found> agent = after.right(cue + 2, sentenceEnd, cue, 0.85);
            if (agent.isPresent()) {
                return agent;
            }
        }
        int j = subjects.skipBack(cue - 1, sentenceStart);
        if (j >= sentenceStart + 1 && tokens.get(j).word().equals("as") && tokens.get(j - 1).word().equals("quoted")) {
            j -= 2;
            while (j >= sentenceStart && NounPhrases.skippableBeforeCue(tokens.get(j))) {
                j--;
            }
        }
        boolean participle = t.tag().equals("VBG") && j >= sentenceStart && tokens.get(j).word().equals(",");
        if (t.tag().equals("VBG") && j > sentenceStart && SpeakerFinder.isQuoteMark(tokens.get(j))
                && tokens.get(j - 1).word().equals(",") && quoted[j - 1]) {
            // "“...,” describing the team as heroes": a participle clause, whose subject is the sentence's
            return depth > 1 ? Optional.empty() : clauseSubject(j - 1, sentenceStart, cue, depth);
        }
        if (j < sentenceStart || SpeakerFinder.isQuoteMark(tokens.get(j)) || !participle
                && tokens.get(j).word().matches("[,—–:-]|--") && subjects.followsQuote(j, sentenceStart)) {
            return after.right(cue + 1, sentenceEnd, cue, 0.9);
        }
        String before = tokens.get(j).word().toLowerCase(Locale.ROOT);
        if (before.equals("and") || before.equals("but") || before.equals("or")
                || t.tag().equals("VBG") && (before.equals(",") || before.equals("while") || before.equals("by"))) {
            return depth > 1 ? Optional.empty() : clauseSubject(j - 1, sentenceStart, cue, depth);
        }
        if (before.equals("to") && j > sentenceStart && depth <= 1) {
            Optional<Found> object = subjects.objectOfControl(j - 1, sentenceStart, cue);
            return object.isPresent() ? object : clauseSubject(j - 1, sentenceStart, cue, depth);
        }
        if (before.equals("who") || before.equals("which") || before.equals("that")) {
            Optional<Found> antecedent = subjects.relative(j, sentenceStart, cue);
            if (depth <= 1 && !before.equals("who") && antecedent.isPresent() && isDocument(antecedent.get())) {
                // "released a video that said", "ran a piece that noted": the one who issued it speaks
                int last = j - 1 >= sentenceStart && tokens.get(j - 1).word().equals(",") ? j - 2 : j - 1;
                int npStart = last >= sentenceStart ? NounPhrases.startLeft(tokens, last, sentenceStart) : j;
                if (npStart > sentenceStart && npStart <= last && tokens.get(npStart - 1).isVerb()
                        && !quoted[npStart - 1]) {
                    Optional<Found> issuer = clauseSubject(npStart - 1, sentenceStart, cue, depth);
                    if (issuer.isPresent()) {
                        return issuer;
                    }
                }
            }
            return antecedent;
        }
        if (before.equals(",")) {
            Optional<Found> nearest = Optional.empty();
            int appositive = subjects.previousComma(j - 1, Math.max(sentenceStart, j - 30));
            if (appositive > sentenceStart) {
                // "the spokesman, Dmitry Peskov, said": a name opening the apposition, not one deep inside a clause
                Optional<Found> named = subjects.left(j - 1, appositive + 1, cue, 0.85);
                if (named.isPresent() && resolver.isPerson(named.get()) && named.get().speaker().entity() != null
                        && doc.tokenAt(named.get().speaker().mention().start()) <= appositive + 2) {
                    return named;
                }
            }
            int comma = j;
            boolean overQuotation = false;
            for (int hop = 0; hop < 4; hop++) {
                int next = subjects.previousComma(comma - 1, Math.max(sentenceStart, j - 30));
                if (next <= sentenceStart) {
                    break;
                }
                // past a short quotation only a person is taken ("Bill Eastland, wearing “Ted Cruz” pins, said")
                overQuotation |= quoteMarkBetween(next, comma);
                comma = next;
                Optional<Found> f = subjects.left(comma - 1, sentenceStart, cue, 0.85);
                if (f.isPresent() && resolver.isPerson(f.get())) {
                    return f;
                }
                if (nearest.isEmpty() && !overQuotation) {
                    nearest = f;
                }
            }
            if (nearest.isPresent()) {
                return nearest;
            }
            if (opensClause(cue + 1, sentenceEnd)) {
                // "Ann Lee, the author of \"...\", said the old fares were ...": the sayer opens the sentence
                return mainSubject(t.sentence(), j - 1, cue).filter(resolver::isPerson);
            }
            return after.right(cue + 1, sentenceEnd, cue, 0.8);
        }
        Optional<Found> subject = subjects.left(j, sentenceStart, cue, 0.9);
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
        if (depth <= 1 && t.tag().equals("VBG") && subject.isPresent() && !resolver.isPerson(subject.get())) {
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

    private boolean quoteMarkBetween(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (SpeakerFinder.isQuoteMark(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** A past participle after a form of "be" ("was asked", "were told", "has been urged"). */
    private boolean isPassive(int cue, int floor) {
        if (!tokens.get(cue).tag().equals("VBN")) {
            return false;
        }
        int k = cue - 1;
        while (k >= floor && tokens.get(k).tag().startsWith("RB")) {
            k--;
        }
        return k >= floor && tokens.get(k).word().toLowerCase(Locale.ROOT).matches("was|were|is|are|be|been|being");
    }

    /**
     * True when the words from {@code first} open a reported clause rather than name a sayer: "that", or a noun
     * phrase followed by a finite verb or a relative word ("said her crew was", "said the vote that").
     */
    private boolean opensClause(int first, int ceiling) {
        if (first >= ceiling) {
            return false;
        }
        if (tokens.get(first).word().equalsIgnoreCase("that")) {
            return true;
        }
        int end = NounPhrases.endRight(tokens, first, ceiling);
        if (end <= first || end >= ceiling) {
            return false;
        }
        Token next = tokens.get(end);
        return ContentSpan.isFinite(next.tag()) || next.word().toLowerCase(Locale.ROOT).matches("when|who|that|which");
    }

    private boolean isDocument(Found f) {
        if (f.speaker().entity() != null) {
            return false;
        }
        // the head noun: the last word before a preposition or trailing time words ("letter from his doctor Friday")
        String[] words = f.speaker().name().toLowerCase(Locale.ROOT).split("\\s+");
        int end = 1;
        while (end < words.length && !HEAD_ENDS.contains(words[end]) && !NounPhrases.isTimeWord(words[end])) {
            end++;
        }
        return DOCUMENTS.contains(words[end - 1]);
    }

    /** The subject of the nearest finite verb before {@code from}: who a participle or a coordinated verb is about. */
    private Optional<Found> clauseSubject(int from, int floor, int cue, int depth) {
        for (int k = from; k >= floor; k--) {
            Token v = tokens.get(k);
            if (quoted[k]) {
                continue;
            }
            int aside = asideStart(k, floor);
            if (aside >= 0) {
                k = aside; // a verb between dashes or parentheses ("- where the Panthers played -") is no neighbour
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
     * When token {@code k} closes an aside between dashes or parentheses opened at or after {@code floor}: the aside's
     * opening token; else -1.
     */
    private int asideStart(int k, int floor) {
        boolean dash = ContentSpan.isDash(tokens, k);
        if (!dash && !tokens.get(k).word().equals(")")) {
            return -1;
        }
        for (int o = k - 1; o >= floor && o >= k - ASIDE; o--) {
            if (dash ? ContentSpan.isDash(tokens, o) : tokens.get(o).word().equals("(")) {
                return o;
            }
        }
        return -1;
    }

    /**
     * A subject that belongs to a relative or subordinate clause ("who", "what he has done", "how he planned",
     * "after the mayor won"), or to a clause reported by a verb right before it ("said he found"): not the
     * subject of the main clause.
     */
    private boolean isRelativeOrSubordinate(Found f) {
        Span m = f.speaker().mention();
        String word = doc.text().substring(m.start(), m.end()).toLowerCase(Locale.ROOT);
        if (word.equals("who") || word.equals("which") || word.equals("that")) {
            return true;
        }
        int first = doc.tokenAt(m.start());
        while (first > 0 && tokens.get(first - 1).tag().equals("DT")) {
            first--; // "said the foundation had"
        }
        if (first > 0 && tokens.get(first - 1).isVerb() && !quoted[first - 1]) {
            return true;
        }
        return first > 0 && CLAUSE_OPENERS.contains(tokens.get(first - 1).word().toLowerCase(Locale.ROOT));
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
                    return resolver.resolve(k, end, cue, 0.75);
                }
            }
        }
        return Optional.empty();
    }
}
