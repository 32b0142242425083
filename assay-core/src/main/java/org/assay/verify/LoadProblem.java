package org.assay.verify;

import java.util.Objects;

/**
 * Something wrong in a dataset's manifest or CSV, named by file and line; the rest of the data still loads.
 *
 * @param file    the file, as the user knows it (path or pack resource)
 * @param line    1-based line, or 0 when the problem is the whole file
 * @param message what is wrong, and what was done about it
 */
public record LoadProblem(String file, int line, String message) {

    public LoadProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
