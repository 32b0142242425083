package org.assay.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a recipe copies one upstream column into an output column: a figure, as the upstream writes it ("56.0"), or
 * multiplied exactly by the recipe's factors (thousands to units, tonnes of carbon to tonnes of CO2) and written
 * plainly, or rounded to {@code significant} digits (an upstream figure with spurious digits); or a flag, written as
 * the words the recipe maps it to. A blank cell, or one of the recipe's blank markers, is an empty cell.
 *
 * <p>Recipe: {@code {name, from, multiply ["1000", "3.664"] (optional), significant (optional), values {flag: words}
 * (optional: the column holds flags, not figures)}}.
 *
 * @param values the words each flag stands for; empty for a column of figures
 * @param blanks cells that mean "no figure" ("NA", "W", "--")
 */
record CopiedColumn(String name, String from, List<BigDecimal> multiply, Integer significant,
                    Map<String, String> values, Set<String> blanks) {

    CopiedColumn {
        multiply = List.copyOf(multiply);
        values = Map.copyOf(values);
        blanks = Set.copyOf(blanks);
    }

    static CopiedColumn read(JsonNode spec, Set<String> blanks) {
        List<BigDecimal> factors = new ArrayList<>();
        spec.path("multiply").forEach(f -> factors.add(new BigDecimal(f.asText())));
        Map<String, String> values = new LinkedHashMap<>();
        spec.path("values").fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
        JsonNode digits = spec.get("significant");
        return new CopiedColumn(Recipes.text(spec, "name"), Recipes.text(spec, "from"), factors,
                digits == null ? null : digits.asInt(), values, blanks);
    }

    /** The output cell for an upstream cell ({@code null} when the upstream row has no such cell). */
    String cell(String upstream) {
        if (!values.isEmpty()) {
            return flag(upstream);
        }
        BigDecimal v = figure(upstream);
        if (v == null) {
            return "";
        }
        if (multiply.isEmpty() && significant == null) {
            return upstream.strip();
        }
        return significant == null ? PackNumbers.plain(v) : PackNumbers.significant(v, significant);
    }

    /** The figure an upstream cell holds after the factors, unrounded; {@code null} when blank or a flag column. */
    BigDecimal figure(String upstream) {
        String s = upstream == null ? "" : upstream.strip();
        if (!values.isEmpty() || s.isEmpty() || blanks.contains(s)) {
            return null;
        }
        BigDecimal v = PackNumbers.decimal(s);
        for (BigDecimal f : multiply) {
            v = v.multiply(f);
        }
        return v;
    }

    private String flag(String upstream) {
        String s = upstream == null ? "" : upstream.strip();
        if (s.isEmpty()) {
            return "";
        }
        String words = values.get(s);
        if (words == null) {
            throw new IllegalArgumentException("column " + from + ": the recipe does not say what \"" + s + "\" means");
        }
        return words;
    }
}
