package org.assay.pack;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.assay.verify.CsvTable;

/** An upstream table with one row per period: its cells by period and column name. Immutable. */
final class PeriodRows {

    /** What to do when a period has two rows: keep the first or the last (with a warning), or fail. */
    enum Duplicates { FAIL, KEEP_FIRST, KEEP_LAST }

    /** How a longer period's figure is made from its parts: their mean (an annual average) or the last part's. */
    enum Take { MEAN, LAST }

    /** One column of a roll-up: {@code name} holds {@code take} of upstream column {@code from}. */
    record RollUp(String name, String from, Take take) {
    }

    private final PackPeriod.Axis axis;
    private final TreeMap<PackPeriod, Map<String, String>> rows;

    private PeriodRows(PackPeriod.Axis axis, TreeMap<PackPeriod, Map<String, String>> rows) {
        this.axis = axis;
        this.rows = rows;
    }

    /** The rows of {@code table}, each dated by its cell in {@code column}. */
    static PeriodRows read(CsvTable table, String column, PackPeriod.Axis axis, Duplicates duplicates,
                           Consumer<String> warn) {
        TreeMap<PackPeriod, Map<String, String>> rows = new TreeMap<>();
        for (CsvTable.Line line : table.rows()) {
            Map<String, String> cells = Recipes.cells(table, line);
            PackPeriod p = PackPeriod.parse(cells.get(column), axis);
            if (!rows.containsKey(p) || duplicates == Duplicates.KEEP_LAST) {
                if (rows.containsKey(p)) {
                    warn.accept("two rows for " + p + ": kept the later one (line " + line.number() + ")");
                }
                rows.put(p, cells);
            } else if (duplicates == Duplicates.KEEP_FIRST) {
                warn.accept("two rows for " + p + ": kept the earlier one, dropped line " + line.number());
            } else {
                throw new IllegalArgumentException("line " + line.number() + ": a second row for " + p);
            }
        }
        return new PeriodRows(axis, rows);
    }

    PackPeriod.Axis axis() {
        return axis;
    }

    NavigableSet<PackPeriod> periods() {
        return Collections.unmodifiableNavigableSet(rows.navigableKeySet());
    }

    /** The cell of {@code column} in the row of {@code p}; {@code null} when there is no such row. */
    String cell(PackPeriod p, String column) {
        Map<String, String> row = rows.get(p);
        if (row == null) {
            return null;
        }
        if (!row.containsKey(column)) {
            throw new IllegalArgumentException("no column \"" + column + "\" upstream");
        }
        return row.get(column);
    }

    /**
     * The table on a longer axis (months to years): a mean needs every part of the longer period with a figure, the
     * last part's figure needs that part; a longer period with neither (the year in progress) is left out.
     */
    PeriodRows rollUp(PackPeriod.Axis longer, List<RollUp> columns) {
        Map<PackPeriod, List<PackPeriod>> parts = new TreeMap<>();
        rows.keySet().forEach(p -> parts.computeIfAbsent(p.within(longer), k -> new ArrayList<>()).add(p));
        int needed = axis.perYear / longer.perYear;
        TreeMap<PackPeriod, Map<String, String>> out = new TreeMap<>();
        parts.forEach((p, list) -> {
            Map<String, String> cells = new HashMap<>();
            for (RollUp r : columns) {
                List<BigDecimal> figures = list.stream().map(part -> PackNumbers.decimal(cell(part, r.from())))
                        .filter(java.util.Objects::nonNull).toList();
                PackPeriod last = list.get(list.size() - 1);
                String value = switch (r.take()) {
                    case MEAN -> figures.size() < needed ? "" : figures.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                            .divide(BigDecimal.valueOf(needed), MathContext.DECIMAL64).toPlainString();
                    case LAST -> last.part() == needed ? cell(last, r.from()) : "";
                };
                cells.put(r.name(), value);
            }
            if (cells.values().stream().anyMatch(v -> !v.isBlank())) {
                out.put(p, cells);
            }
        });
        return new PeriodRows(longer, out);
    }
}
