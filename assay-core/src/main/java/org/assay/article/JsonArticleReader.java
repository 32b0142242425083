package org.assay.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One article as a JSON object: {@code {"title", "text", "published", "url", "source"}}, optionally {@code "id"} and
 * {@code "byline"}; other keys are ignored. {@code text} is required; offsets point into it exactly as given, and its
 * boilerplate lines are dropped from analysis as for plain text. Without a {@code title}, the plain-text headline rule
 * applies to the text. {@code published} is an ISO date or date-time; one that cannot be read is left out with a note.
 *
 * <p>Malformed JSON, a value that is not an object, or a missing or blank {@code text} throw
 * {@link UnreadableArticleException}. Stateless and thread-safe.
 */
public final class JsonArticleReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Reads the JSON document {@code json}; its {@code id} field, when present, wins over {@code id}. */
    public Read read(String id, String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UnreadableArticleException("not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new UnreadableArticleException("expected one JSON object with a \"text\" field");
        }
        JsonNode textNode = root.get("text");
        if (textNode == null || !textNode.isTextual() || textNode.asText().isBlank()) {
            throw new UnreadableArticleException("JSON article has no \"text\" (a non-empty string is required)");
        }
        String text = textNode.asText();
        List<Span> dropped = Boilerplate.lines(text);
        List<String> notes = new ArrayList<>();
        String title = string(root, "title");
        String publishedValue = string(root, "published");
        LocalDate published = HtmlReader.isoDate(publishedValue);
        if (publishedValue != null && published == null) {
            notes.add("\"published\": \"" + publishedValue + "\" is not an ISO date (YYYY-MM-DD); left out");
        }
        Article article = new Article(firstNonNull(string(root, "id"), id),
                firstNonNull(title, PlainTextReader.headline(text, dropped)), published, string(root, "source"),
                string(root, "url"), text, dropped, string(root, "byline"));
        return new Read(article, notes);
    }

    private static String string(JsonNode root, String field) {
        JsonNode n = root.get(field);
        return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText();
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
