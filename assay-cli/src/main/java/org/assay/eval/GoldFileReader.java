package org.assay.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.assay.article.Span;
import org.assay.cli.UserError;

/** Reads a {@code *.gold.json} file; unknown fields are ignored, missing required ones are a {@link UserError}. */
final class GoldFileReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GoldFileReader() {
    }

    static GoldFile read(Path goldPath) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(goldPath));
        } catch (JsonProcessingException e) {
            throw new UserError("not valid JSON: " + e.getOriginalMessage());
        }
        return parse(root, goldPath);
    }

    static GoldFile parse(JsonNode root, Path goldPath) {
        if (root == null || !root.isObject() || !root.hasNonNull("article")) {
            throw new UserError("a gold file needs an \"article\" field");
        }
        Path dir = goldPath.toAbsolutePath().getParent();
        Path article = dir.resolve(root.get("article").asText()).normalize();
        LocalDate published = null;
        if (root.hasNonNull("published")) {
            try {
                published = LocalDate.parse(root.get("published").asText());
            } catch (DateTimeParseException e) {
                throw new UserError("\"published\" is not a date (YYYY-MM-DD)");
            }
        }
        List<GoldFile.Entity> entities = new ArrayList<>();
        for (JsonNode n : root.path("entities")) {
            entities.add(new GoldFile.Entity(required(n, "name", goldPath), text(n, "type"), strings(n.path("aliases")),
                    strings(n.path("titles")), text(n, "affiliation")));
        }
        List<GoldFile.Claim> claims = new ArrayList<>();
        for (JsonNode n : root.path("claims")) {
            claims.add(new GoldFile.Claim(required(n, "text", goldPath), text(n, "claimant"), text(n, "citedSource"),
                    text(n, "kind"), text(n, "verdict"), n.path("optional").asBoolean(false)));
        }
        return new GoldFile(article, published, entities, quotes(root.path("quotes"), goldPath),
                quotes(root.path("indirect"), goldPath), claims);
    }

    private static List<GoldFile.Quote> quotes(JsonNode array, Path goldPath) {
        List<GoldFile.Quote> quotes = new ArrayList<>();
        for (JsonNode n : array) {
            Span given = null;
            if (n.hasNonNull("start") && n.hasNonNull("end")) {
                int start = n.get("start").asInt();
                int end = n.get("end").asInt();
                if (start < 0 || end < start) {
                    throw new UserError("bad span " + start + ".." + end);
                }
                given = new Span(start, end);
            }
            quotes.add(new GoldFile.Quote(given == null ? required(n, "text", goldPath) : text(n, "text"),
                    text(n, "speaker"), text(n, "kind"), n.path("optional").asBoolean(false), given));
        }
        return quotes;
    }

    private static String required(JsonNode n, String field, Path goldPath) {
        if (!n.hasNonNull(field)) {
            throw new UserError("an item lacks \"" + field + "\"");
        }
        return n.get(field).asText();
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
