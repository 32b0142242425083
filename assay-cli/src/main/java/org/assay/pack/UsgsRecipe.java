package org.assay.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a USGS edition recipe ({@code recipes/usgs-mcs2024.json}) and the vocabulary it names
 * ({@code "vocabulary": "usgs-mcs-commodities"}) into a {@link UsgsEdition}. A malformed recipe is an error that
 * names what is wrong. Stateless.
 */
final class UsgsRecipe {

    private UsgsRecipe() {
    }

    static UsgsEdition read(JsonNode recipe) throws IOException {
        String key = text(recipe, "edition");
        JsonNode vocabulary = PackBuilder.recipe(text(recipe, "vocabulary"));
        Map<String, List<String>> termLists = new HashMap<>();
        vocabulary.path("termLists").fields().forEachRemaining(e -> termLists.put(e.getKey(), strings(e.getValue())));
        JsonNode agg = vocabulary.path("aggregates");
        UsgsPlace.Aggregates aggregates = new UsgsPlace.Aggregates(text(agg, "total"),
                Pattern.compile(text(agg, "totalPattern")), text(agg, "others"), Pattern.compile(text(agg, "othersPattern")));
        Map<String, UsgsEdition.Unit> units = new LinkedHashMap<>();
        recipe.path("units").fields().forEachRemaining(e -> units.put(e.getKey(),
                new UsgsEdition.Unit(e.getValue().path("unit").asText(), new BigDecimal(e.getValue().path("scale").asText()))));
        List<UsgsCommodity> commodities = new ArrayList<>();
        for (var it = vocabulary.path("commodities").fields(); it.hasNext(); ) {
            var e = it.next();
            JsonNode inEdition = e.getValue().path(key);
            if (inEdition.isMissingNode()) {
                continue;
            }
            commodities.add(commodity(e.getKey(), e.getValue(), inEdition, termLists));
        }
        JsonNode places = vocabulary.path("places");
        Map<String, String> aliases = new LinkedHashMap<>();
        places.path("aliases").fields().forEachRemaining(e -> aliases.put(e.getKey(), e.getValue().asText()));
        Map<String, String> qualifiers = new HashMap<>();
        vocabulary.path("qualifiers").fields().forEachRemaining(e -> qualifiers.put(e.getKey(), e.getValue().asText()));
        JsonNode manifest = recipe.get("manifest");
        if (manifest == null || !manifest.isObject()) {
            throw new IllegalStateException("USGS recipe " + key + ": no \"manifest\" object");
        }
        return new UsgsEdition(key, text(recipe, "folder"), text(recipe, "id"), text(recipe, "family"),
                (ObjectNode) manifest, text(recipe, "title"), text(recipe, "provenance"),
                recipe.path("estimatedYear").asInt(), units, aggregates, qualifiers, aliases,
                new LinkedHashSet<>(strings(places.path("territories"))), new LinkedHashSet<>(strings(places.path("lumps"))),
                commodities);
    }

    private static UsgsCommodity commodity(String slug, JsonNode c, JsonNode inEdition,
                                           Map<String, List<String>> termLists) {
        Map<String, UsgsBlock> blocks = new LinkedHashMap<>();
        Map<String, Map<String, Object>> raw = new LinkedHashMap<>();
        for (JsonNode b : c.path("blocks")) {
            Map<String, Object> measures = new LinkedHashMap<>();
            b.path("measures").fields().forEachRemaining(m -> measures.put(m.getKey(), m.getValue().isTextual()
                    ? m.getValue().asText() : spec(slug, m.getValue(), termLists)));
            raw.put(text(b, "id"), measures);
        }
        for (JsonNode b : c.path("blocks")) {
            String id = text(b, "id");
            Map<String, UsgsMeasureSpec> measures = new LinkedHashMap<>();
            raw.get(id).forEach((kind, v) -> measures.put(kind, v instanceof UsgsMeasureSpec s ? s : reference(slug, id,
                    (String) v, raw)));
            blocks.put(id, new UsgsBlock(id, tidied(b.path("types")), tidied(b.path("places")), measures,
                    new LinkedHashSet<>(strings(b.path("ignore"))), new LinkedHashSet<>(strings(b.path("quietNotes")))));
        }
        List<String> notes = new ArrayList<>(strings(c.path("notes")));
        notes.addAll(strings(inEdition.path("notes")));
        return new UsgsCommodity(slug, text(c, "title"), text(c, "subject"), strings(c.path("subjectTerms")),
                strings(inEdition.path("sources")), List.copyOf(blocks.values()), notes,
                c.path("sumDuplicates").asBoolean(false), new LinkedHashSet<>(strings(inEdition.path("totalsInNotes"))));
    }

    /** "pigment/capacity": the spec another block (or this one, "capacity") gives that kind of figure. */
    private static UsgsMeasureSpec reference(String slug, String block, String ref, Map<String, Map<String, Object>> raw) {
        String[] parts = ref.contains("/") ? ref.split("/", 2) : new String[] {block, ref};
        Object target = raw.getOrDefault(parts[0], Map.of()).get(parts[1]);
        if (!(target instanceof UsgsMeasureSpec s)) {
            throw new IllegalStateException("USGS vocabulary, " + slug + "/" + block + ": \"" + ref
                    + "\" names no measure");
        }
        return s;
    }

    private static UsgsMeasureSpec spec(String slug, JsonNode m, Map<String, List<String>> termLists) {
        List<String> terms = new ArrayList<>();
        for (String t : strings(m.path("terms"))) {
            if (t.startsWith("@")) {
                List<String> list = termLists.get(t.substring(1));
                if (list == null) {
                    throw new IllegalStateException("USGS vocabulary, " + slug + ": no term list " + t);
                }
                list.stream().filter(x -> !terms.contains(x)).forEach(terms::add);
            } else if (!terms.contains(t)) {
                terms.add(t);
            }
        }
        Map<String, String> sourceUnits = new HashMap<>();
        m.path("sourceUnits").fields().forEachRemaining(e -> sourceUnits.put(e.getKey(), e.getValue().asText()));
        return new UsgsMeasureSpec(text(m, "column"), text(m, "metric"), terms, text(m, "unitName"), sourceUnits);
    }

    private static Set<String> tidied(JsonNode list) {
        Set<String> out = new LinkedHashSet<>();
        strings(list).forEach(s -> out.add(UsgsCell.tidy(s)));
        return out;
    }

    static List<String> strings(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            String where = node.toString();
            throw new IllegalStateException("USGS recipe: missing \"" + field + "\" in "
                    + (where.length() > 120 ? where.substring(0, 120) + "..." : where));
        }
        return v.asText();
    }
}
