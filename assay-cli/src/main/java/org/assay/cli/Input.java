package org.assay.cli;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One article to read: a file, or standard input when {@code path} is {@code null}.
 *
 * @param id       the article id: the file name without extension, or its path below the folder it was found in
 * @param relative where its output goes below {@code --out}, without extension
 */
record Input(Path path, String id, String relative) {

    Input {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(relative, "relative");
    }

    static Input stdin() {
        return new Input(null, "stdin", "stdin");
    }

    boolean isStdin() {
        return path == null;
    }

    /** How messages name it: the path as the user gave it, or "-". */
    String label() {
        return path == null ? "-" : path.toString();
    }
}
