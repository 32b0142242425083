package org.assay.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.assay.store.Fixtures;
import org.assay.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API over HTTP on loopback, against an SQLite store holding the two fixture articles. */
class ApiIT {

    static final String TOKEN = "test-token-123";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;

    static Store store;
    static AssayServer server;

    @BeforeAll
    static void start() {
        store = Store.open(dir.resolve("kb.db").toString());
        store.writer().saveAll(List.of(Fixtures.bus(), Fixtures.depot()), "v1", false);
        server = AssayServer.start(store, Fixtures::quoteMarkAnalyzer, "test", new ServerConfig("127.0.0.1", 0, TOKEN, 4096));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String type, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    static long articleId(String title) throws Exception {
        for (JsonNode a : json(get("/api/articles")).get("articles")) {
            if (a.get("title").asText().equals(title)) {
                return a.get("id").asLong();
            }
        }
        throw new AssertionError("no article " + title);
    }

    @Test
    void analysingWithoutStoringNeedsNoTokenAndStoresNothing() throws Exception {
        int before = store.queries().articleCount();
        HttpResponse<String> r = post("/api/analyze", "application/json",
                "{\"title\": \"Pier\", \"published\": \"2025-08-01\", \"text\": \"\\\"The pier is open,\\\" she said.\"}",
                null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).at("/quotes/0/text").asText()).isEqualTo("The pier is open,");
        assertThat(json(r).at("/article/published").asText()).isEqualTo("2025-08-01");
        assertThat(store.queries().articleCount()).isEqualTo(before);
    }

    @Test
    void storingAnArticleNeedsTheBearerToken() throws Exception {
        String body = "Lake cleanup\n\n\"The water is clear again,\" the ranger said.\n";
        HttpResponse<String> refused = post("/api/analyze?store=true", "text/plain", body, null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(json(refused).get("status").asInt()).isEqualTo(401);
        assertThat(post("/api/analyze?store=true", "text/plain", body, "wrong-token-99").statusCode()).isEqualTo(401);

        HttpResponse<String> stored = post("/api/analyze?store=true", "text/plain", body, TOKEN);
        assertThat(stored.statusCode()).isEqualTo(201);
        assertThat(json(stored).at("/stored/outcome").asText()).isEqualTo("INSERTED");
        long id = articleId("Lake cleanup");
        assertThat(json(get("/api/articles/" + id)).at("/analysis/quotes/0/text").asText())
                .isEqualTo("The water is clear again,");
        HttpResponse<String> again = post("/api/analyze?store=true", "text/plain", body, TOKEN);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).at("/stored/outcome").asText()).isEqualTo("UNCHANGED");
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithJson() throws Exception {
        HttpResponse<String> r = post("/api/analyze", "text/plain", "word ".repeat(2000), null);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(json(r).get("message").asText()).contains("4096");
    }

    @Test
    void badInputAnswersOneJsonErrorNamingEveryProblem() throws Exception {
        HttpResponse<String> r = get("/api/search?limit=0&from=yesterday&verdict=MAYBE");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("message").asText()).contains("limit").contains("from").contains("verdict");
        assertThat(get("/api/articles/999999").statusCode()).isEqualTo(404);
        assertThat(json(get("/api/articles/abc")).get("status").asInt()).isEqualTo(400);
        assertThat(json(post("/api/analyze", "application/json", "{\"text\": ", null)).get("message").asText())
                .startsWith("body is not JSON");
        assertThat(json(get("/api/nothing-here")).get("status").asInt()).isEqualTo(404);
    }

    @Test
    void anArticleComesBackWithItsAnalysis() throws Exception {
        JsonNode a = json(get("/api/articles/" + articleId("Mayor promises cheaper buses")));
        assertThat(a.at("/stored/published").asText()).isEqualTo("2025-03-03");
        assertThat(a.at("/analysis/entities/0/name").asText()).isEqualTo("Lena Ortiz");
        assertThat(a.at("/analysis/claims/0/verdict/evidence/0/dataset").asText()).isEqualTo("transit-ridership");
        assertThat(a.get("text").asText()).isEqualTo(Fixtures.BUS_TEXT);
    }

    @Test
    void searchFiltersBySpeakerAndPointsBackToArticleAndSpan() throws Exception {
        JsonNode r = json(get("/api/search?q=depot&speaker=Lena%20Ortiz"));
        assertThat(r.get("quotes")).hasSize(1);
        JsonNode q = r.at("/quotes/0");
        assertThat(q.get("articleTitle").asText()).isEqualTo("Ortiz opens north depot");
        assertThat(Fixtures.DEPOT_TEXT.substring(q.get("start").asInt(), q.get("end").asInt()))
                .isEqualTo(q.get("text").asText());
        assertThat(r.get("claims")).hasSize(1);
    }

    @Test
    void speakersAndTheirQuotesAcrossArticles() throws Exception {
        JsonNode speakers = json(get("/api/speakers")).get("speakers");
        assertThat(speakers.get(0).get("name").asText()).isEqualTo("Lena Ortiz");
        JsonNode one = json(get("/api/speakers/" + speakers.get(0).get("id").asLong()));
        assertThat(one.get("quotes")).hasSize(3);
    }

    @Test
    void claimsByVerdictAndTheirClaimReview() throws Exception {
        JsonNode claims = json(get("/api/claims?verdict=contradicted")).get("claims");
        assertThat(claims).hasSize(1);
        long id = claims.get(0).get("id").asLong();

        HttpResponse<String> r = get("/api/claims/" + id + "/claimreview");
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
        JsonNode review = json(r);
        assertThat(review.get("@type").asText()).isEqualTo("ClaimReview");
        assertThat(review.get("claimReviewed").asText()).isEqualTo("This depot serves 40,000 riders a day");
        assertThat(review.at("/itemReviewed/author/name").asText()).isEqualTo("Lena Ortiz");
        assertThat(review.at("/itemReviewed/datePublished").asText()).isEqualTo("2025-04-11");
        assertThat(review.at("/reviewRating/alternateName").asText()).isEqualTo("Contradicted");
        assertThat(review.get("reviewBody").asText()).contains("north depot: 24,800 riders a day");

        JsonNode all = json(get("/api/articles/" + articleId("Mayor promises cheaper buses") + "/claimreview"));
        assertThat(all).hasSize(2);
        assertThat(all.get(1).at("/itemReviewed/author/name").asText()).isEqualTo("City Herald");
    }

    @Test
    void theOpenApiDescriptionListsEveryApiPath() throws Exception {
        JsonNode spec = json(get("/openapi.json"));
        assertThat(spec.get("openapi").asText()).startsWith("3.");
        assertThat(spec.get("paths").fieldNames()).toIterable().contains("/api/analyze", "/api/search",
                "/api/articles/{id}", "/api/speakers/{id}", "/api/claims", "/api/claims/{id}/claimreview");
    }

    @Test
    void pagesAreServedAsHtml() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(home.body()).contains("Mayor promises cheaper buses").contains("name=\"q\"");
        assertThat(get("/claims?verdict=SUPPORTED").body()).contains("Ridership rose 4 percent in 2024")
                .doesNotContain("40,000");
        assertThat(get("/search?q=budget").body()).contains("The budget cannot carry a cut that deep");
        assertThat(get("/articles/424242").statusCode()).isEqualTo(404);
        assertThat(get("/assay.css").body()).contains(".badge");
    }
}
