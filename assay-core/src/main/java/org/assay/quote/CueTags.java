package org.assay.quote;

import java.util.ArrayList;
import java.util.List;
import org.assay.nlp.Annotated;
import org.assay.nlp.Token;

/**
 * Mends one tagger error that hides cues: a cue in its "-s" form read as a plural noun after a noun phrase ("a
 * voice-over in the ad <i>states</i>.", "the campaign <i>projects</i> that “…”"). It is a verb (VBZ) when a noun
 * or pronoun comes right before it and an opening quotation mark follows, right away or after "that"; or when it
 * ends the clause (".", ":") and its noun phrase follows a quotation ({@code ,” a voice-over in the ad states.}).
 * Stateless.
 */
final class CueTags {

    /** The longest noun phrase (with its prepositions) between a quotation and its cue, in tokens. */
    private static final int PHRASE = 10;

    private CueTags() {
    }

    /** The document with such cues tagged VBZ; the same document when there are none. */
    static Annotated mended(Annotated doc) {
        List<Token> tokens = doc.tokens();
        List<Token> out = null;
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (isHiddenCue(tokens, i)) {
                if (out == null) {
                    out = new ArrayList<>(tokens);
                }
                out.set(i, tokens.get(i).withTag("VBZ"));
            }
        }
        return out == null ? doc : new Annotated(doc.article(), doc.text(), out, doc.sentences(), doc.names());
    }

    private static boolean isHiddenCue(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = t.word();
        if (!t.tag().equals("NNS") || !w.endsWith("s") || !Character.isLowerCase(w.charAt(0)) || !Cues.isCue(w)) {
            return false;
        }
        String before = tokens.get(i - 1).tag();
        if (!before.startsWith("NN") && !before.equals("PRP")) {
            return false;
        }
        Token next = tokens.get(i + 1);
        if (next.word().equalsIgnoreCase("that") || SpeakerFinder.isQuoteMark(next)) {
            int mark = next.word().equalsIgnoreCase("that") ? i + 2 : i + 1;
            return mark < tokens.size() && SpeakerFinder.isQuoteMark(tokens.get(mark))
                    && tokens.get(mark).tag().equals("``");
        }
        return (next.word().equals(".") || next.word().equals(":")) && followsQuotation(tokens, i - 1);
    }

    /**
     * Whether the noun phrase ending at token {@code last} follows a closing quotation mark and its comma: the
     * phrase and the word after it are an attribution ({@code ,” a voice-over in the ad states.}).
     */
    private static boolean followsQuotation(List<Token> tokens, int last) {
        for (int k = last; k > 0 && k > last - PHRASE; k--) {
            Token t = tokens.get(k);
            if (SpeakerFinder.isQuoteMark(t)) {
                return t.tag().equals("''");
            }
            boolean inPhrase = t.tag().startsWith("NN") || t.tag().startsWith("JJ") || t.tag().equals("DT")
                    || t.tag().equals("IN") || t.tag().equals("HYPH") || t.tag().equals("PRP$") || t.word().equals(",");
            if (!inPhrase) {
                return false;
            }
        }
        return false;
    }
}
