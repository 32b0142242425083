package org.assay.ingest;

/** An input record that was not stored, and why. */
public record Failure(String label, String reason) {
}
