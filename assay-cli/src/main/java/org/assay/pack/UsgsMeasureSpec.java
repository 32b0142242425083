package org.assay.pack;

import java.util.List;
import java.util.Map;

/**
 * What one kind of figure of a USGS block means (a recipe's word for it): a block's production, capacity or reserves
 * columns become measures with this metric, terms and unit name, one per year the edition gives.
 *
 * @param column      the stem of the dataset's column names ("mine_production" gives "mine_production_2024e_t")
 * @param metric      the measures' metric ("mine production", "refinery production", "reserves")
 * @param terms       words a claim names the metric with
 * @param unitName    the base unit in words ("metric tons of recoverable copper content")
 * @param sourceUnits per edition key ("mcs2025"), the unit the upstream figures are really in when the file's own unit
 *                    label is wrong for them ("(Reserve data is thousand metric tons)")
 */
record UsgsMeasureSpec(String column, String metric, List<String> terms, String unitName,
                       Map<String, String> sourceUnits) {

    UsgsMeasureSpec {
        terms = List.copyOf(terms);
        sourceUnits = Map.copyOf(sourceUnits);
    }

    /** The unit the figures are in for {@code edition}: the recipe's correction, else the file's own label. */
    String sourceUnit(String edition, String labelled) {
        return sourceUnits.getOrDefault(edition, labelled);
    }
}
