package org.assay.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.assay.verify.CsvTable;

/**
 * Format {@code indicator-long}: a folder of long indicator tables, one file per indicator, {@code <file>.csv} with a
 * place-code, a place-name, a year and a value column (CRLF or LF line endings, names holding commas quoted, a missing
 * figure an absent row), each optionally beside a {@code <file>.datapackage.json} whose {@code title} names the series
 * and whose {@code licenses} state its licence. Merges the files the recipe lists into one long dataset: a key column
 * of place codes, a year column, one column per measure, a row per code and year that has a figure.
 *
 * <p>Codes: the recipe's {@code key.total} (the world) and {@code key.groups} (aggregate code to group name) are kept
 * as such; any other code must be a place code ({@link PackPlaces#isPlaceCode}), or it is reported and its rows are
 * left out, never taken for a country. Two aggregates may not share a group name, and an aggregate may not be a place
 * code. Figures are written by {@link PackNumbers#unrounded}; a measure may negate its file's figures ({@code negate}) or
 * mark a floor value with a qualifier ({@code floor}). Stateless.
 *
 * <p>Recipe: {@code folder} (under the world folder), {@code id}, {@code columns} {code, name, year, value},
 * {@code key} {column, kind, total, groups}, {@code time} {column, axis}, {@code manifest} (the manifest's fields, see
 * docs/datasets.md), {@code upstreamPath} ("indicators/{file}/data.csv", for the provenance), {@code seriesUrl}
 * ("https://…/{code}", optional), {@code upstreamLicence} (optional: warn when a datapackage states another), and
 * {@code measures}: each a manifest measure plus {@code file}, {@code code} (the publisher's series code),
 * {@code note} (optional), {@code negate} (optional), {@code floor} {value, qualifier, column} (optional).
 */
final class IndicatorLongConverter implements Converter {

    /** Recipe keys of a measure that direct the converter and are not written to the manifest. */
    private static final Set<String> CONVERTER_KEYS = Set.of("file", "code", "note", "negate", "floor");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Consumer<String> warnings;

    IndicatorLongConverter() {
        this(System.err::println);
    }

    /** @param warnings told of each code, cell or licence the converter cannot use as it stands */
    IndicatorLongConverter(Consumer<String> warnings) {
        this.warnings = warnings;
    }

    /** A place code's role in the table. */
    private enum Role { TOTAL, GROUP, PLACE, UNKNOWN }

    /** One measure of the recipe and the file it comes from. */
    private record Source(JsonNode recipe, String file, String column, boolean negate, BigDecimal floor,
                          String floorQualifier, String floorColumn) {
    }

    @Override
    public List<PackDataset> convert(JsonNode recipe, Path world, PackPlaces places) throws IOException {
        Path folder = world.resolve(required(recipe, "folder"));
        JsonNode columns = recipe.path("columns");
        Map<String, String> groups = groups(recipe.path("key"), places);
        String total = recipe.path("key").path("total").asText(null);
        List<Source> sources = sources(recipe.path("measures"));

        Map<String, Role> roles = new HashMap<>();
        Map<String, TreeMap<Integer, Map<String, String>>> cells = new TreeMap<>();
        Set<String> seenGroups = new TreeSet<>();
        Map<String, CsvTable> tables = new HashMap<>();
        for (Source s : sources) {
            CsvTable t = tables.get(s.file());
            if (t == null) {
                t = CsvTable.parse(Files.readString(folder.resolve(s.file() + ".csv"), StandardCharsets.UTF_8));
                tables.put(s.file(), t);
            }
            int code = column(t, columns, "code", s.file());
            int name = column(t, columns, "name", s.file());
            int year = column(t, columns, "year", s.file());
            int value = column(t, columns, "value", s.file());
            for (CsvTable.Line l : t.rows()) {
                if (l.cells().size() != t.header().size()) {
                    warn(s.file() + ".csv line " + l.number() + ": " + l.cells().size() + " cells where the header has "
                            + t.header().size() + "; row skipped");
                    continue;
                }
                String c = l.cells().get(code);
                Role role = roles.computeIfAbsent(c, k -> role(k, l.cells().get(name), total, groups, places, s.file()));
                if (role == Role.UNKNOWN) {
                    continue;
                }
                if (role == Role.GROUP) {
                    seenGroups.add(c);
                }
                Integer y = year(l.cells().get(year));
                if (y == null) {
                    warn(s.file() + ".csv line " + l.number() + ": \"" + l.cells().get(year) + "\" is not a year; row "
                            + "skipped");
                    continue;
                }
                Map<String, String> row = cells.computeIfAbsent(c, k -> new TreeMap<>())
                        .computeIfAbsent(y, k -> new HashMap<>());
                if (row.containsKey(s.column())) {
                    warn(s.file() + ".csv line " + l.number() + ": a second figure for " + c + " " + y
                            + "; the first kept");
                    continue;
                }
                figure(s, l.cells().get(value), row, s.file() + ".csv line " + l.number());
            }
        }
        groups.keySet().stream().filter(g -> !seenGroups.contains(g))
                .forEach(g -> warn("aggregate " + g + " (" + groups.get(g) + ") is in no file"));

        List<String> header = header(recipe, sources);
        List<List<String>> rows = new ArrayList<>();
        cells.forEach((code, years) -> years.forEach((y, row) -> {
            List<String> r = new ArrayList<>(header.size());
            r.add(code);
            r.add(Integer.toString(y));
            header.subList(2, header.size()).forEach(h -> r.add(row.getOrDefault(h, "")));
            rows.add(r);
        }));
        String id = required(recipe, "id");
        return List.of(new PackDataset(id, manifest(recipe, id, groups, sources, folder), header, rows));
    }

    /** The recipe's aggregates, checked: no group name twice, no place code among them. */
    private static Map<String, String> groups(JsonNode key, PackPlaces places) {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, String> codeByName = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = key.path("groups").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String code = e.getKey();
            String name = e.getValue().asText();
            if (places.isPlaceCode(code)) {
                throw new IllegalStateException("aggregate " + code + " is a place code: a country must not be hidden "
                        + "among the groups");
            }
            String other = codeByName.putIfAbsent(name, code);
            if (other != null) {
                throw new IllegalStateException("aggregates " + other + " and " + code + " are both named \"" + name
                        + "\": a duplicate aggregate needs a name of its own");
            }
            out.put(code, name);
        }
        return out;
    }

    private Role role(String code, String name, String total, Map<String, String> groups, PackPlaces places,
                      String file) {
        if (code.equals(total)) {
            return Role.TOTAL;
        }
        if (groups.containsKey(code)) {
            return Role.GROUP;
        }
        if (places.isPlaceCode(code)) {
            places.iso3(name).filter(resolved -> !resolved.equals(code)).ifPresent(resolved -> warn(file + ".csv: "
                    + code + " is named \"" + name + "\", a name of " + resolved + "; the code is kept"));
            return Role.PLACE;
        }
        warn(file + ".csv: \"" + code + "\" (" + name + ") is neither a place code nor a listed aggregate; its rows "
                + "are left out");
        return Role.UNKNOWN;
    }

    private void figure(Source s, String raw, Map<String, String> row, String where) {
        if (raw.isBlank()) {
            return;
        }
        BigDecimal v;
        try {
            v = new BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            warn(where + ": \"" + raw + "\" is not a number; left blank");
            return;
        }
        if (s.floor() != null && v.compareTo(s.floor()) == 0) {
            row.put(s.floorColumn(), s.floorQualifier());
        }
        row.put(s.column(), PackNumbers.unrounded(s.negate() ? v.negate() : v));
    }

    private static List<Source> sources(JsonNode measures) {
        if (!measures.isArray() || measures.isEmpty()) {
            throw new IllegalStateException("recipe: \"measures\" must be a non-empty list");
        }
        List<Source> out = new ArrayList<>();
        Set<String> columns = new TreeSet<>();
        for (JsonNode m : measures) {
            JsonNode floor = m.get("floor");
            Source s = new Source(m, required(m, "file"), required(m, "column"), m.path("negate").asBoolean(false),
                    floor == null ? null : new BigDecimal(required(floor, "value")),
                    floor == null ? null : required(floor, "qualifier"), floor == null ? null : required(floor, "column"));
            for (String c : s.floor() == null ? List.of(s.column()) : List.of(s.column(), s.floorColumn())) {
                if (!columns.add(c)) {
                    throw new IllegalStateException("recipe: column \"" + c + "\" is written twice");
                }
            }
            out.add(s);
        }
        return out;
    }

    private static List<String> header(JsonNode recipe, List<Source> sources) {
        List<String> header = new ArrayList<>();
        header.add(required(recipe.path("key"), "column"));
        header.add(required(recipe.path("time"), "column"));
        for (Source s : sources) {
            header.add(s.column());
            if (s.floor() != null) {
                header.add(s.floorColumn());
            }
        }
        return header;
    }

    private ObjectNode manifest(JsonNode recipe, String id, Map<String, String> groups, List<Source> sources,
                                Path folder) throws IOException {
        ObjectNode m = JSON.createObjectNode();
        m.put("id", id);
        JsonNode fields = recipe.path("manifest");
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals("notes")) {
                m.set(e.getKey(), e.getValue().deepCopy());
            }
        }
        m.put("provenance", required(fields, "provenance") + " Files (upstream path): " + String.join(", ",
                sources.stream().map(s -> recipe.path("upstreamPath").asText("{file}.csv").replace("{file}", s.file()))
                        .distinct().toList()) + ".");
        ObjectNode key = m.putObject("key");
        key.put("column", required(recipe.path("key"), "column"));
        key.put("kind", required(recipe.path("key"), "kind"));
        if (recipe.path("key").has("total")) {
            key.put("total", recipe.path("key").path("total").asText());
        }
        ObjectNode g = key.putObject("groups");
        groups.forEach(g::put);
        m.set("time", recipe.path("time").deepCopy());
        ArrayNode measures = m.putArray("measures");
        ArrayNode notes = JSON.createArrayNode();
        fields.path("notes").forEach(n -> notes.add(n.asText()));
        for (Source s : sources) {
            ObjectNode out = measures.addObject();
            for (Iterator<Map.Entry<String, JsonNode>> it = s.recipe().fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!CONVERTER_KEYS.contains(e.getKey())) {
                    out.set(e.getKey(), e.getValue().deepCopy());
                }
            }
            if (s.floor() != null) {
                out.put("qualifierColumn", s.floorColumn());
            }
            notes.add(note(recipe, s, folder));
        }
        m.set("notes", notes);
        return m;
    }

    /** "GDP (gdp_usd): World Bank series NY.GDP.MKTP.CD, "GDP (current US$)". …": code, upstream title, recipe note. */
    private String note(JsonNode recipe, Source s, Path folder) throws IOException {
        String code = s.recipe().path("code").asText(s.file());
        StringBuilder out = new StringBuilder(required(s.recipe(), "metric")).append(" (").append(s.column())
                .append("): ").append(recipe.path("manifest").path("publisher").asText()).append(" series ").append(code);
        Path datapackage = folder.resolve(s.file() + ".datapackage.json");
        if (Files.isRegularFile(datapackage)) {
            JsonNode d = JSON.readTree(Files.readString(datapackage, StandardCharsets.UTF_8));
            out.append(", \"").append(d.path("title").asText()).append('"');
            String expected = recipe.path("upstreamLicence").asText(null);
            d.path("licenses").forEach(l -> {
                if (expected != null && !l.path("name").asText().equals(expected)) {
                    warn(datapackage.getFileName() + " states licence \"" + l.path("name").asText() + "\", not \""
                            + expected + "\"");
                }
            });
        }
        if (s.negate()) {
            out.append(", its sign reversed");
        }
        out.append('.');
        if (s.recipe().hasNonNull("note")) {
            out.append(' ').append(s.recipe().get("note").asText());
        }
        if (recipe.hasNonNull("seriesUrl")) {
            out.append(' ').append(recipe.get("seriesUrl").asText().replace("{code}", code));
        }
        return out.toString();
    }

    private static int column(CsvTable t, JsonNode columns, String role, String file) {
        String name = required(columns, role);
        int i = t.column(name);
        if (i < 0) {
            throw new IllegalStateException(file + ".csv has no column \"" + name + "\" (the " + role + ")");
        }
        return i;
    }

    private static Integer year(String cell) {
        return cell.matches("\\d{4}") ? Integer.valueOf(cell) : null;
    }

    private static String required(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            throw new IllegalStateException("recipe: missing \"" + field + "\"");
        }
        return v.asText();
    }

    private void warn(String message) {
        warnings.accept("indicator-long: " + message);
    }
}
