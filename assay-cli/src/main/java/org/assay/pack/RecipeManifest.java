package org.assay.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A dataset's manifest from a recipe: the recipe's shared {@code manifest} block under the dataset's own. The
 * dataset's keys replace the shared ones, except {@code provenance} (the shared text, then the dataset's, then what
 * the converter did) and {@code notes} (the shared notes, then the dataset's). The pack writer puts the keys in the
 * documented order and rejects unknown ones. Stateless.
 */
final class RecipeManifest {

    private RecipeManifest() {
    }

    /**
     * @param shared    the recipe's {@code manifest} block (may be missing)
     * @param own       the dataset's {@code manifest} block
     * @param converted what the converter did, a sentence or two appended to the provenance
     */
    static ObjectNode of(JsonNode shared, JsonNode own, String converted) {
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        if (shared != null && shared.isObject()) {
            merged.setAll((ObjectNode) shared.deepCopy());
        }
        merged.setAll((ObjectNode) own.deepCopy());
        merged.put("provenance", join(text(shared, "provenance"), text(own, "provenance"), converted));
        ArrayNode notes = JsonNodeFactory.instance.arrayNode();
        if (shared != null) {
            shared.path("notes").forEach(n -> notes.add(n.deepCopy()));
        }
        own.path("notes").forEach(n -> notes.add(n.deepCopy()));
        merged.remove("notes");
        if (!notes.isEmpty()) {
            merged.set("notes", notes);
        }
        return merged;
    }

    /** A required text field of a recipe node. */
    static String required(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalStateException(where + ": missing \"" + field + "\"");
        }
        return v.asText();
    }

    private static String text(JsonNode node, String field) {
        return node == null ? "" : node.path(field).asText("");
    }

    private static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String p : parts) {
            if (!p.isBlank()) {
                out.append(out.length() == 0 ? "" : " ").append(p.strip());
            }
        }
        return out.toString();
    }
}
