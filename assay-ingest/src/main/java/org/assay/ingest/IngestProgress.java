package org.assay.ingest;

/**
 * Where an ingest stands.
 *
 * @param done     records finished (stored, unchanged, skipped or failed)
 * @param total    records expected, or -1 when the inputs do not say beforehand (feeds, WARC, JSON Lines)
 * @param stored   articles written (inserted or replaced)
 * @param failures records that failed
 */
public record IngestProgress(int done, int total, int stored, int failures) {
}
