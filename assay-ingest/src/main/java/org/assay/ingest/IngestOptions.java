package org.assay.ingest;

import java.util.Objects;

/**
 * How to ingest.
 *
 * @param threads         analysis threads (all cores by default)
 * @param batchSize       articles per write transaction
 * @param analyzerVersion recorded with each article; an article stored by this version is skipped
 * @param replace         re-analyse and replace articles even when stored by this version
 * @param dryRun          analyse but write nothing (to time analysis alone on the same inputs); analysed articles
 *                        are counted as inserted
 */
public record IngestOptions(int threads, int batchSize, String analyzerVersion, boolean replace, boolean dryRun) {

    public IngestOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
        }
        Objects.requireNonNull(analyzerVersion, "analyzerVersion");
    }

    public static IngestOptions defaults(String analyzerVersion) {
        return new IngestOptions(Runtime.getRuntime().availableProcessors(), 32, analyzerVersion, false, false);
    }
}
