package org.assay.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.assay.verify.CsvTable;

/**
 * Format {@code nation-year-csv}: an upstream CSV with one row per place (by name) and year, figures in columns.
 * Places become ISO 3166 alpha-3 codes (key kind {@code iso3}) through {@link PlaceKeys}: the recipe's own spellings,
 * then {@link PackPlaces#iso3}. Names the recipe lists as {@code others} (historical states, lumped territories,
 * entries that are no place) keep their upstream name and go into the manifest's {@code key.others}, so they are
 * never read as a modern country. Rows the recipe {@code drop}s (a name in a span of years: residual rows
 * beside a divided country's parts) are left out. A name resolved neither way is warned about and its rows dropped; two
 * names that resolve to one code in one year are an error, never summed. Recipe:
 *
 * <pre>
 * source, blanks (optional), common (optional)
 * datasets [{folder, file, yearColumn, placeColumn,
 *            places {upstream name: ISO3}, others [upstream names], drop [{name, from, to}] (optional),
 *            columns [{name, from, multiply, significant, values}],
 *            manifest {..., key {column, kind: "iso3", ...}, time {column, axis: "year"}}}]
 * </pre>
 *
 * Rows are in key order, then year. Stateless.
 */
final class NationYearConverter implements Converter {

    private final Consumer<String> warn;

    NationYearConverter() {
        this(w -> System.err.println("pack: " + w));
    }

    /** @param warn told of each name the converter cannot resolve, and of recipe entries the data never use */
    NationYearConverter(Consumer<String> warn) {
        this.warn = warn;
    }

    @Override
    public List<PackDataset> convert(JsonNode recipe, Path world, PackPlaces places) throws IOException {
        Set<String> blanks = Recipes.blanks(recipe);
        List<PackDataset> out = new ArrayList<>();
        for (JsonNode spec : recipe.path("datasets")) {
            out.add(dataset(recipe, spec, world, places, blanks));
        }
        return out;
    }

    /** One output row: its key, its year and its cells. */
    private record Keyed(String key, int year, List<String> cells) {
    }

    /** Rows of one upstream name in the years {@code from} to {@code to}, inclusive, that the recipe leaves out. */
    private record Drop(String name, int from, int to) {
        boolean matches(String n, int year) {
            return n.equals(name) && year >= from && year <= to;
        }
    }

    private PackDataset dataset(JsonNode recipe, JsonNode spec, Path world, PackPlaces places, Set<String> blanks)
            throws IOException {
        String folder = Recipes.text(spec, "folder");
        CsvTable table = Recipes.table(world, recipe, Recipes.text(spec, "file"));
        String yearColumn = Recipes.text(spec, "yearColumn");
        String placeColumn = Recipes.text(spec, "placeColumn");
        PlaceKeys keys = new PlaceKeys(spec, places);
        List<Drop> drops = new ArrayList<>();
        spec.path("drop").forEach(d -> drops.add(new Drop(Recipes.text(d, "name"), d.path("from").asInt(),
                d.path("to").asInt())));
        Set<Drop> dropsUsed = new HashSet<>();
        List<CopiedColumn> columns = new ArrayList<>();
        spec.path("columns").forEach(c -> columns.add(CopiedColumn.read(c, blanks)));

        Map<String, String> nameOfKeyYear = new HashMap<>();
        List<Keyed> rows = new ArrayList<>();
        for (CsvTable.Line line : table.rows()) {
            Map<String, String> cells = Recipes.cells(table, line);
            String name = cells.get(placeColumn).strip();
            int year = PackPeriod.parse(cells.get(yearColumn), PackPeriod.Axis.YEAR).year();
            Optional<Drop> drop = drops.stream().filter(d -> d.matches(name, year)).findFirst();
            if (drop.isPresent()) {
                dropsUsed.add(drop.get());
                continue;
            }
            Optional<String> key = keys.key(name);
            if (key.isEmpty()) {
                continue;
            }
            String earlier = nameOfKeyYear.putIfAbsent(key.get() + " " + year, name);
            if (earlier != null) {
                throw new IllegalArgumentException(folder + ": \"" + earlier + "\" and \"" + name + "\" are both "
                        + key.get() + " in " + year + "; the recipe must keep one of them apart (others)");
            }
            List<String> out = new ArrayList<>();
            columns.forEach(c -> out.add(c.cell(cells.get(c.from()))));
            rows.add(new Keyed(key.get(), year, out));
        }
        keys.doubts().forEach(d -> warn.accept(folder + ": " + d));
        drops.stream().filter(d -> !dropsUsed.contains(d))
                .forEach(d -> warn.accept(folder + ": the recipe drops " + d + ", which matches no row"));

        ObjectNode manifest = Recipes.manifest(recipe, spec, folder);
        if (!keys.othersUsed().isEmpty()) {
            ArrayNode othersNode = ((ObjectNode) manifest.path("key")).putArray("others");
            keys.othersUsed().forEach(othersNode::add);
        }
        rows.sort(Comparator.comparing(Keyed::key).thenComparingInt(Keyed::year));
        List<String> header = new ArrayList<>(List.of(Recipes.manifestText(manifest, "key", "column"),
                Recipes.manifestText(manifest, "time", "column")));
        columns.forEach(c -> header.add(c.name()));
        List<List<String>> cells = new ArrayList<>();
        for (Keyed r : rows) {
            List<String> row = new ArrayList<>(List.of(r.key(), new PackPeriod(PackPeriod.Axis.YEAR, r.year()).cell()));
            row.addAll(r.cells());
            cells.add(row);
        }
        return new PackDataset(folder, manifest, header, cells);
    }
}
