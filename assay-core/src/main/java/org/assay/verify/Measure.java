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
 */
public record Measure(String column, String metric, String unit, String unitName, Integer year, boolean estimate,
                      String qualifierColumn, List<String> terms) {

    public Measure {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(unit, "unit");
        unitName = unitName == null ? unit : unitName;
        terms = List.copyOf(terms);
    }

    public boolean isPercent() {
        return unit.equals("percent") || unit.equals("%");
    }

    /** "reserves", "mine production 2024 (estimated)". */
    public String label() {
        return metric + (year == null ? "" : " " + year) + (estimate ? " (estimated)" : "");
    }
}
