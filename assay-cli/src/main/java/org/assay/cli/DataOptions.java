package org.assay.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --data DIR} (repeatable): reference-data folders added to the bundled pack. */
final class DataOptions {

    @Option(names = "--data", paramLabel = "DIR",
            description = "a folder of reference datasets (dataset.json + CSV), added to the bundled pack; repeatable")
    List<Path> folders = new ArrayList<>();

    /** The folders given; a folder that does not exist is a user error. */
    List<Path> folders() {
        for (Path p : folders) {
            if (!Files.isDirectory(p)) {
                throw new UserError("--data: no such folder: " + p);
            }
        }
        return List.copyOf(folders);
    }
}
