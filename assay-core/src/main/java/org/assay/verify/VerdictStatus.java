package org.assay.verify;

/** The outcome of checking a claim. */
public enum VerdictStatus {
    SUPPORTED,
    CONTRADICTED,
    /** A dataset covers the measure but cannot decide this claim (no figure for the entity, say). */
    NOT_ENOUGH_DATA,
    /** No reference dataset covers the claim. */
    UNCHECKED
}
