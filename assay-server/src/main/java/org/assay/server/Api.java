package org.assay.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.assay.analysis.Analysis;
import org.assay.analysis.LazyAnalyzer;
import org.assay.analysis.AnalysisJson;
import org.assay.article.Article;
import org.assay.article.PlainTextReader;
import org.assay.export.ClaimReviews;
import org.assay.store.ContentHash;
import org.assay.store.SaveOutcome;
import org.assay.store.SearchQuery;
import org.assay.store.Store;
import org.assay.store.StoredArticle;
import org.assay.store.StoredClaim;
import org.assay.store.StoredEntity;

/** The REST API's handlers; {@code /openapi.json} describes them. */
final class Api {

    static final String JSON_LD = "application/ld+json";

    private final Store store;
    private final LazyAnalyzer analyzer;
    private final String analyzerVersion;

    Api(Store store, Supplier<? extends Function<Article, Analysis>> analyzer, String analyzerVersion) {
        this.store = store;
        this.analyzer = new LazyAnalyzer(analyzer);
        this.analyzerVersion = analyzerVersion;
    }

    void register(Javalin app) {
        app.get("/openapi.json", this::openapi);
        app.post("/api/analyze", this::analyze);
        app.get("/api/articles", ctx -> {
            Params p = new Params(ctx);
            int limit = p.integer("limit", 50, 1, SearchQuery.MAX_LIMIT);
            int offset = p.integer("offset", 0, 0, 1_000_000);
            p.done();
            ctx.json(Map.of("articles", store.queries().articles(limit, offset)));
        });
        app.get("/api/articles/{id}", this::article);
        app.get("/api/articles/{id}/claimreview", ctx -> {
            StoredArticle a = store.queries().article(new Params(ctx).id("id"))
                    .orElseThrow(() -> ApiError.notFound("article"));
            ctx.contentType(JSON_LD).result(ClaimReviews.ofAll(a.claims(), id -> claimUrl(ctx, id)).toString());
        });
        app.get("/api/search", ctx -> {
            SearchQuery q = new Params(ctx).search(20);
            ctx.json(Map.of("quotes", store.searcher().quotes(q), "claims", store.searcher().claims(q)));
        });
        app.get("/api/speakers", ctx -> {
            Params p = new Params(ctx);
            int limit = p.integer("limit", 50, 1, SearchQuery.MAX_LIMIT);
            int offset = p.integer("offset", 0, 0, 1_000_000);
            p.done();
            ctx.json(Map.of("speakers", store.queries().speakers(limit, offset)));
        });
        app.get("/api/speakers/{id}", ctx -> {
            Params p = new Params(ctx);
            long id = p.id("id");
            int limit = p.integer("limit", 100, 1, SearchQuery.MAX_LIMIT);
            int offset = p.integer("offset", 0, 0, 1_000_000);
            p.done();
            StoredEntity e = store.queries().entity(id).orElseThrow(() -> ApiError.notFound("speaker"));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("speaker", e);
            out.put("quotes", store.queries().quotesBy(id, limit, offset));
            ctx.json(out);
        });
        app.get("/api/claims", ctx -> ctx.json(Map.of("claims", store.searcher().claims(new Params(ctx).search(50)))));
        app.get("/api/claims/{id}", ctx -> ctx.json(claim(ctx)));
        app.get("/api/claims/{id}/claimreview", ctx ->
                ctx.contentType(JSON_LD).result(ClaimReviews.of(claim(ctx), claimUrl(ctx, claim(ctx).id())).toString()));
    }

    private StoredClaim claim(Context ctx) {
        return store.queries().claim(new Params(ctx).id("id")).orElseThrow(() -> ApiError.notFound("claim"));
    }

    static String claimUrl(Context ctx, long claimId) {
        return ctx.scheme() + "://" + ctx.host() + "/claims/" + claimId;
    }

    private void openapi(Context ctx) throws IOException {
        try (InputStream in = Api.class.getResourceAsStream("openapi.json")) {
            ctx.contentType("application/json").result(in.readAllBytes());
        }
    }

    private void article(Context ctx) throws IOException {
        StoredArticle a = store.queries().article(new Params(ctx).id("id"))
                .orElseThrow(() -> ApiError.notFound("article"));
        ObjectNode out = AssayServer.JSON.createObjectNode();
        out.set("stored", AssayServer.JSON.valueToTree(a.summary()));
        out.set("analysis", AssayServer.JSON.readTree(a.analysisJson()));
        out.put("text", a.text());
        ctx.json(out);
    }

    private void analyze(Context ctx) {
        Article article = articleFrom(ctx);
        Analysis analysis = analyzer.apply(article);
        ObjectNode out = AnalysisJson.toJson(analysis);
        if ("true".equals(ctx.queryParam("store"))) {
            SaveOutcome outcome = store.writer().saveAll(List.of(analysis), analyzerVersion, false).get(0);
            ObjectNode stored = out.putObject("stored");
            stored.put("outcome", outcome.name());
            stored.put("contentHash", ContentHash.of(article));
            ctx.status(outcome == SaveOutcome.INSERTED ? 201 : 200);
        }
        ctx.json(out);
    }

    /** A JSON body {text, title?, published?, source?, url?, id?}, or plain text read as a plain-text article. */
    private static Article articleFrom(Context ctx) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw new ApiError(400, "empty body: post an article as JSON {\"text\": ...} or as plain text");
        }
        String type = String.valueOf(ctx.contentType());
        if (!type.startsWith("application/json")) {
            return new PlainTextReader().read("posted", body);
        }
        JsonNode node;
        try {
            node = AssayServer.JSON.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ApiError(400, "body is not JSON: " + e.getOriginalMessage());
        }
        String text = node.path("text").asText("");
        if (text.isBlank()) {
            throw new ApiError(400, "the article needs a non-empty \"text\"");
        }
        LocalDate published = null;
        if (node.hasNonNull("published")) {
            try {
                published = LocalDate.parse(node.get("published").asText());
            } catch (DateTimeParseException e) {
                throw new ApiError(400, "published must be a date YYYY-MM-DD");
            }
        }
        return new Article(node.path("id").asText("posted"), node.hasNonNull("title") ? node.get("title").asText() : null,
                published, node.hasNonNull("source") ? node.get("source").asText() : null,
                node.hasNonNull("url") ? node.get("url").asText() : null, text, List.of());
    }
}
