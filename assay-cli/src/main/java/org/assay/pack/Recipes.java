package org.assay.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assay.verify.CsvTable;

/** What converters share in reading a recipe and its upstream files. Stateless. */
final class Recipes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Recipes() {
    }

    /** A required text field. */
    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException("recipe: missing \"" + field + "\" in " + node);
        }
        return v.asText();
    }

    /** The recipe's blank markers ({@code "blanks": ["NA", "W"]}): cells that mean "no figure". */
    static Set<String> blanks(JsonNode recipe) {
        Set<String> out = new LinkedHashSet<>();
        recipe.path("blanks").forEach(b -> out.add(b.asText()));
        return out;
    }

    /**
     * A dataset's manifest: the recipe's {@code common} fields, then the dataset's own {@code manifest} fields (which
     * replace common ones, except {@code notes}, which follow the common notes), with the id set to the folder. The
     * pack writer puts the keys in the documented order and rejects unknown ones.
     */
    static ObjectNode manifest(JsonNode recipe, JsonNode dataset, String folder) {
        ObjectNode out = JSON.createObjectNode();
        ArrayNode notes = JSON.createArrayNode();
        for (JsonNode part : List.of(recipe.path("common"), dataset.path("manifest"))) {
            part.fields().forEachRemaining(e -> {
                if (e.getKey().equals("notes")) {
                    e.getValue().forEach(n -> notes.add(n.deepCopy()));
                } else {
                    out.set(e.getKey(), e.getValue().deepCopy());
                }
            });
        }
        if (!notes.isEmpty()) {
            out.set("notes", notes);
        }
        out.put("id", folder);
        return out;
    }

    /** The upstream file {@code file} of the recipe's {@code source} folder, parsed. */
    static CsvTable table(Path world, JsonNode recipe, String file) throws IOException {
        return UpstreamTable.read(world, text(recipe, "source"), file).table();
    }

    /** A row's cells by column name; a row shorter than the header (a dropped trailing empty cell) reads as blank. */
    static Map<String, String> cells(CsvTable table, CsvTable.Line line) {
        if (line.cells().size() > table.header().size()) {
            throw new IllegalArgumentException("line " + line.number() + ": " + line.cells().size()
                    + " cells under a header of " + table.header().size());
        }
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            out.put(table.header().get(i), i < line.cells().size() ? line.cells().get(i) : "");
        }
        return out;
    }

    /** The manifest's {@code path} text ("time.column"), required. */
    static String manifestText(ObjectNode manifest, String object, String field) {
        return text(manifest.path(object), field);
    }
}
