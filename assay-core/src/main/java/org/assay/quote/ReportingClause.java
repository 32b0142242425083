package org.assay.quote;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.assay.nlp.Annotated;
import org.assay.nlp.Token;

/**
 * Finds the act of saying that governs a clause: when the subject a cue was read from opens the reported clause of
 * an earlier speech cue ("The governor said <i>she seldom asks friends to help</i>, “…”", "he told the panel
 * <i>he is confident</i>, and “…”", "rivals claim <i>she had planned</i> to “…”", "Lee said <i>network staff were
 * phoning</i> “…”"), the quotation belongs to that outer sayer, who is the one the writer reports. Only "that",
 * adverbs, time words, a place after "from" or "in", and the addressee of a verb of telling ("told reporters", "told
 * a TV host that") may stand between the outer cue and the inner subject.
 *
 * <p>Stateless.
 */
final class ReportingClause {

    /** Verbs of telling whose addressee stands between them and the reported clause ("told reporters he ..."). */
    private static final Set<String> TELLING = Set.of(
            "told", "tells", "tell", "telling", "assured", "assures", "reminded", "reminds", "informed", "informs",
            "warned", "warns", "promised", "promises");

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("from", "in", "at", "on", "during");

    /** Outer cues looked through at most: "sources have said she told him he ...". */
    private static final int MAX_LEVELS = 2;

    private ReportingClause() {
    }

    /**
     * The speaker of the speech cue whose reported clause {@code inner}'s subject opens, not before token
     * {@code floor}; empty when the subject opens no such clause.
     */
    static Optional<SpeakerFinder.Found> governing(Annotated doc, SpeakerFinder.Found inner, int floor,
                                                   SpeakerFinder finder) {
        Optional<SpeakerFinder.Found> result = Optional.empty();
        SpeakerFinder.Found current = inner;
        for (int level = 0; level < MAX_LEVELS; level++) {
            Optional<SpeakerFinder.Found> outer = oneLevel(doc, current, floor, finder);
            if (outer.isEmpty()) {
                break;
            }
            result = outer;
            current = outer.get();
        }
        return result;
    }

    private static Optional<SpeakerFinder.Found> oneLevel(Annotated doc, SpeakerFinder.Found inner, int floor,
                                                          SpeakerFinder finder) {
        List<Token> tokens = doc.tokens();
        int subject = doc.tokenAt(inner.speaker().mention().start());
        if (subject <= floor || subject >= tokens.size()) {
            return Optional.empty();
        }
        int cue = outerCue(tokens, subject - 1, floor);
        if (cue < 0) {
            return Optional.empty();
        }
        return finder.ofCue(cue)
                .filter(f -> f.speaker().mention().end() <= tokens.get(cue).start());
    }

    /** The speech cue whose reported clause starts after token {@code last}, or -1. */
    private static int outerCue(List<Token> tokens, int last, int floor) {
        int k = skipGap(tokens, last, floor);
        if (k < floor) {
            return -1;
        }
        if (isClausalCue(tokens, k, floor)) {
            return k;
        }
        Token t = tokens.get(k);
        boolean object = t.tag().startsWith("NN") || t.tag().equals("PRP")
                && t.word().toLowerCase(Locale.ROOT).matches("me|him|her|us|them|you");
        if (!object) {
            return -1;
        }
        int start = NounPhrases.startLeft(tokens, k, floor);
        int verb = start - 1;
        if (start > k || verb < floor || !TELLING.contains(tokens.get(verb).word().toLowerCase(Locale.ROOT))
                || !tokens.get(verb).isVerb()) {
            return -1;
        }
        return verb;
    }

    /**
     * Steps left over "that", adverbs, time words and a place phrase ("from Ohio"); a comma ends the gap, as it
     * usually closes another clause ("after the hearing ended, Lee stated").
     */
    private static int skipGap(List<Token> tokens, int k, int floor) {
        while (k >= floor) {
            Token t = tokens.get(k);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (w.equals("that") || t.tag().startsWith("RB") || NounPhrases.isTimeWord(t)) {
                k--;
            } else if (t.isProperNoun()) {
                int j = k;
                while (j >= floor && tokens.get(j).isProperNoun()) {
                    j--;
                }
                if (j < floor || !PLACE_PREPOSITIONS.contains(tokens.get(j).word().toLowerCase(Locale.ROOT))) {
                    return k;
                }
                k = j - 1;
            } else if (PLACE_PREPOSITIONS.contains(w) && k + 1 < tokens.size()
                    && NounPhrases.isTimeWord(tokens.get(k + 1))) {
                k--;
            } else {
                return k;
            }
        }
        return k;
    }

    /** A verb of saying, not of thinking; a past participle only after "has", "have" or "had". */
    private static boolean isClausalCue(List<Token> tokens, int k, int floor) {
        Token t = tokens.get(k);
        if (!t.isVerb() || !Cues.isCue(t.word(), t.tag()) || Cues.isCognition(t.word())) {
            return false;
        }
        if (t.tag().equals("VBN")) {
            int j = k - 1;
            while (j >= floor && tokens.get(j).tag().startsWith("RB")) {
                j--;
            }
            return j >= floor && tokens.get(j).word().toLowerCase(Locale.ROOT).matches("has|have|had");
        }
        return true;
    }

    /**
     * True when the clause of {@code inner} is what the cue of {@code outer} reports: nothing but "that", commas
     * and adverbs stand between that cue and the inner subject ("she added that she thinks", "he says he
     * believes"). The quotation then belongs to the outer act of saying.
     */
    static boolean complementOf(Annotated doc, SpeakerFinder.Found outer, SpeakerFinder.Found inner) {
        int subject = doc.tokenAt(inner.speaker().mention().start());
        if (subject <= outer.cueToken()) {
            return false;
        }
        for (int k = outer.cueToken() + 1; k < subject; k++) {
            Token t = doc.tokens().get(k);
            if (!t.word().equalsIgnoreCase("that") && !t.word().equals(",") && !t.tag().startsWith("RB")) {
                return false;
            }
        }
        return true;
    }
}
