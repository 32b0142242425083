package org.assay.pack;

import java.util.List;
import java.util.Map;

/**
 * One upstream row of a USGS world table, as a file-format reader found it: where it is, its place and Type, its
 * figure cells (raw) with what each column says they are, and its notes cells.
 *
 * @param file    the upstream file
 * @param line    the line the row starts on
 * @param place   the place cell, raw
 * @param type    the Type cell, raw
 * @param figures the figure cells
 * @param notes   by figure kind ("production", "capacity", "reserves"), the notes cells, raw (several joined)
 */
record UsgsRow(String file, int line, String place, String type, List<Figure> figures, Map<String, String> notes) {

    /**
     * A figure cell and what its column says of it.
     *
     * @param kind "production", "capacity" or "reserves"
     * @param tag  the column's tag in a layout that has them ("Sponge", "Pigment", "ore"), else ""
     * @param year the year the column is for, or {@code null} (reserves)
     * @param unit the upstream unit label of the cell ("kt", "thousand metric tons"), "" when the file gives none
     * @param cell the cell, raw
     */
    record Figure(String kind, String tag, Integer year, String unit, String cell) {
    }

    UsgsRow {
        figures = List.copyOf(figures);
        notes = Map.copyOf(notes);
    }

    String where() {
        return file + ":" + line;
    }
}
