package org.assay.eval;

import org.assay.article.Span;

/** A gold quote or statement located in its article, as the quote scorer needs it. */
interface GoldStatement {

    /** Where it stands in the article (before trimming by {@link QuoteText}). */
    Span span();

    /** Optional items count neither as a miss when absent nor as an error when found. */
    boolean optional();

    /** The gold speaker as a person reads it: a canonical name, or the Source text for PolNeAR. */
    String speakerLabel();
}
