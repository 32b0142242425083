package org.assay.pack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assay.verify.CsvTable;

/** One verbatim upstream CSV file (LF or CRLF lines, BOM or none) and its columns by name. Immutable. */
record UpstreamTable(String name, CsvTable table) {

    /** Reads {@code world/source/file}. */
    static UpstreamTable read(Path world, String source, String file) throws IOException {
        Path p = world.resolve(source).resolve(file);
        return new UpstreamTable(source + "/" + file, CsvTable.parse(Files.readString(p, StandardCharsets.UTF_8)));
    }

    /** The index of a column the recipe names; a column the file lacks is an error in the recipe. */
    int column(String header) {
        int i = table.column(header);
        if (i < 0) {
            throw new IllegalStateException(name + ": no column \"" + header + "\" in the header " + table.header());
        }
        return i;
    }

    /** The cell of a row, or "" for a short row. */
    static String cell(CsvTable.Line line, int column) {
        return column < line.cells().size() ? line.cells().get(column) : "";
    }
}
