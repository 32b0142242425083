package org.assay.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A long table with one row per place and year, seen as a fixed-year table: one row per place, one measure column per
 * measure and year ("gdp_usd@2004", year 2004). Every check that reads a fixed-year edition (a level, a share of the
 * world, a rank, a comparison, a change between two years) then reads a yearly series as it is. Stateless.
 */
final class YearPivot {

    private YearPivot() {
    }

    /** The table pivoted, or {@code d} itself when it is not a long table by year. */
    static Dataset of(Dataset d) {
        Manifest m = d.manifest();
        if (m.time() == null || m.time().axis() != Manifest.Axis.YEAR) {
            return d;
        }
        TreeSet<Integer> years = new TreeSet<>();
        d.rows().forEach(r -> years.add(r.time().getYear()));
        List<Measure> measures = new ArrayList<>();
        for (Measure x : m.measures()) {
            for (int y : years) {
                measures.add(new Measure(x.column() + "@" + y, x.metric(), x.unit(), x.unitName(), y, x.estimate(),
                        x.qualifierColumn() == null ? null : x.qualifierColumn() + "@" + y, x.terms(), x.kind(),
                        x.growthOf(), 1));
            }
        }
        Map<String, Map<String, Double>> figures = new LinkedHashMap<>();
        Map<String, Map<String, String>> cells = new LinkedHashMap<>();
        Map<String, Row> first = new LinkedHashMap<>();
        for (Row r : d.rows()) {
            int y = r.time().getYear();
            first.putIfAbsent(r.key(), r);
            Map<String, Double> f = figures.computeIfAbsent(r.key(), k -> new LinkedHashMap<>());
            r.figures().forEach((column, v) -> f.put(column + "@" + y, v));
            Map<String, String> c = cells.computeIfAbsent(r.key(), k -> new LinkedHashMap<>());
            for (Measure x : m.measures()) {
                if (x.qualifierColumn() != null && !r.cell(x.qualifierColumn()).isEmpty()) {
                    c.put(x.qualifierColumn() + "@" + y, r.cell(x.qualifierColumn()));
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        first.forEach((key, r) -> rows.add(new Row(key, r.entity(), r.line(), figures.get(key), cells.get(key))));
        Manifest pivoted = new Manifest(m.id(), m.family(), m.publisher(), m.title(), m.edition(), m.published(),
                m.source(), m.licence(), m.provenance(), m.publisherNames(), m.file(), m.key(), m.subject(),
                m.subjectTerms(), measures, m.period(), m.population(), m.sourceColumn(), m.notes(), m.attribution(),
                m.time());
        return new Dataset(pivoted, d.origin(), rows);
    }
}
