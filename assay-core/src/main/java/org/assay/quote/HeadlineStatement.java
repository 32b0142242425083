package org.assay.quote;

import java.util.List;
import java.util.Optional;
import org.assay.entity.Entities;
import org.assay.entity.EntityType;
import org.assay.entity.Mention;
import org.assay.nlp.Annotated;
import org.assay.nlp.Token;

/**
 * A headline in title case that reports what someone says, in one of the two shapes headlines use:
 * {@code Clinton Says Russians Hacked DNC} (speaker, cue, content) and {@code Trump Is Like A Lawyer’s Client, Trevor
 * Noah Says} (content, comma, speaker, cue). The tagger cannot tell verbs in title case, so the line is read from its
 * shape alone:
 * <ul>
 *   <li>every word of four letters or more is capitalised ({@link LabelledLine#titleCase});</li>
 *   <li>the cue is a capitalised cue word in the present ("Says", "Warns") or "Said";</li>
 *   <li>the speaker is at most {@value #MAX_SPEAKER} tokens, ending in the name or surname of a person the article
 *       names, or in an organisation;</li>
 *   <li>the content is at least {@value #MIN_CONTENT} tokens.</li>
 * </ul>
 * The content is INDIRECT speech by the speaker. Stateless.
 */
final class HeadlineStatement {

    private static final int MAX_SPEAKER = 6;
    private static final int MIN_CONTENT = 3;

    private HeadlineStatement() {
    }

    /** The headline statements of the article, in text order, skipping lines that start inside a quotation. */
    static List<IndirectSpeech.Content> find(Annotated doc, Entities entities, boolean[] quoted) {
        return LabelledLine.eachLine(doc, quoted,
                (from, end) -> statement(doc.text(), doc.tokens(), entities, from, end));
    }

    /** The statement of the line of tokens [from, end), when it is a headline of either shape. */
    private static Optional<IndirectSpeech.Content> statement(String text, List<Token> tokens, Entities entities,
            int from, int end) {
        int last = LabelledLine.wordsEnd(tokens, from, end);
        if (last - from < MIN_CONTENT + 2 || !LabelledLine.titleCase(tokens.subList(from, last))) {
            return Optional.empty();
        }
        int finalCue = last - 1;
        if (isCue(tokens.get(finalCue)) && !tokens.get(finalCue - 1).word().equals(",")) {
            int comma = finalCue - 1;
            while (comma > from && !tokens.get(comma).word().equals(",")) {
                comma--;
            }
            if (comma - from >= MIN_CONTENT && names(text, tokens, entities, comma + 1, finalCue)) {
                return Optional.of(new IndirectSpeech.Content(finalCue, tokens.get(from).start(),
                        tokens.get(comma - 1).end(), comma + 1, finalCue));
            }
            return Optional.empty();
        }
        for (int cue = from + 1; cue <= from + MAX_SPEAKER && cue < last - MIN_CONTENT; cue++) {
            if (isCue(tokens.get(cue))) {
                return names(text, tokens, entities, from, cue)
                        ? Optional.of(new IndirectSpeech.Content(cue, tokens.get(cue + 1).start(),
                                tokens.get(last - 1).end(), from, cue))
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean isCue(Token t) {
        String w = t.word();
        return Character.isUpperCase(w.charAt(0)) && (w.equals("Said") || w.endsWith("s") && Cues.isCue(w));
    }

    /**
     * Whether tokens [from, to) are at most a few words that end in the name or surname of a person the article names
     * ("Mayor Okafor"), or in an organisation found there (the tagger often misreads names in title case).
     */
    private static boolean names(String text, List<Token> tokens, Entities entities, int from, int to) {
        if (to <= from || to - from > MAX_SPEAKER) {
            return false;
        }
        if (TranscriptLabel.person(entities, text.substring(tokens.get(from).start(), tokens.get(to - 1).end()))
                .isPresent()) {
            return true;
        }
        List<Mention> named = entities.overlapping(tokens.get(from).start(), tokens.get(to - 1).end());
        return named.stream().anyMatch(m -> m.endToken() == to
                && (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION));
    }
}
