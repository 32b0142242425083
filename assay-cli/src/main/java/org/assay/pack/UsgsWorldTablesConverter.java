package org.assay.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.assay.verify.CsvTable;

/**
 * Format {@code usgs-mcs-world-tables}: a USGS Mineral Commodity Summaries data release with one world table per
 * commodity ({@code mcs2024-coppe_world.csv}): columns Source, Country, Type (the third column, whatever its header
 * says), then figure columns whose names carry kind, tag, unit and year ({@code Prod_kt_est_2023},
 * {@code Cap_Pigment_t_2023}, {@code Reserves_ore_K2O_equiv_kt}) and notes columns ({@code Prod_notes},
 * {@code Reserves_note}); a UTF-8 BOM, CRLF lines, trailing columns with empty headers (ignored). The unit labels the
 * names may carry are the recipe's {@code units}. Every {@code *_world.csv} of the folder must belong to one commodity
 * of the vocabulary. Stateless.
 */
final class UsgsWorldTablesConverter implements Converter {

    private static final int PLACE = 1;
    private static final int TYPE = 2;
    private static final Map<String, String> KINDS = Map.of("prod", "production", "cap", "capacity",
            "reserves", "reserves");

    private final UsgsDatasetBuilder builder = new UsgsDatasetBuilder();

    @Override
    public List<PackDataset> convert(JsonNode recipe, Path world, PackPlaces places) throws IOException {
        UsgsEdition e = UsgsRecipe.read(recipe);
        Path folder = world.resolve(e.folder());
        TreeSet<String> unclaimed = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("_world.csv")).forEach(unclaimed::add);
        }
        List<PackDataset> out = new ArrayList<>();
        for (UsgsCommodity c : e.commodities()) {
            List<UsgsRow> rows = new ArrayList<>();
            for (String file : c.sources()) {
                if (!unclaimed.remove(file)) {
                    throw new IllegalStateException(e.key() + ": " + c.slug() + " names " + file
                            + ", which is not in " + folder + " or belongs to another commodity");
                }
                rows.addAll(rows(folder.resolve(file), e));
            }
            builder.build(e, c, rows, "file" + (c.sources().size() > 1 ? "s " : " ") + String.join(", ", c.sources()),
                    places, w -> System.err.println("usgs-mcs: " + w)).ifPresent(out::add);
        }
        if (!unclaimed.isEmpty()) {
            throw new IllegalStateException(e.key() + ": no commodity of the USGS vocabulary reads " + unclaimed);
        }
        return out;
    }

    /** The rows of one table, each with its figure and notes cells named by what their headers say. */
    static List<UsgsRow> rows(Path file, UsgsEdition e) throws IOException {
        String name = file.getFileName().toString();
        CsvTable t = CsvTable.parse(Files.readString(file, StandardCharsets.UTF_8));
        Map<Integer, UsgsRow.Figure> figures = new LinkedHashMap<>();
        Map<Integer, String> notes = new HashMap<>();
        for (int i = TYPE + 1; i < t.header().size(); i++) {
            String h = t.header().get(i);
            if (h.isBlank()) {
                continue;
            }
            String[] parts = h.split("_");
            String kind = KINDS.get(parts[0].toLowerCase(Locale.ROOT));
            if (kind != null && parts.length == 2 && parts[1].toLowerCase(Locale.ROOT).matches("notes?")) {
                notes.put(i, kind);
                continue;
            }
            UsgsRow.Figure f = kind == null ? null : figure(kind, parts, e);
            if (f == null) {
                throw new IllegalStateException(name + ": column \"" + h + "\" is neither a figure nor a notes column");
            }
            figures.put(i, f);
        }
        List<UsgsRow> rows = new ArrayList<>();
        for (CsvTable.Line l : t.rows()) {
            List<String> cells = l.cells();
            String place = cell(cells, PLACE);
            if (UsgsCell.tidy(place).isEmpty()) {
                if (cells.stream().skip(PLACE + 1).anyMatch(c -> !UsgsCell.tidy(c).isEmpty())) {
                    throw new IllegalStateException(name + ":" + l.number() + ": a row with figures but no place");
                }
                continue;
            }
            List<UsgsRow.Figure> fs = new ArrayList<>();
            figures.forEach((i, f) -> fs.add(new UsgsRow.Figure(f.kind(), f.tag(), f.year(), f.unit(), cell(cells, i))));
            Map<String, String> ns = new LinkedHashMap<>();
            notes.forEach((i, kind) -> ns.merge(kind, cell(cells, i), (a, b) -> a + " " + b));
            rows.add(new UsgsRow(name, l.number(), place, cell(cells, TYPE), fs, ns));
        }
        return rows;
    }

    /**
     * A figure column's name read: kind, then tags, then a unit label of the recipe, then "est" and a year, any of
     * the last two absent ("Prod_Sponge_t_Est_2022", "Reserves_kt_2023", "Reserves_ore_K2O_equiv_kt"); null when
     * the name has no unit label the recipe knows.
     */
    private static UsgsRow.Figure figure(String kind, String[] parts, UsgsEdition e) {
        for (int u = 1; u < parts.length; u++) {
            if (!e.units().containsKey(parts[u])) {
                continue;
            }
            String tag = String.join("_", Arrays.copyOfRange(parts, 1, u));
            Integer year = null;
            for (int i = u + 1; i < parts.length; i++) {
                if (parts[i].matches("\\d{4}")) {
                    year = Integer.valueOf(parts[i]);
                } else if (!parts[i].equalsIgnoreCase("est")) {
                    return null;
                }
            }
            return new UsgsRow.Figure(kind, tag, kind.equals("reserves") ? null : year, parts[u], "");
        }
        return null;
    }

    private static String cell(List<String> cells, int i) {
        return i < cells.size() ? cells.get(i) : "";
    }
}
