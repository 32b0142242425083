package org.assay.verify;

import java.util.List;
import java.util.Objects;

/**
 * One measure column of a dataset: what its figures mean.
 *
 * @param column          the CSV column holding the figures
 * @param metric          what is measured ("reserves", "mine production", "trust")
 * @param unit            the unit symbol ("t", "percent")
 * @param unitName        the unit in words, for explanations ("metric tons of rare-earth-oxide equivalent")
 * @param year            the year the figures refer to, or {@code null} when the column has no year (reserves)
 * @param estimate        whether the publisher marks the figures as estimates
 * @param qualifierColumn a column qualifying each figure ("more than"), or {@code null}
 * @param terms           words that name the metric in prose ("reserves", "output", "approval rating")
 * @param kind            what sort of figure it is: a level, a rate in percent, a growth rate, an index
 * @param growthOf        for a growth measure, the metric of the level it is the growth of ("GDP"), or {@code null}
 * @param scale           the table's figures times this are in {@code unit} (1 unless the column is in thousands)
 */
public record Measure(String column, String metric, String unit, String unitName, Integer year, boolean estimate,
                      String qualifierColumn, List<String> terms, Kind kind, String growthOf, double scale) {

    /** What sort of figure a measure holds. */
    public enum Kind {
        /** An amount: tonnes, dollars, people. */
        LEVEL,
        /** A rate or share in percent: the unemployment rate, debt in % of GDP. */
        PERCENT,
        /** A percentage change on the previous period: GDP growth, inflation. */
        GROWTH,
        /** An index level (1982-84 = 100): only its changes mean anything to a reader. */
        INDEX
    }


    public Measure {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(unit, "unit");
        unitName = unitName == null ? unit : unitName;
        terms = List.copyOf(terms);
        kind = kind == null ? (isPercentUnit(unit) ? Kind.PERCENT : Kind.LEVEL) : kind;
        scale = scale == 0 ? 1 : scale;
    }

    /** A measure of a level (the shape of the first packs): kind from the unit, no growth, scale 1. */
    public Measure(String column, String metric, String unit, String unitName, Integer year, boolean estimate,
                   String qualifierColumn, List<String> terms) {
        this(column, metric, unit, unitName, year, estimate, qualifierColumn, terms, null, null, 1);
    }

    private static boolean isPercentUnit(String unit) {
        return unit.equals("percent") || unit.equals("%");
    }

    public boolean isPercent() {
        return isPercentUnit(unit);
    }

    /** "reserves", "mine production 2024 (estimated)". */
    public String label() {
        return metric + (year == null ? "" : " " + year) + (estimate ? " (estimated)" : "");
    }
}
