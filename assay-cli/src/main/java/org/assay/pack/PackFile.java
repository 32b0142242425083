package org.assay.pack;

import java.util.Objects;

/**
 * A file of the pack that is not a dataset (the place groups, {@code groups.tsv}), written beside the dataset folders
 * as it is.
 *
 * @param name the file's name in the pack folder ("groups.tsv"), no folders
 * @param text its content, UTF-8, LF line endings
 */
public record PackFile(String name, String text) {

    public PackFile {
        Objects.requireNonNull(text, "text");
        if (name == null || name.isBlank() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("a pack file needs a plain file name, not \"" + name + "\"");
        }
    }
}
