package org.assay.verify;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One CSV row of a dataset.
 *
 * @param key     the key cell as the publisher wrote it ("Burma", "KIIS")
 * @param entity  what the row is about, resolved: the canonical country for a country key ("Myanmar"), else the key
 * @param line    the CSV line the row starts on
 * @param figures the measure cells that hold a number, by column; a blank cell is absent (no figure, never zero)
 * @param cells   every cell but the measures' figures, by column, as written
 * @param time    in a long table, the start of the period the row is for (2004 is 2004-01-01, 2004-Q3 2004-07-01,
 *                2004-08 2004-08-01); {@code null} in a fixed-year edition
 */
public record Row(String key, String entity, int line, Map<String, Double> figures, Map<String, String> cells,
                  LocalDate time) {

    public Row(String key, String entity, int line, Map<String, Double> figures, Map<String, String> cells) {
        this(key, entity, line, figures, cells, null);
    }

    public Row {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(entity, "entity");
        figures = Map.copyOf(figures);
        cells = Map.copyOf(cells);
    }

    public OptionalDouble figure(Measure m) {
        Double v = figures.get(m.column());
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** The qualifier written beside the figure ("more than"), or "" when none. */
    public String qualifier(Measure m) {
        return m.qualifierColumn() == null ? "" : cells.getOrDefault(m.qualifierColumn(), "").strip();
    }

    public String cell(String column) {
        return column == null ? "" : cells.getOrDefault(column, "");
    }

    /** The cell as a date, or {@code null} when blank or not a date. */
    public LocalDate date(String column) {
        try {
            String v = cell(column);
            return v.isBlank() ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
