package org.assay.claim;

/** What sort of fact a claim asserts. */
public enum ClaimKind {
    QUANTITY, PERCENTAGE, RANKING, COMPARISON, CHANGE, EVENT, OTHER
}
