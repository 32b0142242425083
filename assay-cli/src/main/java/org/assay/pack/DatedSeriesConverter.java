package org.assay.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.assay.verify.CsvTable;

/**
 * Format {@code dated-series}: one series per file, a date column and a figure column ({@code Date,Price}), such as a
 * daily spot price, a monthly average dated on the 15th or a policy rate listed on the dates it changed. Each recipe
 * dataset names its file, its two columns and how the file dates a period ({@link PeriodReader}); its manifest's
 * {@code time} and single measure name the table's two columns.
 *
 * <p>Rows are written in date order, each period once, its figure as published. A row without a figure (blank, "NA")
 * is skipped; two rows for one period are one row when they agree and an error when they do not. A step series
 * ({@code time.holds = "until-next"}) keeps only the rows that change the figure in force. Optional per dataset:
 * {@code from} and {@code to} (axis cells) bound the rows kept; {@code sameAs} {file, dates} names a second upstream
 * file that must hold the same figures (checked, not read into the table); {@code rowSources} [{from, to, source}]
 * writes each row's publisher into the manifest's {@code sourceColumn}. What was done is appended to the provenance.
 */
final class DatedSeriesConverter implements Converter {

    private static final String BLANK = "without a figure: skipped";

    private final Consumer<String> warnings;

    DatedSeriesConverter() {
        this(System.err::println);
    }

    /** @param warnings told of each row skipped for want of a figure */
    DatedSeriesConverter(Consumer<String> warnings) {
        this.warnings = warnings;
    }

    @Override
    public List<PackDataset> convert(JsonNode recipe, Path world, PackPlaces places) throws IOException {
        String source = RecipeManifest.required(recipe, "source", "dated-series recipe");
        List<PackDataset> out = new ArrayList<>();
        for (JsonNode d : recipe.path("datasets")) {
            out.add(dataset(recipe.get("manifest"), d, world, source));
        }
        return out;
    }

    private PackDataset dataset(JsonNode shared, JsonNode d, Path world, String source) throws IOException {
        JsonNode own = d.path("manifest");
        String id = RecipeManifest.required(own, "id", "dated-series dataset");
        JsonNode merged = RecipeManifest.of(shared, own, "");
        JsonNode time = merged.path("time");
        String axis = RecipeManifest.required(time, "axis", id + " time");
        boolean step = "until-next".equals(time.path("holds").asText());
        JsonNode measures = merged.path("measures");
        if (measures.size() != 1) {
            throw new IllegalStateException(id + ": a dated series has exactly one measure");
        }
        String file = RecipeManifest.required(d, "file", id);
        UpstreamTable upstream = UpstreamTable.read(world, source, file);
        PeriodReader dates = new PeriodReader(RecipeManifest.required(d, "dates", id), axis);
        ConversionReport report = new ConversionReport(upstream.name());
        TreeMap<Period, String> figures = figures(upstream, RecipeManifest.required(d, "dateColumn", id),
                RecipeManifest.required(d, "valueColumn", id), dates, report);
        report.warn(BLANK, warnings);
        keepWithin(figures, d, axis, report);
        if (step) {
            dropRepeats(figures, report);
        }
        if (d.has("sameAs")) {
            JsonNode same = d.get("sameAs");
            UpstreamTable other = UpstreamTable.read(world, source, RecipeManifest.required(same, "file", id));
            TreeMap<Period, String> theirs = figures(other, RecipeManifest.required(same, "dateColumn", id),
                    RecipeManifest.required(same, "valueColumn", id),
                    new PeriodReader(RecipeManifest.required(same, "dates", id), axis), new ConversionReport(other.name()));
            keepWithin(theirs, d, axis, new ConversionReport(other.name()));
            if (!sameFigures(figures, theirs)) {
                throw new IllegalStateException(id + ": " + upstream.name() + " and " + other.name()
                        + " do not hold the same figures");
            }
            report.fact("checked to hold the same figures as " + other.name());
        }
        report.fact(figures.size() + " rows written, " + (figures.isEmpty() ? "none"
                : figures.firstKey().cell() + " to " + figures.lastKey().cell()) + ", figures as published");
        List<RowSource> sources = RowSource.list(d.path("rowSources"), axis, id);
        String sourceColumn = merged.path("sourceColumn").asText(null);
        if (sources.isEmpty() != (sourceColumn == null)) {
            throw new IllegalStateException(id + ": rowSources and the manifest's sourceColumn go together");
        }
        List<String> header = new ArrayList<>(List.of(RecipeManifest.required(time, "column", id + " time"),
                RecipeManifest.required(measures.get(0), "column", id + " measure")));
        if (sourceColumn != null) {
            header.add(sourceColumn);
        }
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<Period, String> e : figures.entrySet()) {
            List<String> row = new ArrayList<>(List.of(e.getKey().cell(), e.getValue()));
            if (sourceColumn != null) {
                row.add(RowSource.of(sources, e.getKey(), id));
            }
            rows.add(row);
        }
        ObjectNode manifest = RecipeManifest.of(shared, own, report.sentence());
        return new PackDataset(id, manifest, header, rows);
    }

    /** The file's figures by period, rows out of date order put in order, agreeing duplicates merged. */
    private static TreeMap<Period, String> figures(UpstreamTable upstream, String dateColumn, String valueColumn,
                                                   PeriodReader dates, ConversionReport report) {
        int date = upstream.column(dateColumn);
        int value = upstream.column(valueColumn);
        TreeMap<Period, String> out = new TreeMap<>();
        Period last = null;
        int read = 0;
        for (CsvTable.Line line : upstream.table().rows()) {
            read++;
            String cell = UpstreamTable.cell(line, date);
            Period p = dates.read(cell).orElseThrow(() -> new IllegalStateException(upstream.name() + ":"
                    + line.number() + ": \"" + cell + "\" is not a date of the pattern " + dates.pattern()));
            if (last != null && p.compareTo(last) < 0) {
                report.row("out of date order: put in order", p.cell());
            }
            last = p;
            String figure = UpstreamTable.cell(line, value);
            if (PackNumbers.number(figure).isEmpty()) {
                report.row(BLANK, p.cell() + (figure.isEmpty() ? "" : " \"" + figure + "\""));
                continue;
            }
            String before = out.putIfAbsent(p, figure);
            if (before != null) {
                if (PackNumbers.number(before).orElseThrow().compareTo(PackNumbers.number(figure).orElseThrow()) != 0) {
                    throw new IllegalStateException(upstream.name() + ":" + line.number() + ": " + p.cell()
                            + " is given twice, as " + before + " and " + figure);
                }
                report.row("repeating an earlier row: dropped", p.cell());
            }
        }
        report.fact(read + " rows read");
        return out;
    }

    /** Drops the rows outside the dataset's {@code from} .. {@code to} (axis cells, inclusive). */
    private static void keepWithin(TreeMap<Period, String> figures, JsonNode d, String axis, ConversionReport report) {
        Optional<Period> from = bound(d, "from", axis);
        Optional<Period> to = bound(d, "to", axis);
        if (from.isEmpty() && to.isEmpty()) {
            return;
        }
        int before = figures.size();
        figures.keySet().removeIf(p -> from.map(f -> p.compareTo(f) < 0).orElse(false)
                || to.map(t -> p.compareTo(t) > 0).orElse(false));
        int left = before - figures.size();
        report.fact(left + (left == 1 ? " row" : " rows") + " outside " + from.map(Period::cell).orElse("the start") + " to "
                + to.map(Period::cell).orElse("the end") + " left out");
    }

    private static Optional<Period> bound(JsonNode d, String field, String axis) {
        if (!d.has(field)) {
            return Optional.empty();
        }
        String cell = d.get(field).asText();
        return Optional.of(PeriodReader.canonical(axis).read(cell).orElseThrow(() ->
                new IllegalStateException("\"" + field + "\": \"" + cell + "\" is not a " + axis)));
    }

    /** Keeps the first row and each row whose figure differs from the one in force. */
    private static void dropRepeats(TreeMap<Period, String> figures, ConversionReport report) {
        BigDecimal inForce = null;
        List<Period> repeats = new ArrayList<>();
        for (Map.Entry<Period, String> e : figures.entrySet()) {
            BigDecimal v = PackNumbers.number(e.getValue()).orElseThrow();
            if (inForce != null && v.compareTo(inForce) == 0) {
                repeats.add(e.getKey());
            }
            inForce = v;
        }
        for (Period p : repeats) {
            figures.remove(p);
            report.row("repeating the figure in force (no change): dropped", p.cell());
        }
    }

    private static boolean sameFigures(TreeMap<Period, String> a, TreeMap<Period, String> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.entrySet().stream().allMatch(e -> PackNumbers.number(e.getValue()).orElseThrow()
                .compareTo(PackNumbers.number(b.get(e.getKey())).orElseThrow()) == 0);
    }

    /** Who published the rows of a span of periods. */
    private record RowSource(Optional<Period> from, Optional<Period> to, String source) {

        static List<RowSource> list(JsonNode node, String axis, String id) {
            List<RowSource> out = new ArrayList<>();
            for (JsonNode s : node) {
                out.add(new RowSource(bound(s, "from", axis), bound(s, "to", axis),
                        RecipeManifest.required(s, "source", id + " rowSources")));
            }
            return out;
        }

        static String of(List<RowSource> sources, Period p, String id) {
            return sources.stream().filter(s -> s.from.map(f -> p.compareTo(f) >= 0).orElse(true)
                            && s.to.map(t -> p.compareTo(t) <= 0).orElse(true)).map(RowSource::source).findFirst()
                    .orElseThrow(() -> new IllegalStateException(id + ": no rowSources entry covers " + p.cell()));
        }
    }
}
