package org.assay.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.assay.verify.CsvTable;

/**
 * Format {@code dated-panel}: many series in one long file, a date column, a column naming the series and a figure
 * column ({@code Date,Country,Exchange rate}), each series a ratio that can be quoted either way round (an exchange
 * rate). The table gets a key column, a time column, the figure in the recipe's direction ({@code figure}) and its
 * inverse ({@code inverse}), as the dataset's manifest names them.
 *
 * <p>The recipe's {@code keys} maps each upstream series name to the key the table writes (an ISO 4217 code), either
 * one key or a list of spans [{key, from, to}] (dates, inclusive) when the unit of a series changed (a redenomination):
 * a period that no span holds whole is left out. {@code quotedInverse} lists the series whose upstream figures are in
 * the inverse direction: their figure is the inverse of the cell. A figure as published is written as it is; an
 * inverse has {@code inverseDigits} significant digits. A series the recipe does not name is left out with a warning;
 * a row without a figure is skipped; rows are written by key, then date. What was done is appended to the provenance.
 */
final class DatedPanelConverter implements Converter {

    private static final String UNKNOWN = "of a series the recipe does not name: left out";

    private final Consumer<String> warnings;

    DatedPanelConverter() {
        this(System.err::println);
    }

    /** @param warnings told of each series the recipe does not name */
    DatedPanelConverter(Consumer<String> warnings) {
        this.warnings = warnings;
    }

    /** The key a series has over a span of days (inclusive; null is open). */
    private record Span(String key, LocalDate from, LocalDate to) {
    }

    /** A table row before it is written: sorted by key, then period. */
    private record Cell(String key, Period period) implements Comparable<Cell> {
        @Override
        public int compareTo(Cell o) {
            int c = key.compareTo(o.key);
            return c != 0 ? c : period.compareTo(o.period);
        }
    }

    @Override
    public List<PackDataset> convert(JsonNode recipe, Path world, PackPlaces places) throws IOException {
        String source = RecipeManifest.required(recipe, "source", "dated-panel recipe");
        Map<String, List<Span>> keys = keys(recipe.path("keys"));
        Set<String> inverse = new HashSet<>();
        recipe.path("quotedInverse").forEach(n -> inverse.add(n.asText()));
        for (String name : inverse) {
            if (!keys.containsKey(name)) {
                throw new IllegalStateException("quotedInverse names \"" + name + "\", which keys does not map");
            }
        }
        int digits = recipe.path("inverseDigits").asInt(6);
        List<PackDataset> out = new ArrayList<>();
        for (JsonNode d : recipe.path("datasets")) {
            out.add(dataset(recipe.get("manifest"), d, world, source, keys, inverse, digits));
        }
        return out;
    }

    private PackDataset dataset(JsonNode shared, JsonNode d, Path world, String source, Map<String, List<Span>> keys,
                                Set<String> inverse, int digits) throws IOException {
        JsonNode own = d.path("manifest");
        String id = RecipeManifest.required(own, "id", "dated-panel dataset");
        JsonNode merged = RecipeManifest.of(shared, own, "");
        JsonNode time = merged.path("time");
        String figureColumn = RecipeManifest.required(d, "figure", id);
        String inverseColumn = RecipeManifest.required(d, "inverse", id);
        Set<String> measured = new HashSet<>();
        merged.path("measures").forEach(m -> measured.add(m.path("column").asText()));
        if (!measured.equals(Set.of(figureColumn, inverseColumn))) {
            throw new IllegalStateException(id + ": the measures must be the columns " + figureColumn + " and "
                    + inverseColumn);
        }
        UpstreamTable upstream = UpstreamTable.read(world, source, RecipeManifest.required(d, "file", id));
        PeriodReader dates = new PeriodReader(RecipeManifest.required(d, "dates", id),
                RecipeManifest.required(time, "axis", id + " time"));
        int date = upstream.column(RecipeManifest.required(d, "dateColumn", id));
        int series = upstream.column(RecipeManifest.required(d, "seriesColumn", id));
        int value = upstream.column(RecipeManifest.required(d, "valueColumn", id));
        ConversionReport report = new ConversionReport(upstream.name());
        TreeMap<Cell, String[]> cells = new TreeMap<>();
        Set<String> unknown = new TreeSet<>();
        Set<String> inverted = new TreeSet<>();
        int read = 0;
        for (CsvTable.Line line : upstream.table().rows()) {
            read++;
            String cell = UpstreamTable.cell(line, date);
            Period p = dates.read(cell).orElseThrow(() -> new IllegalStateException(upstream.name() + ":"
                    + line.number() + ": \"" + cell + "\" is not a date of the pattern " + dates.pattern()));
            String name = UpstreamTable.cell(line, series);
            String figure = UpstreamTable.cell(line, value);
            List<Span> spans = keys.get(name);
            if (spans == null) {
                if (unknown.add(name)) {
                    report.row(UNKNOWN, name);
                }
                continue;
            }
            String key = spans.stream().filter(s -> p.within(s.from, s.to)).map(Span::key).findFirst().orElse(null);
            if (key == null) {
                report.row("in a period that spans a change of unit: left out", name + " " + p.cell());
                continue;
            }
            BigDecimal v = PackNumbers.number(figure).filter(x -> x.signum() != 0).orElse(null);
            if (v == null) {
                report.row("without a figure: skipped", name + " " + p.cell());
                continue;
            }
            boolean flip = inverse.contains(name);
            if (flip) {
                inverted.add(name + " (" + key + ")");
            }
            String[] pair = flip ? new String[] {PackNumbers.inverse(v, digits), figure}
                    : new String[] {figure, PackNumbers.inverse(v, digits)};
            String[] before = cells.putIfAbsent(new Cell(key, p), pair);
            if (before != null) {
                if (PackNumbers.number(before[0]).orElseThrow().compareTo(PackNumbers.number(pair[0]).orElseThrow()) != 0) {
                    throw new IllegalStateException(upstream.name() + ":" + line.number() + ": " + key + " "
                            + p.cell() + " is given twice, as " + before[0] + " and " + pair[0]);
                }
                report.row("repeating an earlier row: dropped", key + " " + p.cell());
            }
        }
        report.warn(UNKNOWN, warnings);
        report.fact(read + " rows read");
        report.fact(cells.size() + " rows written for " + cells.keySet().stream().map(Cell::key).distinct().count()
                + " keys, sorted by key and date");
        report.fact(inverted.isEmpty() ? "every series is quoted as " + figureColumn + " upstream: " + figureColumn
                + " is the figure as published, " + inverseColumn + " its inverse to " + digits + " significant digits"
                : "the series " + String.join(", ", inverted) + " are quoted as " + inverseColumn + " upstream: their "
                + figureColumn + " is the inverse to " + digits + " significant digits; other series' "
                + inverseColumn + " is the inverse of the published " + figureColumn);
        String keyColumn = RecipeManifest.required(merged.path("key"), "column", id + " key");
        List<String> header = List.of(keyColumn, RecipeManifest.required(time, "column", id + " time"), figureColumn,
                inverseColumn);
        List<List<String>> rows = new ArrayList<>();
        cells.forEach((c, pair) -> rows.add(List.of(c.key, c.period.cell(), pair[0], pair[1])));
        return new PackDataset(id, RecipeManifest.of(shared, own, report.sentence()), header, rows);
    }

    private static Map<String, List<Span>> keys(JsonNode node) {
        if (!node.isObject() || node.isEmpty()) {
            throw new IllegalStateException("a dated-panel recipe maps series names to keys in \"keys\"");
        }
        Map<String, List<Span>> out = new TreeMap<>();
        node.fields().forEachRemaining(e -> {
            List<Span> spans = new ArrayList<>();
            if (e.getValue().isTextual()) {
                spans.add(new Span(e.getValue().asText(), null, null));
            } else {
                for (JsonNode s : e.getValue()) {
                    spans.add(new Span(RecipeManifest.required(s, "key", "keys " + e.getKey()),
                            s.has("from") ? LocalDate.parse(s.get("from").asText()) : null,
                            s.has("to") ? LocalDate.parse(s.get("to").asText()) : null));
                }
            }
            out.put(e.getKey(), spans);
        });
        return out;
    }
}
