package org.assay.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assay.article.Span;
import org.assay.entity.Entities;
import org.assay.entity.EntityType;
import org.assay.entity.Mention;
import org.assay.nlp.Annotated;
import org.assay.nlp.Token;

/**
 * A line that opens with a speaker's label and a colon, as headlines and interview transcripts print what someone
 * said: {@code Clinton: I support statehood for the capital}, {@code TRUMP: We will win}.
 *
 * <p>The label is at most {@value #MAX_LABEL} capitalised words that are all one person or organisation of the
 * article, or a person's name or surname ({@link TranscriptLabel#person}). The content is the rest of the line:
 * at least {@value #MIN_CONTENT} tokens, with a finite verb unless written in title case (a profile headline, "Ann
 * Lee: The quiet reformer", states nothing), not opening with a quotation mark (a quoted line is read as a
 * quotation). The cue is the colon. Stateless.
 */
final class LabelledLine {

    private static final int MAX_LABEL = 4;
    private static final int MIN_CONTENT = 3;

    private LabelledLine() {
    }

    /** Reads one line, the tokens [from, end), into the content it reports, if any. */
    interface LineReader {
        Optional<IndirectSpeech.Content> read(int from, int end);
    }

    /** The labelled lines of the article, in text order, skipping lines that start inside a quotation. */
    static List<IndirectSpeech.Content> find(Annotated doc, Entities entities, boolean[] quoted) {
        return eachLine(doc, quoted, (from, end) -> labelledContent(doc.text(), doc.tokens(), entities, from, end));
    }

    /** What {@code reader} makes of each line of the article that holds tokens and does not start in a quotation. */
    static List<IndirectSpeech.Content> eachLine(Annotated doc, boolean[] quoted, LineReader reader) {
        String text = doc.text();
        List<IndirectSpeech.Content> out = new ArrayList<>();
        for (int lineStart = 0; lineStart < text.length(); ) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            int from = doc.tokenAt(lineStart);
            int end = doc.tokenAt(lineEnd);
            if (from < end && !quoted[from]) {
                reader.read(from, end).ifPresent(out::add);
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /** The content of the line of tokens [from, end) when it opens with a label and a colon. */
    private static Optional<IndirectSpeech.Content> labelledContent(String text, List<Token> tokens, Entities entities,
            int from, int end) {
        int colon = from;
        while (colon < end && colon - from <= MAX_LABEL && !tokens.get(colon).word().equals(":")) {
            colon++;
        }
        if (colon >= end || colon == from || colon - from > MAX_LABEL
                || !isLabel(text, tokens, entities, from, colon)) {
            return Optional.empty();
        }
        int last = wordsEnd(tokens, colon + 1, end);
        List<Token> content = tokens.subList(colon + 1, last);
        boolean statement = content.stream().anyMatch(t -> ContentSpan.isFinite(t.tag())) || titleCase(content);
        return last - colon - 1 < MIN_CONTENT || !statement || SpeakerFinder.isQuoteMark(tokens.get(colon + 1))
                ? Optional.empty()
                : Optional.of(new IndirectSpeech.Content(colon, tokens.get(colon + 1).start(),
                        tokens.get(last - 1).end(), from, colon));
    }

    /** The end of the tokens [floor, end) with their trailing punctuation left out, never before {@code floor}. */
    static int wordsEnd(List<Token> tokens, int floor, int end) {
        int last = end;
        while (last > floor && tokens.get(last - 1).word().matches("\\p{Punct}+")) {
            last--;
        }
        return last;
    }

    /** Words of four letters or more all capitalised, as in a headline, where the tagger cannot tell verbs. */
    static boolean titleCase(List<Token> content) {
        List<Token> words = content.stream()
                .filter(t -> t.word().length() > 3 && Character.isLetter(t.word().charAt(0))).toList();
        return !words.isEmpty() && words.stream().allMatch(t -> Character.isUpperCase(t.word().charAt(0)));
    }

    private static boolean isLabel(String text, List<Token> tokens, Entities entities, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isUpperCase(tokens.get(k).word().charAt(0))) {
                return false;
            }
        }
        Span label = new Span(tokens.get(from).start(), tokens.get(to - 1).end());
        if (TranscriptLabel.person(entities, label.of(text)).isPresent()) {
            return true;
        }
        List<Mention> named = entities.overlapping(label.start(), label.end());
        return named.size() == 1 && named.get(0).firstToken() == from && named.get(0).endToken() == to
                && (named.get(0).type() == EntityType.PERSON || named.get(0).type() == EntityType.ORGANIZATION);
    }
}
