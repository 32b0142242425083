package org.assay.quote;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.assay.nlp.Annotated;
import org.assay.nlp.Sentence;
import org.assay.nlp.Token;

/**
 * A quotation introduced by a possessive and a noun of saying: {@code her remark that "..."}, {@code his call for
 * "..."}, {@code Clinton's claim that she "..."}. The owner of the saying is the speaker; the mention is the
 * possessive ("her", "his") or the name before "'s". Only the words of a short noun phrase, prepositional phrase or
 * "to"-infinitive may stand between the noun and the opening mark, or the clause the noun reports after "that"
 * ({@code Lee's claim that there have been "..."}); any other finite verb or participle ends the search, as the
 * quotation then belongs to that verb's clause. The noun must lead on to the content ("that", "for", "to", a
 * preposition or a comma), and the nearest verb before the possessive must not be another speaker's cue: in
 * {@code Ryan said that Ginsburg's comments "..."} the quotation is Ryan's. Stateless and thread-safe.
 */
final class PossessiveSaying {

    /** How many tokens may stand between the noun of saying and the opening mark. */
    private static final int REACH = 10;
    /** How many modifiers may stand between the possessive and the noun ("her March comment"). */
    private static final int MODIFIERS = 2;

    /** Nouns that make "X's NOUN" a saying of X. */
    private static final Set<String> SAYING_NOUNS = Set.of(
            "comment", "comments", "remark", "remarks", "statement", "statements", "line", "pledge", "promise",
            "slogan", "claim", "claims", "words", "phrase", "quip", "tweet", "speech", "message", "description",
            "characterization", "assessment", "warning", "warnings", "call", "calls", "joke", "insult", "jab",
            "retort", "mantra", "refrain", "vow", "assertion", "assertions", "argument", "insistence", "admission",
            "declaration", "suggestion", "prediction", "boast", "accusation", "accusations", "charge", "threat",
            "demand", "plea", "pronouncement", "proclamation", "promises", "pledges", "vows", "complaint", "answer",
            "response", "reply", "explanation");

    private PossessiveSaying() {
    }

    /** True for a noun whose possessor is the one saying ("comment", "claim", "warning"). */
    static boolean isSayingNoun(String word) {
        return SAYING_NOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The owner of the saying noun that introduces the quotation opening at token {@code openToken}, if any. */
    static Optional<SpeakerFinder.Found> before(Annotated doc, int openToken, SpeakerFinder finder) {
        List<Token> tokens = doc.tokens();
        Sentence s = doc.sentences().get(tokens.get(openToken).sentence());
        int floor = Math.max(s.firstToken(), openToken - 1 - REACH);
        for (int k = openToken - 1; k >= floor; k--) {
            Token t = tokens.get(k);
            if (t.tag().startsWith("NN") && isSayingNoun(t.word()) && introducesContent(tokens, k + 1)) {
                Optional<SpeakerFinder.Found> owner = owner(doc, k, s.firstToken(), finder);
                if (owner.isPresent()) {
                    int possessive = doc.tokenAt(owner.get().speaker().mention().start());
                    return reportedByOuterCue(tokens, possessive, s.firstToken()) ? Optional.empty() : owner;
                }
            }
            if (!mayStandBetween(tokens, k)) {
                int that = thatClauseStart(tokens, openToken, floor);
                if (that < 0 || that > k) {
                    return Optional.empty();
                }
                k = that;
            }
        }
        return Optional.empty();
    }

    /**
     * When the quotation opening at token {@code open} stands in the clause a saying noun reports ("Lee's claim that
     * there have been “…”", "her answer was that “…”"): the token right after the noun; else -1. No quotation mark
     * and no cue of its own may stand between "that" and the quotation.
     */
    private static int thatClauseStart(List<Token> tokens, int open, int floor) {
        for (int m = open - 1; m > floor; m--) {
            Token t = tokens.get(m);
            if (SpeakerFinder.isQuoteMark(t) || t.isVerb() && Cues.isCue(t.word())) {
                return -1;
            }
            if (t.word().equalsIgnoreCase("that")) {
                if (isSayingNoun(tokens.get(m - 1).word())) {
                    return m;
                }
                boolean copula = tokens.get(m - 1).word().matches("(?i)was|is");
                return copula && m - 2 > floor && isSayingNoun(tokens.get(m - 2).word()) ? m - 1 : -1;
            }
        }
        return -1;
    }

    /**
     * The word after the noun ties the saying to its content ("remark that", "call for", "calls to end", "comment,",
     * "answer was that"):
     * a quotation right after the noun, or after "as", is someone's verdict on the saying ("Trump's remarks
     * \"hurtful\"", "denounced his remarks as \"...\"").
     */
    private static boolean introducesContent(List<Token> tokens, int i) {
        Token next = tokens.get(i);
        String w = next.word().toLowerCase(Locale.ROOT);
        boolean copulaThat = (w.equals("was") || w.equals("is")) && i + 1 < tokens.size()
                && tokens.get(i + 1).word().equalsIgnoreCase("that"); // "her answer was that"
        return copulaThat || !w.equals("as") && (next.tag().equals("IN") || next.tag().equals("TO") || w.equals("that")
                || w.equals(","));
    }

    /**
     * True when the nearest verb before the possessive is a cue of another speaker ("Ryan said that Ginsburg's
     * comments \"...\"", "calling Trump's charge \"pathetic\""): the quotation is then that speaker's, and the
     * other shapes attribute it.
     */
    private static boolean reportedByOuterCue(List<Token> tokens, int possessive, int floor) {
        for (int k = possessive - 1; k >= floor; k--) {
            Token t = tokens.get(k);
            if (!t.isVerb()) {
                continue;
            }
            boolean reducedRelative = t.tag().equals("VBN") && (k == floor
                    || !tokens.get(k - 1).word().toLowerCase(Locale.ROOT).matches("has|have|had|'ve|’ve|also"));
            return Cues.isCue(t.word()) && !reducedRelative;
        }
        return false;
    }

    /** Words of a noun phrase, a prepositional phrase or a "to"-infinitive; not a clause of its own. */
    private static boolean mayStandBetween(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        String tag = t.tag();
        if (SpeakerFinder.isQuoteMark(t)) {
            return false;
        }
        if (tag.equals("VB")) {
            return k > 0 && tokens.get(k - 1).tag().equals("TO");
        }
        return tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("DT") || tag.equals("IN")
                || tag.equals("TO") || tag.equals("CD") || tag.equals("PRP$") || tag.equals("POS")
                || tag.startsWith("RB") || t.word().equals(",") || tag.equals("HYPH");
    }

    /** "his" / "her" right before the noun (after up to two modifiers), or a name followed by "'s". */
    private static Optional<SpeakerFinder.Found> owner(Annotated doc, int noun, int floor, SpeakerFinder finder) {
        List<Token> tokens = doc.tokens();
        int k = noun - 1;
        for (int skipped = 0; skipped < MODIFIERS && k > floor && isModifier(tokens.get(k)); skipped++) {
            k--;
        }
        if (k < floor) {
            return Optional.empty();
        }
        Token p = tokens.get(k);
        String w = p.word().toLowerCase(Locale.ROOT);
        if (p.tag().equals("PRP$") && (w.equals("his") || w.equals("her"))) {
            return Optional.of(finder.pronoun(k, noun, 0.75));
        }
        if (p.word().matches("['’]s?") && k - 1 >= floor) {
            return finder.resolve(k - 1, k, noun, 0.75).filter(f -> f.speaker().entity() != null);
        }
        return Optional.empty();
    }

    private static boolean isModifier(Token t) {
        return t.tag().startsWith("JJ") || t.tag().equals("NNP") || t.tag().equals("VBN") || t.tag().equals("CD");
    }
}
