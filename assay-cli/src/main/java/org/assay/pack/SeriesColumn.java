package org.assay.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Set;

/** One output column of a dated series: copied from an upstream column, or a percentage change computed from one. */
sealed interface SeriesColumn permits SeriesColumn.Copied, SeriesColumn.Change {

    String name();

    /** The output cell for period {@code p} ("" for no figure). */
    String cell(PeriodRows rows, PackPeriod p);

    /**
     * Reads a column of the recipe: {@code {name, changeOf, periods, annualise (optional), significant (optional)}}
     * is a change, anything else a copy ({@link CopiedColumn} with {@code rowOffset}, {@code blankAfterGap} and
     * {@code check}, optional).
     */
    static SeriesColumn read(JsonNode spec, Set<String> blanks) {
        if (spec.has("changeOf")) {
            return Change.read(spec);
        }
        JsonNode check = spec.get("check");
        return new Copied(CopiedColumn.read(spec, blanks), spec.path("rowOffset").asInt(0),
                spec.path("blankAfterGap").asBoolean(false), check == null ? null : Change.read(check),
                check == null ? 0 : check.path("within").asDouble());
    }

    /**
     * A copied column.
     *
     * @param rowOffset the figure for period t is upstream in the row of period t + rowOffset (−1: a change column
     *                  shifted one row early); so a negative offset can give a figure for the period after the last row
     * @param blankAfterGap the figures are changes on the upstream row before: where the period before is missing,
     *                  the figure spans more than one period and is left blank
     * @param check     the change the figures should equal, recomputed from levels, or {@code null}
     * @param within    how far (in the figures' units) a figure may be from {@code check}
     */
    record Copied(CopiedColumn copy, int rowOffset, boolean blankAfterGap, Change check, double within)
            implements SeriesColumn {

        @Override
        public String name() {
            return copy.name();
        }

        @Override
        public String cell(PeriodRows rows, PackPeriod p) {
            String upstream = upstream(rows, p);
            return upstream == null ? "" : copy.cell(upstream);
        }

        /** The figure for {@code p}, unrounded, or {@code null}. */
        BigDecimal figure(PeriodRows rows, PackPeriod p) {
            return copy.figure(upstream(rows, p));
        }

        /** Whether the figure for {@code p} is left blank because the period before it has no upstream row. */
        boolean afterGap(PeriodRows rows, PackPeriod p) {
            PackPeriod row = p.plus(rowOffset);
            return blankAfterGap && rows.periods().contains(row) && !rows.periods().isEmpty()
                    && !row.equals(rows.periods().first()) && !rows.periods().contains(row.plus(-1));
        }

        private String upstream(PeriodRows rows, PackPeriod p) {
            return afterGap(rows, p) ? null : rows.cell(p.plus(rowOffset), copy.from());
        }
    }

    /**
     * A percentage change of column {@code of} over {@code periods} periods (1: on the previous period; 12 months: on
     * the same month a year earlier), compounded to an annual rate when {@code annualise} (periods per year) is set.
     */
    record Change(String name, String of, int periods, Integer annualise, int significant) implements SeriesColumn {

        static Change read(JsonNode spec) {
            JsonNode annualise = spec.get("annualise");
            return new Change(spec.path("name").asText(""), Recipes.text(spec, "changeOf"), spec.path("periods").asInt(1),
                    annualise == null ? null : annualise.asInt(),
                    spec.path("significant").asInt(PackNumbers.COMPUTED_DIGITS));
        }

        @Override
        public String cell(PeriodRows rows, PackPeriod p) {
            Double v = value(rows, p);
            return v == null ? "" : PackNumbers.significant(v, significant);
        }

        /** The change into {@code p}, or {@code null} when either level is missing (or the earlier one is zero). */
        Double value(PeriodRows rows, PackPeriod p) {
            String nowCell = rows.cell(p, of);
            String thenCell = rows.cell(p.plus(-periods), of);
            BigDecimal now = nowCell == null ? null : PackNumbers.decimal(nowCell);
            BigDecimal then = thenCell == null ? null : PackNumbers.decimal(thenCell);
            if (now == null || then == null || then.signum() == 0) {
                return null;
            }
            return PackNumbers.percentChange(now, then, annualise == null ? 1 : (double) annualise / periods);
        }
    }
}
