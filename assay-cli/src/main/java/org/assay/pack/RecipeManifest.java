package org.assay.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;

/**
 * A dataset's manifest from a recipe: the recipe's shared {@code manifest} block under the dataset's own. The
 * dataset's keys replace the shared ones, except {@code provenance} (the shared text, then the dataset's, then what
 * the converter did) and {@code notes} (the shared notes, then the dataset's). Keys come in the order of
 * docs/datasets.md, so manifests read alike and are reproducible. Stateless.
 */
final class RecipeManifest {

    /** The manifest keys in the order docs/datasets.md lists them; {@code id} and {@code file} are set by the writer. */
    private static final List<String> ORDER = List.of("id", "family", "publisher", "title", "edition", "published",
            "source", "licence", "attribution", "provenance", "publisherNames", "file", "key", "time", "subject",
            "subjectTerms", "measures", "period", "population", "sourceColumn", "notes");

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
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (String key : ORDER) {
            if (key.equals("id")) {
                out.put(key, own.path("id").asText());
            } else if (key.equals("file")) {
                out.put(key, "");
            } else if (merged.has(key)) {
                out.set(key, merged.get(key));
            }
        }
        for (Iterator<String> it = merged.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!ORDER.contains(key)) {
                throw new IllegalStateException("recipe manifest of " + own.path("id").asText() + ": unknown key \""
                        + key + "\" (docs/datasets.md)");
            }
        }
        return out;
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
