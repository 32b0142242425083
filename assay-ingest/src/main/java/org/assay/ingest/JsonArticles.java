package org.assay.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.assay.article.Article;

/**
 * One article from a JSON object: {@code text} (or {@code body}, {@code content}) is required; {@code id},
 * {@code title} (or {@code headline}), {@code published} (or {@code date}, {@code datePublished}), {@code source} and
 * {@code url} (or {@code link}) are optional.
 */
final class JsonArticles {

    private JsonArticles() {
    }

    /** The article, or an explanation of what is wrong with the object. */
    static Item read(String label, String defaultId, JsonNode node) {
        if (node == null || !node.isObject()) {
            return new Item.Broken(label, "not a JSON object");
        }
        String text = first(node, "text", "body", "content");
        if (text == null || text.isBlank()) {
            return new Item.Broken(label, "no text (want a non-empty \"text\" field)");
        }
        String id = first(node, "id");
        String published = first(node, "published", "date", "datePublished");
        if (published != null && Dates.parse(published) == null) {
            return new Item.Broken(label, "published is not a date: " + published);
        }
        return new Item.Parsed(label, new Article(id == null ? defaultId : id, first(node, "title", "headline"),
                Dates.parse(published), first(node, "source"), first(node, "url", "link"), text, List.of()));
    }

    private static String first(JsonNode node, String... names) {
        for (String n : names) {
            JsonNode v = node.get(n);
            if (v != null && !v.isNull()) {
                return v.asText();
            }
        }
        return null;
    }
}
