package org.assay.pack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * One dataset the converter writes: its folder name, its manifest (docs/datasets.md) and its table.
 *
 * @param folder   the folder in the pack, also the manifest's id ("usgs-mcs2025-copper")
 * @param manifest the manifest, every key but {@code file} set (the writer sets it)
 * @param header   the table's column names
 * @param rows     the table's rows, each as long as the header, cells as they are to be written
 */
public record PackDataset(String folder, ObjectNode manifest, List<String> header, List<List<String>> rows) {

    public PackDataset {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(manifest, "manifest");
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        for (List<String> r : rows) {
            if (r.size() != header.size()) {
                throw new IllegalArgumentException(folder + ": a row of " + r.size() + " cells under a header of "
                        + header.size() + ": " + r);
            }
        }
    }
}
