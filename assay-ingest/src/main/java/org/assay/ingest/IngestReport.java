package org.assay.ingest;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of an ingest.
 *
 * @param read      records read from the inputs (articles and broken records)
 * @param inserted  new articles stored
 * @param replaced  stored articles whose rows were replaced by a new analysis
 * @param unchanged articles already stored by this analyzer version (or read twice), left as they were
 * @param failures  records not stored, with the reason, in the order they failed
 */
public record IngestReport(int read, int inserted, int replaced, int unchanged, List<Failure> failures,
                           Duration elapsed) {

    public IngestReport {
        failures = List.copyOf(failures);
    }

    /** One line: counts, time and rate. */
    public String summary() {
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        return String.format("%d read, %d stored, %d replaced, %d unchanged, %d failed in %.1f s (%.1f articles/s)",
                read, inserted, replaced, unchanged, failures.size(), seconds, (inserted + replaced) / seconds);
    }
}
