package org.assay.quote;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.assay.nlp.Annotated;
import org.assay.nlp.Token;

/**
 * A sentence that only presents the quotation after its colon: {@code Here's Clinton in December 1992: "…"},
 * {@code From the report: "…"}, {@code More from Jones: "…"} (but not {@code Here is what she said: "…"}, which has
 * a verb). The speaker is the phrase after the lead words, up to a preposition that places or dates it ("in December
 * 1992", "at the rally"); it must name someone of the article or be a document ("the report"). Without lead words, a
 * person's name and a description with no verb present the speaker as reader-quote lists do: {@code Ana Diaz, 27,
 * Tucson: "…"}. Stateless.
 */
final class LeadIn {

    private static final double CONFIDENCE = 0.8;
    private static final int MAX_PHRASE = 8;
    private static final int MAX_NAME = 4;
    private static final Set<String> PLACING = Set.of("in", "on", "at", "during", "after", "before", "to");
    private static final Set<String> DOCUMENTS = Set.of("report", "statement", "letter", "memo", "study", "survey",
            "poll", "ad", "release", "transcript", "filing", "ruling", "decision", "editorial", "book", "speech");

    private LeadIn() {
    }

    /** The speaker presented before the colon that precedes the quotation opening at token {@code openToken}. */
    static Optional<SpeakerFinder.Found> speaker(Annotated doc, int openToken, SpeakerFinder finder) {
        List<Token> tokens = doc.tokens();
        int colon = openToken - 1;
        if (colon < 1 || !tokens.get(colon).word().equals(":")) {
            return Optional.empty();
        }
        int first = doc.sentences().get(tokens.get(colon).sentence()).firstToken();
        int from = afterLeadWords(tokens, first, colon);
        if (from < 0) {
            return describedName(tokens, first, colon, finder);
        }
        int to = from;
        while (to < colon && !PLACING.contains(tokens.get(to).word().toLowerCase(Locale.ROOT))) {
            if (tokens.get(to).isVerb() && !tokens.get(to).tag().equals("VBN") || tokens.get(to).tag().equals("MD")) {
                return Optional.empty();
            }
            to++;
        }
        if (to == from || to - from > MAX_PHRASE) {
            return Optional.empty();
        }
        String last = tokens.get(to - 1).word().toLowerCase(Locale.ROOT);
        return finder.resolve(from, to, colon, CONFIDENCE)
                .filter(f -> f.speaker().entity() != null || DOCUMENTS.contains(last));
    }

    /**
     * "Ana Diaz, 27, Tucson:": a person's name, then a comma and what describes them, with no verb; the name is the
     * speaker.
     */
    private static Optional<SpeakerFinder.Found> describedName(List<Token> tokens, int first, int colon,
            SpeakerFinder finder) {
        int comma = first;
        while (comma < colon && !tokens.get(comma).word().equals(",")) {
            comma++;
        }
        if (comma == first || comma >= colon || comma - first > MAX_NAME
                || tokens.subList(first, colon).stream().anyMatch(t -> ContentSpan.isFinite(t.tag()))) {
            return Optional.empty();
        }
        return finder.resolve(first, comma, colon, CONFIDENCE)
                .filter(f -> f.speaker().entity() != null && finder.isPerson(f));
    }

    /** The token after "Here's", "Here is", "From" or "More from" opening [first, colon), or -1. */
    private static int afterLeadWords(List<Token> tokens, int first, int colon) {
        String w0 = tokens.get(first).word().toLowerCase(Locale.ROOT);
        String w1 = first + 1 < colon ? tokens.get(first + 1).word().toLowerCase(Locale.ROOT) : "";
        if (w0.equals("here") && (w1.equals("'s") || w1.equals("’s") || w1.equals("is"))
                || w0.equals("more") && w1.equals("from")) {
            return first + 2;
        }
        return w0.equals("from") ? first + 1 : -1;
    }
}
