package org.assay.quote;

import java.util.Objects;
import org.assay.article.Span;

/**
 * A statement the article reports.
 *
 * @param id         unique within one analysis ({@code q1}, ...)
 * @param text       the quoted words without the quotation marks, or the content of indirect speech
 * @param start      offset of {@code text} in the article
 * @param cue        the word or phrase that introduces it ("said", "according to"), or {@code null}
 * @param speaker    who said it, or {@code null} when nothing in the text supports a speaker
 * @param confidence how sure the attribution is, 0 to 1
 * @param reportedBy the outlet or person that relayed the words when the text names one ("told the BBC", "the
 *                   Tribune quoted him as saying"), or {@code null}; the speaker stays the one who said them
 */
public record Quote(String id, QuoteKind kind, String text, int start, int end, String cue, Speaker speaker,
                    double confidence, Speaker reportedBy) {

    /** A quote that no one relayed. */
    public Quote(String id, QuoteKind kind, String text, int start, int end, String cue, Speaker speaker,
                 double confidence) {
        this(id, kind, text, start, end, cue, speaker, confidence, null);
    }

    public Quote {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (end - start != text.length()) {
            throw new IllegalArgumentException("quote text length " + text.length() + " != span " + start + ".." + end);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence " + confidence + " outside [0, 1]");
        }
    }

    /** This quote with {@code relay} as the one who relayed it. */
    public Quote reportedBy(Speaker relay) {
        return new Quote(id, kind, text, start, end, cue, speaker, confidence, relay);
    }

    public Span span() {
        return new Span(start, end);
    }
}
