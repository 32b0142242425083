package org.assay.quote;

/** How a statement is reported. */
public enum QuoteKind {
    /** A full quoted sentence. */
    DIRECT,
    /** A quoted fragment inside reported speech. */
    PARTIAL,
    /** Reported speech without quotation marks; the quote's text is the content span. */
    INDIRECT,
    /** A quoted word or phrase used as a label or scare quote. */
    TERM
}
