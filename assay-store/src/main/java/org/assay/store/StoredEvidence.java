package org.assay.store;

/** One piece of reference data a stored verdict rests on. */
public record StoredEvidence(String dataset, String edition, String detail) {
}
