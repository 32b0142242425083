package org.assay.verify;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed CSV file (RFC 4180: comma separated, double quotes around cells that hold commas, quotes or line breaks),
 * its rows numbered by the line they start on, so problems can name file and line.
 *
 * @param header the first row's cells, trimmed
 * @param rows   the data rows (blank lines skipped)
 */
public record CsvTable(List<String> header, List<Line> rows) {

    /** One data row and the 1-based line it starts on. */
    public record Line(int number, List<String> cells) {
        public Line {
            cells = List.copyOf(cells);
        }
    }

    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** Parses {@code text}; an unterminated quote ends the file (reported by the caller as a short row). */
    public static CsvTable parse(String text) {
        List<Line> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                end(lines, cells, cell, rowStart);
                line++;
                rowStart = line;
            } else {
                cell.append(c);
            }
        }
        end(lines, cells, cell, rowStart);
        if (lines.isEmpty()) {
            return new CsvTable(List.of(), List.of());
        }
        return new CsvTable(lines.get(0).cells(), lines.subList(1, lines.size()));
    }

    private static void end(List<Line> lines, List<String> cells, StringBuilder cell, int rowStart) {
        cells.add(cell.toString().strip());
        cell.setLength(0);
        boolean blank = cells.stream().allMatch(String::isEmpty);
        if (!blank) {
            lines.add(new Line(rowStart, cells));
        }
        cells.clear();
    }

    public int column(String name) {
        return header.indexOf(name);
    }
}
