package org.assay.verify;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The column that names what each row is about.
 *
 * @param column  the CSV column ("country", "pollster")
 * @param kind    what its values are: {@code country} (resolved through the entity stage's country gazetteer) or anything else (kept as is)
 * @param total   the row holding the world (or overall) total, or {@code null}
 * @param others  rows that lump several keys together ("Other countries"): never ranked, never an entity
 * @param aliases extra names for a key value ({@code "Burma": ["Myanmar"]})
 * @param fixed   the one place every row is about when the table has no key column ("United States"), or {@code null}
 * @param groups  key values that are aggregates, mapped to the group they total ({@code "EUU": "European Union"})
 */
public record KeyColumn(String column, String kind, String total, List<String> others, Map<String, List<String>> aliases,
                        String fixed, Map<String, String> groups) {

    public KeyColumn {
        if (column == null && fixed == null) {
            throw new IllegalArgumentException("a key needs a column or a fixed place");
        }
        kind = kind == null ? "name" : kind;
        others = List.copyOf(others);
        aliases = Map.copyOf(aliases);
        groups = Map.copyOf(groups);
    }

    public KeyColumn(String column, String kind, String total, List<String> others, Map<String, List<String>> aliases) {
        this(column, kind, total, others, aliases, null, Map.of());
    }

    /** Key values are places: country names (through the gazetteer) or ISO 3166 alpha-3 codes. */
    public boolean isCountry() {
        return kind.equals("country") || kind.equals("iso3");
    }
}
