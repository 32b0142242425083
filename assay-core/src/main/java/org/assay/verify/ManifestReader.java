package org.assay.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@code dataset.json} manifest. The format (all keys but those marked optional are required; unknown keys are
 * an error, so a typo does not pass silently):
 *
 * <pre>
 * id, family (optional), publisher, title, edition, published (YYYY-MM-DD), source, licence, attribution (optional),
 * provenance, publisherNames [..] (optional), file (the CSV beside it),
 * key {column (optional with fixed), kind ("country", "iso3" or other), fixed (optional), total (optional),
 *      others [..] (optional), aliases {name: [..]} (optional), groups {value: group} (optional)},
 * time {column, axis ("year", "quarter", "month", "day"), holds ("until-next", optional)} (optional),
 * subject, subjectTerms [..],
 * measures [{column, metric, unit, unitName (optional), year (optional), estimate (optional), qualifierColumn
 *            (optional), terms [..], kind ("level", "percent", "growth", "index"; optional), growthOf (optional),
 *            scale (optional)}],
 * period {start, end} (optional: rows are dated observations such as polls), population (optional),
 * sourceColumn (optional), notes [..] (optional)
 * </pre>
 *
 * <p>Stateless and thread-safe.
 */
final class ManifestReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TOP = Set.copyOf(Manifest.KEYS);
    private static final Set<String> KEY = Set.of("column", "kind", "fixed", "total", "others", "aliases", "groups");
    private static final Set<String> TIME = Set.of("column", "axis", "holds");
    private static final Set<String> MEASURE = Set.of("column", "metric", "unit", "unitName", "year", "estimate",
            "qualifierColumn", "terms", "kind", "growthOf", "scale");
    private static final Set<String> PERIOD = Set.of("start", "end");

    /** A manifest that cannot be used, with the line the problem is on. */
    static final class Invalid extends Exception {
        final int line;

        Invalid(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }
    }

    Manifest read(String text) throws Invalid {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new Invalid(e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new Invalid(1, "a manifest must be a JSON object");
        }
        Fields f = new Fields(text);
        f.known(root, TOP, "manifest");
        JsonNode key = f.object(root, "key");
        f.known(key, KEY, "key");
        List<Measure> measures = new ArrayList<>();
        JsonNode ms = root.get("measures");
        if (ms == null || !ms.isArray() || ms.isEmpty()) {
            throw new Invalid(f.line("measures"), "\"measures\" must be a non-empty list");
        }
        for (JsonNode m : ms) {
            f.known(m, MEASURE, "measure");
            JsonNode year = m.get("year");
            if (year != null && !year.canConvertToInt()) {
                throw new Invalid(f.line("year"), "a measure's \"year\" must be a whole number");
            }
            JsonNode scale = m.get("scale");
            if (scale != null && (!scale.isNumber() || scale.asDouble() <= 0)) {
                throw new Invalid(f.line("scale"), "a measure's \"scale\" must be a positive number");
            }
            measures.add(new Measure(f.text(m, "column"), f.text(m, "metric"), f.text(m, "unit"),
                    f.optional(m, "unitName"), year == null ? null : year.asInt(),
                    m.path("estimate").asBoolean(false), f.optional(m, "qualifierColumn"), f.list(m, "terms", true),
                    f.choice(m, "kind", Measure.Kind.class), f.optional(m, "growthOf"),
                    scale == null ? 1 : scale.asDouble()));
        }
        Manifest.Period period = null;
        if (root.has("period")) {
            JsonNode p = f.object(root, "period");
            f.known(p, PERIOD, "period");
            period = new Manifest.Period(f.text(p, "start"), f.text(p, "end"));
        }
        Manifest.TimeAxis time = null;
        if (root.has("time")) {
            JsonNode t = f.object(root, "time");
            f.known(t, TIME, "time");
            String holds = f.optional(t, "holds");
            if (holds != null && !holds.equals("until-next")) {
                throw new Invalid(f.line("holds"), "\"holds\" can only be \"until-next\"");
            }
            Manifest.Axis axis = f.choice(t, "axis", Manifest.Axis.class);
            if (axis == null) {
                throw new Invalid(f.line("time"), "missing \"axis\" in time");
            }
            time = new Manifest.TimeAxis(f.text(t, "column"), axis, holds != null);
        }
        String fixed = f.optional(key, "fixed");
        KeyColumn keyColumn = new KeyColumn(fixed == null ? f.text(key, "column") : f.optional(key, "column"),
                f.optional(key, "kind"), f.optional(key, "total"), f.list(key, "others", false),
                aliases(key.get("aliases"), f), fixed, groups(key.get("groups"), f));
        return new Manifest(f.text(root, "id"), f.optional(root, "family"), f.text(root, "publisher"),
                f.text(root, "title"), f.text(root, "edition"), f.date(root, "published"), f.text(root, "source"),
                f.text(root, "licence"), f.text(root, "provenance"), f.list(root, "publisherNames", false),
                f.text(root, "file"), keyColumn, f.text(root, "subject"), f.list(root, "subjectTerms", true), measures,
                period, f.optional(root, "population"), f.optional(root, "sourceColumn"), f.list(root, "notes", false),
                f.optional(root, "attribution"), time);
    }

    private static Map<String, List<String>> aliases(JsonNode node, Fields f) throws Invalid {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        if (!node.isObject()) {
            throw new Invalid(f.line("aliases"), "\"aliases\" must map a key value to a list of names");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            List<String> names = new ArrayList<>();
            if (!e.getValue().isArray()) {
                throw new Invalid(f.line(e.getKey()), "aliases of \"" + e.getKey() + "\" must be a list");
            }
            e.getValue().forEach(n -> names.add(n.asText()));
            out.put(e.getKey(), names);
        }
        return out;
    }

    private static Map<String, String> groups(JsonNode node, Fields f) throws Invalid {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        if (!node.isObject()) {
            throw new Invalid(f.line("groups"), "\"groups\" must map a key value to a group's name");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual()) {
                throw new Invalid(f.line(e.getKey()), "the group of \"" + e.getKey() + "\" must be a string");
            }
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }

    /** Field access that names the line of the offending key (the first line where it appears). */
    private static final class Fields {
        private final String text;

        Fields(String text) {
            this.text = text;
        }

        int line(String field) {
            int at = text.indexOf("\"" + field + "\"");
            if (at < 0) {
                return 1;
            }
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }

        void known(JsonNode node, Set<String> allowed, String what) throws Invalid {
            if (!node.isObject()) {
                throw new Invalid(1, "each " + what + " must be a JSON object");
            }
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!allowed.contains(name)) {
                    throw new Invalid(line(name), "unknown key \"" + name + "\" in " + what);
                }
            }
        }

        JsonNode object(JsonNode node, String field) throws Invalid {
            JsonNode v = node.get(field);
            if (v == null || !v.isObject()) {
                throw new Invalid(line(field), "\"" + field + "\" must be an object");
            }
            return v;
        }

        String text(JsonNode node, String field) throws Invalid {
            String v = optional(node, field);
            if (v == null || v.isBlank()) {
                throw new Invalid(v == null ? 1 : line(field), "missing \"" + field + "\"");
            }
            return v;
        }

        String optional(JsonNode node, String field) throws Invalid {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isTextual()) {
                throw new Invalid(line(field), "\"" + field + "\" must be a string");
            }
            return v.asText();
        }

        /** An optional word naming a constant of {@code type}, in any case ("growth" for GROWTH). */
        <E extends Enum<E>> E choice(JsonNode node, String field, Class<E> type) throws Invalid {
            String v = optional(node, field);
            if (v == null) {
                return null;
            }
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(v.strip())) {
                    return e;
                }
            }
            throw new Invalid(line(field), "\"" + field + "\" cannot be \"" + v + "\" (one of "
                    + java.util.Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(java.util.Locale.ROOT))
                    .toList() + ")");
        }

        LocalDate date(JsonNode node, String field) throws Invalid {
            String v = text(node, field);
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new Invalid(line(field), "\"" + field + "\" must be a date YYYY-MM-DD, not \"" + v + "\"");
            }
        }

        List<String> list(JsonNode node, String field, boolean required) throws Invalid {
            JsonNode v = node.get(field);
            if (v == null) {
                if (required) {
                    throw new Invalid(1, "missing \"" + field + "\"");
                }
                return List.of();
            }
            if (!v.isArray()) {
                throw new Invalid(line(field), "\"" + field + "\" must be a list of strings");
            }
            List<String> out = new ArrayList<>();
            for (JsonNode n : v) {
                if (!n.isTextual()) {
                    throw new Invalid(line(field), "\"" + field + "\" must be a list of strings");
                }
                out.add(n.asText());
            }
            return out;
        }
    }
}
