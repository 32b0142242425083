package org.assay.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.assay.nlp.Annotated;
import org.assay.nlp.Sentence;
import org.assay.nlp.Token;

/**
 * Finds reported speech without quotation marks and its content span:
 * <ul>
 *   <li>a cue followed by a clause: "Putin said Monday that <i>he would consider ...</i>", "told Fox News <i>he
 *       believes ...</i>", "claimed <i>a deal ... was of no concern</i>";</li>
 *   <li>a clause followed by its cue: "<i>Negotiations were in the final stages</i>, Stefanishyna said.", or around
 *       it: "<i>The goal</i>, she said, <i>is a lasting truce</i>";</li>
 *   <li>"In a poll by X, <i>most voters …</i>" (and other findings: survey, study, report, …);</li>
 *   <li>"according to": "<i>Russia ranks fifth</i>, according to the survey", or, when no clause
 *       precedes it, "In May, according to the survey, <i>Russia ranked fifth</i>";</li>
 *   <li>a "that" after a short phrase: "said after the meeting on Tuesday that <i>the plan ...</i>";</li>
 *   <li>a verb of showing or finding followed by a clause: "polls show <i>the mayor is ahead</i>", "the survey
 *       found that <i>most residents ...</i>" (never the clause before it);</li>
 *   <li>a cue of commitment followed by a to-infinitive: "vowed <i>to rebuild the pier</i>", "refused <i>to back
 *       the plan</i>", or of request after its addressee: "urged voters <i>to stay home</i>".</li>
 * </ul>
 * The content stops at the sentence end or earlier, where {@link ContentSpan} says. A cue inside the content of an earlier one
 * (nested reporting) gives no content of its own.
 *
 * <p>Stateless and thread-safe.
 */
final class IndirectSpeech {

    /**
     * A stretch of reported content and the token of its cue. The source is written at tokens [sourceFrom, sourceTo)
     * when the content's shape places it ({@link LabelledLine}: "Clinton: …"; "In a poll by X, …"); both are -1 when
     * the speaker is read from the cue.
     */
    record Content(int cueToken, int start, int end, int sourceFrom, int sourceTo) {

        Content(int cueToken, int start, int end) {
            this(cueToken, start, end, -1, -1);
        }

        boolean sourcePlaced() {
            return sourceFrom >= 0;
        }
    }

    private static final int MAX_OBJECT = 6;
    private static final int MAX_PHRASE_BEFORE_THAT = 8;
    private static final int MAX_SOURCE = 8;
    /** Nouns naming a finding whose source an opening "In …," gives. */
    private static final Set<String> FINDINGS = Set.of("poll", "polls", "survey", "surveys", "study", "report",
            "analysis", "census", "data", "figures", "estimates", "audit", "review");

    List<Content> find(Annotated doc, List<Quotation> quotations) {
        List<Token> tokens = doc.tokens();
        boolean[] quoted = quotedTokens(doc, quotations);
        List<Content> out = new ArrayList<>();
        int coveredUntil = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (quoted[i] || t.start() < coveredUntil) {
                continue;
            }
            Sentence s = doc.sentences().get(t.sentence());
            Content c = null;
            if (t.word().equalsIgnoreCase("according") && i + 1 < s.endToken() && tokens.get(i + 1).word().equals("to")) {
                c = according(doc, s, i, quoted);
            } else if (t.word().equals("In") && i == s.firstToken()) {
                c = inFinding(doc, s, i, quoted);
            } else if (Cues.takesClause(t.word()) && t.isVerb()) {
                c = forward(doc, s, i, quoted);
                if (c == null) {
                    c = backward(doc, s, i, quoted);
                }
            }
            if (c == null && Cues.takesFollowingClause(t.word()) && t.isVerb() && !t.tag().equals("VB")) {
                c = forward(doc, s, i, quoted);
                if (c == null && documentBefore(tokens, i, s.firstToken()) && activeVerb(tokens, i)) {
                    c = object(doc, s, i, quoted); // "the poll showed Trump leading the field"
                }
            }
            if (c == null && Cues.takesInfinitive(t.word()) && t.isVerb()) {
                c = infinitive(doc, s, i, i + 1, quoted);
            }
            if (c == null && Cues.asks(t.word()) && t.isVerb()) {
                c = question(doc, s, i, quoted);
            }
            if (c == null && Cues.requests(t.word()) && t.isVerb()) {
                c = request(doc, s, i, quoted);
            }
            if (c == null && Cues.objectParticles(t.word()) != null && activeVerb(tokens, i)
                    && (i == 0 || !tokens.get(i - 1).word().matches("(?i)that|which"))) {
                // not after "that"/"which": "falsehoods that echoed propaganda" is no one's saying
                c = object(doc, s, i, quoted);
            }
            if (c == null && t.tag().equals("VBN") && (Cues.takesBareObject(t.word())
                    || REPORTED_BY.contains(t.word().toLowerCase(Locale.ROOT)))) {
                c = passive(doc, s, i, quoted);
            }
            if (c == null && t.tag().startsWith("NN") && PossessiveSaying.isSayingNoun(t.word())) {
                c = sayingNoun(doc, s, i, quoted);
            }
            if (c == null && t.tag().startsWith("VB") && mayTakeContent(tokens, i, s.endToken())
                    && activeVerb(tokens, i)
                    && CueModel.shipped().attributes(tokens, i, s.firstToken(), s.endToken())) {
                c = modelled(doc, s, i, quoted);
            }
            if (c != null) {
                out.add(c);
                coveredUntil = Math.max(coveredUntil, c.end());
            }
        }
        return out;
    }

    /** Marks the tokens that lie inside a quotation, marks included. */
    static boolean[] quotedTokens(Annotated doc, List<Quotation> quotations) {
        boolean[] quoted = new boolean[doc.tokens().size()];
        for (Quotation q : quotations) {
            for (int k = doc.tokenAt(q.open()); k < quoted.length && doc.tokens().get(k).start() < q.after(); k++) {
                quoted[k] = true;
            }
        }
        return quoted;
    }

    /** "said (Monday) (that) CLAUSE", "told X (that) CLAUSE". */
    private static Content forward(Annotated doc, Sentence s, int cue, boolean[] quoted) {
        List<Token> tokens = doc.tokens();
        int k = cue + 1;
        String w = tokens.get(cue).word().toLowerCase(Locale.ROOT);
        if (w.startsWith("tel") || w.equals("told") || w.equals("warned") || w.equals("assured")) {
            int object = objectEnd(tokens, k, Math.min(s.endToken(), k + MAX_OBJECT));
            // "warned the government would …": the phrase is the subject of the content, not the one warned
            boolean verbAfter = object < s.endToken() && ContentSpan.isFinite(tokens.get(object).tag());
            if (verbAfter && !w.equals("warned")) {
                // "told MPs child benefit would rise": the one told is the first noun, the clause's subject the rest
                for (int split = k + 1; split < object; split++) {
                    if (ContentSpan.startsClause(tokens, split, s.endToken())) {
                        object = split;
                        break;
                    }
                }
            }
            k = verbAfter && w.equals("warned") ? k : object;
        }
        while (k < s.endToken() && (NounPhrases.isTimeWord(tokens.get(k)) || adverbOfCue(tokens, k, s.endToken())
                || tokens.get(k).word().equals("on") && k + 1 < s.endToken() && NounPhrases.isTimeWord(tokens.get(k + 1)))) {
            k++;
        }
        if (k < s.endToken() && tokens.get(k).word().equalsIgnoreCase("that")) {
            k++;
        } else if (!ContentSpan.startsClause(tokens, k, s.endToken())) {
            int that = thatAfterPhrase(tokens, k, s.endToken());
            if (that < 0) {
                return null;
            }
            k = that + 1;
        }
        return ContentSpan.of(doc, cue, k, s.endToken(), quoted);
    }

    /**
     * "said after a lunch on Tuesday that ...", "told the Gazette of Portsmouth last week that ...": the "that" after a
     * prepositional or noun phrase (or both) of at most {@link #MAX_PHRASE_BEFORE_THAT} tokens with no verb, comma or
     * quotation mark in it; -1 when there is none.
     */
    private static int thatAfterPhrase(List<Token> tokens, int k, int end) {
        if (k >= end || !tokens.get(k).tag().matches("IN|DT|NNPS?|PRP\\$") || tokens.get(k).word().equalsIgnoreCase("that")) {
            return -1;
        }
        for (int j = k + 1; j < end && j <= k + MAX_PHRASE_BEFORE_THAT; j++) {
            Token t = tokens.get(j);
            if (t.word().equalsIgnoreCase("that")) {
                return j + 1 < end && !tokens.get(j + 1).isVerb() ? j : -1;
            }
            if (t.isVerb() || t.tag().equals("MD") || t.word().matches("[,;:.]") || SpeakerFinder.isQuoteMark(t)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "vowed (on Monday) to CLAUSE": the content is the to-infinitive, "to" included, up to the first comma, dash,
     * colon or semicolon (what follows is usually an adjunct: ", though it cost him ...").
     */
    private static Content infinitive(Annotated doc, Sentence s, int cue, int from, boolean[] quoted) {
        List<Token> tokens = doc.tokens();
        int k = from;
        while (k < s.endToken() && (NounPhrases.isTimeWord(tokens.get(k)) || adverbOfCue(tokens, k, s.endToken())
                || tokens.get(k).word().equals("on") && k + 1 < s.endToken() && NounPhrases.isTimeWord(tokens.get(k + 1)))) {
            k++;
        }
        if (k + 1 >= s.endToken() || !tokens.get(k).tag().equals("TO") || !tokens.get(k + 1).tag().equals("VB")) {
            return null;
        }
        int end = k + 2;
        while (end < s.endToken() && !tokens.get(end).word().matches("[,;:—–]|--")) {
            end++;
        }
        return ContentSpan.of(doc, cue, k, end, quoted);
    }

    /**
     * "urged (on Monday) voters to CLAUSE", "called on the council to CLAUSE": a request's addressee, then the
     * to-infinitive as for commitments. "called" asks only with "on" ("called him a liar" names).
     */
    private static Content request(Annotated doc, Sentence s, int cue, boolean[] quoted) {
        List<Token> tokens = doc.tokens();
        int k = cue + 1;
        if (tokens.get(cue).word().toLowerCase(Locale.ROOT).startsWith("call")) {
            if (k >= s.endToken() || !tokens.get(k).word().equals("on")) {
                return null;
            }
            k++;
        }
        int object = objectEnd(tokens, k, Math.min(s.endToken(), k + MAX_OBJECT));
        return object == k ? null : infinitive(doc, s, cue, object, quoted);
    }

    /** Verbs of telling news whose passive has the teller as agent ("the move was first reported by MSNBC"). */
    private static final Set<String> REPORTED_BY = Set.of("reported", "announced", "confirmed", "revealed",
            "disclosed");

    /** Forms of "be" and "get" that make a participle after them passive ("was criticised by …"). */
    private static final Set<String> PASSIVE = Set.of("is", "are", "was", "were", "be", "been", "being", "get", "got",
            "gets", "'s", "’s");

    /**
     * A verb in the active voice: finite, a participle after "has"/"have"/"had", or a present participle opening a
     * phrase after a comma; never after "was" or "been".
     */
    private static boolean activeVerb(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        int before = k - 1;
        while (before >= 0 && tokens.get(before).tag().equals("RB")) {
            before--;
        }
        String prior = before < 0 ? "" : tokens.get(before).word().toLowerCase(Locale.ROOT);
        if (PASSIVE.contains(prior)) {
            return false;
        }
        return ContentSpan.isFinite(t.tag()) && !t.tag().equals("MD")
                || t.tag().equals("VBN") && prior.matches("has|have|had|'ve|’ve")
                || t.tag().equals("VBG") && prior.equals(","); // "…, citing the cost"
    }

    /** Forms of "be", "have" and "do": never a cue themselves, and the commonest verbs, so the model skips them. */
    private static final Set<String> LIGHT_VERBS = Set.of("is", "are", "was", "were", "be", "been", "being", "am",
            "'s", "’s", "'re", "’re", "'m", "’m", "has", "have", "had", "having", "'ve", "’ve", "'d", "’d",
            "do", "does", "did", "done", "doing");

    /**
     * Whether what follows the verb at {@code k} could be a content {@link #modelled} reads (a clause, "that", "to", a
     * particle or a noun phrase), and the verb is not a form of "be", "have" or "do": the cheap test before the model.
     */
    private static boolean mayTakeContent(List<Token> tokens, int k, int end) {
        if (k + 1 >= end || LIGHT_VERBS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        Token next = tokens.get(k + 1);
        return next.tag().equals("IN") || next.tag().equals("TO") || next.tag().equals("RP") || startsNounPhrase(next)
                || next.tag().equals("EX") || next.tag().equals("PRP");
    }

    /** Prepositions and particles a verb of stance may take before its object ("talked about", "voted for"). */
    private static final Set<String> PARTICLES = Set.of("about", "for", "against", "on", "of", "to", "with", "at",
            "out", "up", "into", "over");

    /**
     * The content of a verb the {@link CueModel} says attributes: a clause after it (or after "that"), a
     * to-infinitive, or its object, after a particle.
     */
    private static Content modelled(Annotated doc, Sentence s, int cue, boolean[] quoted) {
        List<Token> tokens = doc.tokens();
        int k = cue + 1;
        String verb = tokens.get(cue).word().toLowerCase(Locale.ROOT);
        if (k >= s.endToken() || verb.startsWith("tel") || verb.equals("told")) {
            return null; // "told MPs child benefit would rise": the one told comes first, which the rules read
        }
        if (tokens.get(k).word().equalsIgnoreCase("that") && ContentSpan.startsClause(tokens, k + 1, s.endToken())) {
            return ContentSpan.of(doc, cue, k + 1, s.endToken(), quoted);
        }
        if (ContentSpan.startsClause(tokens, k, s.endToken())) {
            return ContentSpan.of(doc, cue, k, s.endToken(), quoted);
        }
        if (tokens.get(k).tag().equals("TO")) {
            return infinitive(doc, s, cue, k, quoted);
        }
        if (Cues.isCue(verb)) {
            return null; // a verb of saying with a noun phrase after it names its speaker ("…, says Dante Scala")
        }
        while (k < s.endToken() && k <= cue + 2 && PARTICLES.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
            k++;
        }
        return k < s.endToken() && startsNounPhrase(tokens.get(k)) && !NounPhrases.isTimeWord(tokens.get(k))
                ? ContentSpan.object(doc, cue, k, s.endToken(), quoted) : null;
    }

    /** Whether a document noun ("poll", "report", "figures") is the subject right before the verb at {@code k}. */
    private static boolean documentBefore(List<Token> tokens, int k, int floor) {
        int before = k - 1;
        while (before >= floor && tokens.get(before).tag().equals("RB")) {
            before--;
        }
        return before >= floor && tokens.get(before).tag().startsWith("NN")
                && IssuedDocument.isDocument(tokens.get(before).word());
    }

    /**
     * "criticised <i>the party's lack of ambition</i>", "accused <i>Mr Blair of telling lies</i>", "railed against
     * <i>the plan</i>": a verb of saying whose content is its object, after the particle the verb takes.
     */
    private static Content object(Annotated doc, Sentence s, int cue, boolean[] quoted) {
        List<Token> tokens = doc.tokens();
        int k = cue + 1;
        List<Set<String>> particles = Cues.objectParticles(tokens.get(cue).word());
        for (Set<String> particle : particles == null ? List.<Set<String>>of() : particles) {
            if (k >= s.endToken() || !particle.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                return null;
            }
            k++;
        }
        if (k >= s.endToken() || !startsNounPhrase(tokens.get(k))) {
            return null;
        }
        return ContentSpan.object(doc, cue, k, s.endToken(), quoted);
    }

    private static boolean startsNounPhrase(Token t) {
        String tag = t.tag();
        return tag.startsWith("NN") || tag.equals("DT") || tag.equals("PRP$") || tag.equals("JJ") || tag.equals("CD")
                || tag.equals("PRP") && !t.word().matches("(?i)it|they|he|she|we|i|you")
                || SpeakerFinder.isQuoteMark(t);
    }

    /**
     * "<i>The plan</i> was condemned by the bishop": a verb of saying in the passive with its agent after "by"; the
     * content is the subject, the source the agent.
     */
    private static Content passive(Annotated doc, Sentence s, int cue, boolean[] quoted) {
        List<Token> tokens = doc.tokens();
        int be = cue - 1;
        while (be > s.firstToken() && tokens.get(be).tag().equals("RB")) {
            be--;
        }
        int by = cue + 1;
        if (be <= s.firstToken() || !PASSIVE.contains(tokens.get(be).word().toLowerCase(Locale.ROOT))
                || by + 1 >= s.endToken() || !tokens.get(by).word().equalsIgnoreCase("by")) {
            return null;
        }
        int agentEnd = NounPhrases.endRight(tokens, by + 1, s.endToken());
        int subjectEnd = be;
        while (subjectEnd > s.firstToken()
                && tokens.get(subjectEnd - 1).word().matches("(?i)has|have|had|been|being")) {
            subjectEnd--;
        }
        int subject = NounPhrases.startLeft(tokens, subjectEnd - 1, s.firstToken());
        if (agentEnd <= by + 1 || subject >= subjectEnd || quoted[subject] || quoted[subjectEnd - 1]
                || tokens.get(subject).tag().equals("PRP") || tokens.get(subject).tag().equals("WDT")) {
            return null;
        }
        return new Content(cue, tokens.get(subject).start(), tokens.get(subjectEnd - 1).end(), by + 1, agentEnd);
    }

    /** Words that open a reported question ("asked whether …", "wondered why …"). */
    private static final Set<String> QUESTION_WORDS = Set.of("whether", "if", "why", "how", "what", "when", "where",
            "who", "which");

    /**
     * "asked (the minister) whether CLAUSE", "wondered why CLAUSE": a reported question, its content running from the
     * question word.
     */
    private static Content question(Annotated doc, Sentence s, int cue, boolean[] quoted) {
        List<Token> tokens = doc.tokens();
        int k = objectEnd(tokens, cue + 1, Math.min(s.endToken(), cue + 1 + MAX_OBJECT));
        if (k >= s.endToken() || !QUESTION_WORDS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        return ContentSpan.of(doc, cue, k, s.endToken(), quoted);
    }

    /**
     * "Ortiz's claim that CLAUSE", "her assertion that CLAUSE": a noun of saying after a possessive, its content the
     * clause after "that", its source the possessor.
     */
    private static Content sayingNoun(Annotated doc, Sentence s, int noun, boolean[] quoted) {
        List<Token> tokens = doc.tokens();
        if (noun + 2 >= s.endToken() || !tokens.get(noun + 1).word().equalsIgnoreCase("that")
                || !ContentSpan.startsClause(tokens, noun + 2, s.endToken())) {
            return null;
        }
        int owner = noun - 1;
        while (owner > s.firstToken() && owner >= noun - 2 && tokens.get(owner).tag().equals("JJ")) {
            owner--; // "her recent claim"
        }
        int from;
        int to = owner + 1;
        if (owner >= s.firstToken() && tokens.get(owner).tag().equals("PRP$")) {
            from = owner;
        } else if (owner > s.firstToken() && tokens.get(owner).tag().equals("POS")) {
            to = owner;
            from = NounPhrases.startLeft(tokens, owner - 1, s.firstToken());
            if (from >= owner) {
                return null;
            }
        } else {
            return null;
        }
        Content c = ContentSpan.of(doc, noun, noun + 2, mainVerbAfter(tokens, noun + 2, s.endToken()), quoted);
        return c == null ? null : new Content(noun, c.start(), c.end(), from, to);
    }

    /**
     * Where the sentence's own verb follows a clause that is part of its subject ("Ortiz's claim that the sale was
     * rushed <i>was</i> rejected"): the first finite verb after the clause's verb that follows a verb or an adverb
     * rather than a subject of its own; the sentence end when there is none.
     */
    private static int mainVerbAfter(List<Token> tokens, int from, int end) {
        boolean verb = false;
        for (int k = from; k < end; k++) {
            Token t = tokens.get(k);
            if (verb && ContentSpan.isFinite(t.tag())) {
                String before = tokens.get(k - 1).tag();
                if (before.startsWith("VB") || before.equals("RB") || before.equals("JJ")) {
                    return k;
                }
            }
            verb |= ContentSpan.isFinite(t.tag());
        }
        return end;
    }

    /** The end of an indirect object: "Fox News", "reporters", "him", "the committee". */
    private static int objectEnd(List<Token> tokens, int k, int limit) {
        if (k < limit && tokens.get(k).tag().equals("PRP")) {
            return k + 1;
        }
        int i = k;
        if (i < limit && (tokens.get(i).tag().equals("DT") || tokens.get(i).tag().equals("PRP$"))) {
            i++;
        }
        while (i < limit && (tokens.get(i).tag().startsWith("NN") || tokens.get(i).tag().equals("JJ"))) {
            i++;
        }
        return i > k && tokens.get(i - 1).tag().startsWith("NN") ? i : k;
    }

    /**
     * An adverb after a cue that qualifies the saying ("said recently", "said again that"), not one that opens the
     * content by qualifying an adjective or a number after it ("said too many departments", "said nearly 40").
     */
    private static boolean adverbOfCue(List<Token> tokens, int k, int end) {
        if (!tokens.get(k).tag().equals("RB")) {
            return false;
        }
        return k + 1 >= end || !tokens.get(k + 1).tag().startsWith("JJ") && !tokens.get(k + 1).tag().equals("CD");
    }

    /** "CLAUSE, X said." or "CLAUSE, said X." */
    private static Content backward(Annotated doc, Sentence s, int cue, boolean[] quoted) {
        List<Token> tokens = doc.tokens();
        int next = cue + 1;
        boolean clauseEnds = next >= s.endToken() || tokens.get(next).word().matches("[.,;]|in|on|at|to|during|after|"
                + "before|while|when|last|this|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday");
        if (!clauseEnds) {
            // "…, said the minister." but not "…, warned Mr Brown not to …": the speaker ends the clause
            int end = NounPhrases.endRight(tokens, next, s.endToken());
            clauseEnds = end > next && (end >= s.endToken() || tokens.get(end).word().matches("[.,;:!?]"));
        }
        if (!clauseEnds) {
            return null;
        }
        int comma = -1;
        for (int k = cue - 1; k >= s.firstToken() && k >= cue - 15; k--) {
            if (tokens.get(k).word().equals(",")) {
                comma = k;
                break;
            }
            if (SpeakerFinder.isQuoteMark(tokens.get(k)) || quoted[k]) {
                return null;
            }
        }
        if (comma <= s.firstToken()) {
            return null;
        }
        int subjectEnd = cue - 1;
        while (subjectEnd > comma && NounPhrases.skippableBeforeCue(tokens.get(subjectEnd))) {
            subjectEnd--;
        }
        if (subjectEnd > comma && NounPhrases.startLeft(tokens, subjectEnd, comma + 1) != comma + 1) {
            return null;
        }
        int from = s.firstToken();
        if (quoted[from] || quoted[comma - 1] || nameWithApposition(tokens, from, comma)) {
            return null;
        }
        Content before = ContentSpan.of(doc, cue, from, comma, quoted);
        return before != null ? before : aroundParenthetical(doc, s, cue, from, comma, quoted);
    }

    /** The longest apposition between a name and the cue it is the subject of, in tokens. */
    private static final int MAX_APPOSITION = 20;

    /**
     * Whether the comma at {@code comma} closes an apposition after a name ("Barbara Follet, one of the MPs elected in
     * 1997, told …", "the day after Peter Mandelson, now a European Commissioner, warned …"): the name is the cue's
     * subject and what comes before the comma is not reported content. The apposition has no finite verb, or is a
     * relative clause.
     */
    private static boolean nameWithApposition(List<Token> tokens, int from, int comma) {
        for (int c = comma - 1; c > from && c >= comma - MAX_APPOSITION; c--) {
            if (!tokens.get(c).word().equals(",")) {
                continue;
            }
            if (!tokens.get(c - 1).isProperNoun() || c + 1 >= comma) {
                return false;
            }
            if (tokens.get(c + 1).word().matches("(?i)who|which")) {
                return true;
            }
            for (int k = c + 1; k < comma; k++) {
                if (ContentSpan.isFinite(tokens.get(k).tag())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * "<i>The goal</i>, she said, <i>is a lasting truce</i>": a cue set off by commas between a subject and its verb.
     * The content runs from the sentence start over the parenthetical to the end of the clause after it.
     */
    private static Content aroundParenthetical(Annotated doc, Sentence s, int cue, int from, int comma,
            boolean[] quoted) {
        List<Token> tokens = doc.tokens();
        if (cue + 2 >= s.endToken() || !tokens.get(cue + 1).word().equals(",")
                || tokens.subList(from, comma).stream().anyMatch(t -> t.isVerb() || t.tag().equals("MD"))) {
            return null;
        }
        Content after = ContentSpan.of(doc, cue, cue + 2, s.endToken(), quoted);
        return after == null || !ContentSpan.isFinite(tokens.get(cue + 2).tag()) && !tokens.get(cue + 2).tag().equals("RB")
                ? null : new Content(cue, tokens.get(from).start(), after.end());
    }

    /**
     * "In a CNN poll released Monday, <i>most voters backed the plan</i>": a sentence opening with "In" and a phrase
     * naming a finding ({@link #FINDINGS}) reports the clause after the comma, with the phrase (up to a participle) as
 * its source.
     */
    private static Content inFinding(Annotated doc, Sentence s, int cue, boolean[] quoted) {
        List<Token> tokens = doc.tokens();
        int comma = -1;
        int sourceEnd = -1;
        boolean finding = false;
        for (int k = cue + 1; k < s.endToken() && k <= cue + 1 + MAX_SOURCE; k++) {
            Token t = tokens.get(k);
            if (t.word().equals(",")) {
                comma = k;
                break;
            }
            if (quoted[k] || t.tag().equals("MD") || t.isVerb() && !t.tag().matches("VBN|VBD")) {
                return null;
            }
            sourceEnd = t.isVerb() && sourceEnd < 0 ? k : sourceEnd;
            finding |= t.tag().startsWith("NN") && FINDINGS.contains(t.word().toLowerCase(Locale.ROOT));
        }
        if (comma < 0 || !finding) {
            return null;
        }
        Content c = ContentSpan.of(doc, cue, comma + 1, s.endToken(), quoted);
        return c == null ? null : new Content(cue, c.start(), c.end(), cue + 1, sourceEnd > cue + 1 ? sourceEnd : comma);
    }

    private static Content according(Annotated doc, Sentence s, int cue, boolean[] quoted) {
        List<Token> tokens = doc.tokens();
        if (cue == s.firstToken()) {
            int comma = -1;
            for (int k = cue + 2; k < s.endToken(); k++) {
                if (tokens.get(k).word().equals(",")) {
                    comma = k;
                    break;
                }
            }
            return comma < 0 ? null : ContentSpan.of(doc, cue, comma + 1, s.endToken(), quoted);
        }
        int end = cue;
        if (tokens.get(end - 1).word().equals(",")) {
            end--;
        }
        int from = s.firstToken();
        for (int k = end - 1; k > s.firstToken(); k--) {
            if (tokens.get(k).word().equals("(") || tokens.get(k).word().equals(";")) {
                from = k + 1;
                break;
            }
        }
        Content before = ContentSpan.of(doc, cue, from, end, quoted);
        return before != null || end == cue ? before : afterParenthetical(doc, s, cue, quoted);
    }

    /**
     * "But the next day, according to the lawyer, <i>the company made new demands</i>": when what precedes a
     * parenthetical "according to" is no clause, the content is what follows the comma that closes it.
     */
    private static Content afterParenthetical(Annotated doc, Sentence s, int cue, boolean[] quoted) {
        List<Token> tokens = doc.tokens();
        for (int k = cue + 2; k < s.endToken() && k <= cue + 2 + MAX_SOURCE; k++) {
            Token t = tokens.get(k);
            if (t.word().equals(",")) {
                return ContentSpan.of(doc, cue, k + 1, s.endToken(), quoted);
            }
            if (t.isVerb() || t.tag().equals("MD") || SpeakerFinder.isQuoteMark(t)) {
                return null;
            }
        }
        return null;
    }


}
