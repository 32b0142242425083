package org.assay.eval;

import org.assay.article.Span;

/**
 * The comparable part of a quoted stretch: its span without quotation marks, surrounding white space and final
 * punctuation (docs/CONTRACT.md, "Gold files").
 */
final class QuoteText {

    private static final String MARKS = "\"“”„‟«»‹›'‘’‚‛`";
    private static final String FINAL_PUNCTUATION = ".,;:!?…—–-";

    private QuoteText() {
    }

    /** {@code span} narrowed to its comparable part in {@code text}; an empty span when nothing is left. */
    static Span trim(String text, Span span) {
        int start = span.start();
        int end = span.end();
        while (start < end && isEdge(text.charAt(start))) {
            start++;
        }
        while (end > start && (isEdge(text.charAt(end - 1)) || FINAL_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return new Span(start, end);
    }

    static boolean isQuotationMark(char c) {
        return MARKS.indexOf(c) >= 0;
    }

    private static boolean isEdge(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || isQuotationMark(c);
    }
}
