package org.assay.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Format {@code dated-csv}: an upstream CSV with one row per period (a year, or a quarter or month dated on its first
 * day) and figures in columns, all about one place (the manifest's {@code key.fixed}). Recipe:
 *
 * <pre>
 * source     the folder under the world folder
 * blanks     (optional) cells that mean "no figure"
 * common     (optional) manifest fields the datasets share
 * datasets   [{folder, file,
 *              period {column, axis: "year" | "quarter" | "month"},
 *              duplicates (optional) "keep-first" | "keep-last": a period with two rows (else an error),
 *              rollUp (optional) {axis, columns [{name, from, take: "mean" | "last"}]}: a mean of a complete
 *                     longer period only, the last part's figure when that part is there,
 *              columns [copied: {name, from, multiply, significant, values, rowOffset, blankAfterGap,
 *                                check {changeOf, periods, annualise, within}}
 *                       | change: {name, changeOf, periods, annualise, significant}],
 *              manifest {...}}]
 * </pre>
 *
 * The table's first column is the time column the manifest names ({@code time.column}); rows are in period order.
 * A copied column with a {@code check} is compared with the change recomputed from levels, and each figure further
 * off than {@code within} is warned about (a shift the recipe got wrong shows up here). Stateless.
 */
final class DatedCsvConverter implements Converter {

    private final Consumer<String> warn;

    DatedCsvConverter() {
        this(w -> System.err.println("pack: " + w));
    }

    /** @param warn told of each figure or row the converter doubts or drops */
    DatedCsvConverter(Consumer<String> warn) {
        this.warn = warn;
    }

    @Override
    public List<PackDataset> convert(JsonNode recipe, Path world, PackPlaces places) throws IOException {
        Set<String> blanks = Recipes.blanks(recipe);
        List<PackDataset> out = new ArrayList<>();
        for (JsonNode spec : recipe.path("datasets")) {
            out.add(dataset(recipe, spec, world, blanks));
        }
        return out;
    }

    private PackDataset dataset(JsonNode recipe, JsonNode spec, Path world, Set<String> blanks) throws IOException {
        String folder = Recipes.text(spec, "folder");
        Consumer<String> told = w -> warn.accept(folder + ": " + w);
        JsonNode period = spec.path("period");
        PeriodRows rows = PeriodRows.read(Recipes.table(world, recipe, Recipes.text(spec, "file")),
                Recipes.text(period, "column"), PackPeriod.Axis.named(Recipes.text(period, "axis")),
                duplicates(spec.path("duplicates").asText("")), told);
        JsonNode rollUp = spec.get("rollUp");
        if (rollUp != null) {
            rows = rows.rollUp(PackPeriod.Axis.named(Recipes.text(rollUp, "axis")), rollUpColumns(rollUp));
        }
        ObjectNode manifest = Recipes.manifest(recipe, spec, folder);
        String timeColumn = Recipes.manifestText(manifest, "time", "column");
        if (PackPeriod.Axis.named(Recipes.manifestText(manifest, "time", "axis")) != rows.axis()) {
            throw new IllegalArgumentException(folder + ": the manifest's time axis is not the table's, "
                    + rows.axis().name().toLowerCase(Locale.ROOT));
        }
        List<SeriesColumn> columns = new ArrayList<>();
        spec.path("columns").forEach(c -> columns.add(SeriesColumn.read(c, blanks)));
        List<String> header = new ArrayList<>(List.of(timeColumn));
        columns.forEach(c -> header.add(c.name()));
        List<List<String>> table = new ArrayList<>();
        for (PackPeriod p : periods(rows, columns)) {
            List<String> row = new ArrayList<>(List.of(p.cell()));
            for (SeriesColumn c : columns) {
                row.add(c.cell(rows, p));
            }
            table.add(row);
        }
        for (SeriesColumn c : columns) {
            if (c instanceof SeriesColumn.Copied copied) {
                for (PackPeriod p : rows.periods()) {
                    if (copied.afterGap(rows, p)) {
                        told.accept(c.name() + " " + p + ": left blank, the period before it is missing upstream");
                    }
                }
                if (copied.check() != null) {
                    check(copied, rows, told);
                }
            }
        }
        return new PackDataset(folder, manifest, header, table);
    }

    /** The table's periods, and the period after it that a column shifted one row early has a figure for. */
    private static TreeSet<PackPeriod> periods(PeriodRows rows, List<SeriesColumn> columns) {
        TreeSet<PackPeriod> out = new TreeSet<>(rows.periods());
        for (SeriesColumn c : columns) {
            if (c instanceof SeriesColumn.Copied copied && copied.rowOffset() != 0) {
                for (PackPeriod p : rows.periods()) {
                    PackPeriod shifted = p.plus(-copied.rowOffset());
                    if (!out.contains(shifted) && !copied.cell(rows, shifted).isEmpty()) {
                        out.add(shifted);
                    }
                }
            }
        }
        return out;
    }

    private static void check(SeriesColumn.Copied c, PeriodRows rows, Consumer<String> warn) {
        int compared = 0;
        int off = 0;
        for (PackPeriod p : rows.periods()) {
            BigDecimal published = c.figure(rows, p);
            Double recomputed = c.check().value(rows, p);
            if (published == null || recomputed == null) {
                continue;
            }
            compared++;
            if (Math.abs(published.doubleValue() - recomputed) > c.within()) {
                off++;
                warn.accept(c.name() + " " + p + ": " + PackNumbers.plain(published) + " where " + c.check().of()
                        + " gives " + PackNumbers.significant(recomputed, 4));
            }
        }
        if (off > 0) {
            warn.accept(c.name() + ": " + off + " of " + compared + " figures are more than " + c.within()
                    + " from the change recomputed from " + c.check().of());
        }
    }

    private static PeriodRows.Duplicates duplicates(String word) {
        return word.isEmpty() ? PeriodRows.Duplicates.FAIL
                : PeriodRows.Duplicates.valueOf(word.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private static List<PeriodRows.RollUp> rollUpColumns(JsonNode rollUp) {
        List<PeriodRows.RollUp> out = new ArrayList<>();
        rollUp.path("columns").forEach(c -> out.add(new PeriodRows.RollUp(Recipes.text(c, "name"),
                Recipes.text(c, "from"), PeriodRows.Take.valueOf(Recipes.text(c, "take").toUpperCase(Locale.ROOT)))));
        return out;
    }
}
