package org.assay.verify;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The column that names what each row is about.
 *
 * @param column  the CSV column ("country", "pollster")
 * @param kind    what its values are: {@code country} (resolved through {@link Places}) or anything else (kept as is)
 * @param total   the row holding the world (or overall) total, or {@code null}
 * @param others  rows that lump several keys together ("Other countries"): never ranked, never an entity
 * @param aliases extra names for a key value ({@code "Burma": ["Myanmar"]})
 */
public record KeyColumn(String column, String kind, String total, List<String> others, Map<String, List<String>> aliases) {

    public KeyColumn {
        Objects.requireNonNull(column, "column");
        kind = kind == null ? "name" : kind;
        others = List.copyOf(others);
        aliases = Map.copyOf(aliases);
    }

    public boolean isCountry() {
        return kind.equals("country");
    }
}
