package org.assay.store;

/** What saving one analysis did. */
public enum SaveOutcome {
    /** A new article. */
    INSERTED,
    /** The article was there from another analyzer version (or a forced re-analysis): its rows were replaced. */
    REPLACED,
    /** The article was there, analysed by the same analyzer version: nothing changed. */
    UNCHANGED
}
