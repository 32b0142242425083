package org.assay.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a converter did to one upstream file on the way to a dataset, told in the dataset's provenance and, for rows it
 * could not place, as warnings. Each kind of change is listed with the rows it touched (the first few named). Not
 * thread-safe: one per dataset being made.
 */
final class ConversionReport {

    private static final int NAMED = 5;

    private final String file;
    private final Map<String, List<String>> changes = new LinkedHashMap<>();
    private final List<String> facts = new ArrayList<>();

    ConversionReport(String file) {
        this.file = file;
    }

    /** A change to some rows: {@code what} ("without a figure: skipped"), {@code row} naming one ("2018-01-05"). */
    void row(String what, String row) {
        changes.computeIfAbsent(what, k -> new ArrayList<>()).add(row);
    }

    /** A statement about the whole conversion ("9958 rows read"). */
    void fact(String sentence) {
        facts.add(sentence);
    }

    /** Tells {@code warnings} of each row listed under {@code what}. */
    void warn(String what, Consumer<String> warnings) {
        for (String row : changes.getOrDefault(what, List.of())) {
            warnings.accept("warning: " + file + ": " + what + ": " + row);
        }
    }

    /**
     * The provenance sentence: "Converted by ./assay pack from eia-gas/daily.csv: 7437 rows read; 1 row without a
     * figure: skipped (2018-01-05)."
     */
    String sentence() {
        StringBuilder out = new StringBuilder("Converted by ./assay pack from ").append(file).append(": ");
        List<String> parts = new ArrayList<>(facts);
        changes.forEach((what, rows) -> parts.add(rows.size() + (rows.size() == 1 ? " row " : " rows ") + what + " ("
                + named(rows) + ")"));
        out.append(String.join("; ", parts)).append('.');
        return out.toString();
    }

    private static String named(List<String> rows) {
        if (rows.size() <= NAMED) {
            return String.join(", ", rows);
        }
        return String.join(", ", rows.subList(0, NAMED)) + " and " + (rows.size() - NAMED) + " more";
    }
}
