package org.assay.quote;

/**
 * A stretch of text between quotation marks, before attribution.
 *
 * @param open      offset of the opening mark; for a stretch continuing a quote without a repeated mark, of its
 *                  first character
 * @param textStart offset of the first character inside the marks
 * @param textEnd   offset just past the last character inside the marks
 * @param close     offset of the closing mark, or -1 when the quote runs on past its paragraph
 * @param paragraph index of the paragraph holding the opening mark
 * @param continues true when this stretch continues a quote left open at the end of the previous paragraph
 * @param single    true for single quotation marks
 */
record Quotation(int open, int textStart, int textEnd, int close, int paragraph, boolean continues, boolean single) {

    Quotation {
        if (textStart < 0 || textEnd < textStart) {
            throw new IllegalArgumentException("bad quotation " + textStart + ".." + textEnd);
        }
    }

    boolean closed() {
        return close >= 0;
    }

    /** Offset just past the closing mark, or the end of the text when unclosed. */
    int after() {
        return closed() ? close + 1 : textEnd;
    }
}
