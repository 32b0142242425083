package org.assay.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.assay.verify.CsvTable;

/**
 * Format {@code place-groups}: writes no dataset but the pack's table of place groups ({@code groups.tsv}): the
 * continents, regions, unions and organisations readers name, with their members, so the checker can tell which
 * countries "the EU" or "Sub-Saharan Africa" holds. Tab-separated, a header row, one row per group in recipe order:
 *
 * <pre>
 * group    the group's name ("European Union")
 * aliases  names a text may use for it, the group's name first, | separated ("European Union|EU|the EU|EU's")
 * kind     continent, region, union, organisation or income
 * members  {@link Membership}s, | separated, in code order ("BEL:1958-|…|GBR:1973-2020|…")
 * source   where the membership comes from
 * </pre>
 *
 * <p>Recipe: {@code file} (the file to write), {@code codes} (the country-codes table under the world folder),
 * {@code codeColumn} (its ISO 3166 alpha-3 column) and {@code groups}: each with {@code group}, {@code aliases},
 * {@code kind}, {@code source} and either {@code members} (memberships the recipe states) or {@code from}
 * {column, value} (every code whose cell in that column of the country-codes table is the value, verbatim), optionally
 * adjusted by {@code without} and {@code with} (codes). Every member must be a place code; a group or alias named
 * twice, an empty group, or a {@code without} code not in the group is an error. Stateless.
 */
final class PlaceGroupsConverter implements Converter {

    private static final Set<String> KINDS = Set.of("continent", "region", "union", "organisation", "income");
    private static final String HEADER = "group\taliases\tkind\tmembers\tsource\n";

    @Override
    public List<PackDataset> convert(JsonNode recipe, Path world, PackPlaces places) {
        return List.of();
    }

    @Override
    public List<PackFile> files(JsonNode recipe, Path world, PackPlaces places) throws IOException {
        CsvTable codes = CsvTable.parse(Files.readString(world.resolve(required(recipe, "codes")),
                StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder(HEADER);
        Map<String, String> groupByAlias = new HashMap<>();
        for (JsonNode g : recipe.path("groups")) {
            String name = required(g, "group");
            String kind = required(g, "kind");
            if (!KINDS.contains(kind)) {
                throw new IllegalStateException(name + ": kind \"" + kind + "\" is not one of " + new TreeSet<>(KINDS));
            }
            Set<String> aliases = new LinkedHashSet<>(List.of(name));
            g.path("aliases").forEach(a -> aliases.add(a.asText()));
            for (String a : aliases) {
                String other = groupByAlias.putIfAbsent(a, name);
                if (other != null) {
                    throw new IllegalStateException("\"" + a + "\" names both " + other + " and " + name);
                }
            }
            List<Membership> members = members(g, name, codes, recipe, places);
            out.append(String.join("\t", cell(name), cell(String.join("|", aliases)), kind,
                    String.join("|", members.stream().map(Membership::text).toList()), cell(required(g, "source"))))
                    .append('\n');
        }
        return List.of(new PackFile(required(recipe, "file"), out.toString()));
    }

    private static List<Membership> members(JsonNode g, String name, CsvTable codes, JsonNode recipe,
                                            PackPlaces places) {
        Map<String, Membership> out = new TreeMap<>();
        if (g.has("from")) {
            JsonNode from = g.get("from");
            int column = codes.column(required(from, "column"));
            int code = codes.column(required(recipe, "codeColumn"));
            if (column < 0 || code < 0) {
                throw new IllegalStateException(name + ": the country-codes table has no column \""
                        + (column < 0 ? from.get("column").asText() : recipe.get("codeColumn").asText()) + "\"");
            }
            String value = required(from, "value");
            for (CsvTable.Line l : codes.rows()) {
                if (column < l.cells().size() && l.cells().get(column).equals(value) && !l.cells().get(code).isEmpty()) {
                    out.put(l.cells().get(code), new Membership(l.cells().get(code), null, null));
                }
            }
            for (JsonNode w : g.path("without")) {
                if (out.remove(w.asText()) == null) {
                    throw new IllegalStateException(name + ": " + w.asText() + " is to be left out but is not in "
                            + value);
                }
            }
            g.path("with").forEach(w -> add(out, Membership.parse(w.asText()), name));
        }
        g.path("members").forEach(m -> add(out, Membership.parse(m.asText()), name));
        if (out.isEmpty()) {
            throw new IllegalStateException(name + ": no members");
        }
        List<Membership> list = new ArrayList<>(out.values());
        for (Membership m : list) {
            if (!places.isPlaceCode(m.iso3())) {
                throw new IllegalStateException(name + ": member " + m.iso3() + " is not a place code");
            }
        }
        return list;
    }

    private static void add(Map<String, Membership> members, Membership m, String group) {
        if (members.putIfAbsent(m.iso3(), m) != null) {
            throw new IllegalStateException(group + ": " + m.iso3() + " is listed twice");
        }
    }

    private static String cell(String text) {
        if (text.contains("\t") || text.contains("\n") || text.contains("\r")) {
            throw new IllegalStateException("a groups.tsv cell cannot hold a tab or a line break: \"" + text + "\"");
        }
        return text;
    }

    private static String required(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            throw new IllegalStateException("recipe: missing \"" + field + "\"");
        }
        return v.asText();
    }
}
