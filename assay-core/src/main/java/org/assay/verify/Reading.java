package org.assay.verify;

/**
 * What reading a claim gave: a {@link Lookup} to run, or why there is none (UNCHECKED: no dataset holds the measure;
 * NOT_ENOUGH_DATA: one does, and cannot decide), in one sentence.
 */
record Reading(Lookup lookup, VerdictStatus status, String reason) {

    static Reading of(Lookup lookup) {
        return new Reading(lookup, null, null);
    }

    static Reading skip(VerdictStatus status, String reason) {
        return new Reading(null, status, reason);
    }
}
