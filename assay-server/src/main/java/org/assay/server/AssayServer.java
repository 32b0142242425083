package org.assay.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.assay.analysis.Analysis;
import org.assay.article.Article;
import org.assay.store.Store;
import org.assay.store.StoreException;

/**
 * The HTTP server: the REST API under {@code /api}, its OpenAPI description at {@code /openapi.json}, and the web
 * pages. Writes need {@code Authorization: Bearer <token>}; bodies over the configured size are refused; every error
 * is answered by one mapper (JSON for the API, a small page for the web pages).
 */
public final class AssayServer implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(
            new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance));

    private final Javalin app;
    private final ServerConfig config;

    private AssayServer(Javalin app, ServerConfig config) {
        this.app = app;
        this.config = config;
    }

    /**
     * Starts serving.
     *
     * @param analyzer        supplies the analysis function on first use (models load only when an article is posted)
     * @param analyzerVersion recorded with the articles it stores, as {@code assay ingest} records its own
     */
    public static AssayServer start(Store store, Supplier<? extends Function<Article, Analysis>> analyzer,
                                    String analyzerVersion, ServerConfig config) {
        Javalin app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.http.maxRequestSize = config.maxBodyBytes();
            c.jsonMapper(new JavalinJackson(JSON, false));
            c.useVirtualThreads = false;
        });
        app.before(ctx -> guard(ctx, config));
        new Api(store, analyzer, analyzerVersion).register(app);
        new Pages(store).register(app);
        app.exception(ApiError.class, (e, ctx) -> answer(ctx, e.status, e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(), e.getMessage()));
        app.exception(StoreException.class, (e, ctx) -> answer(ctx, 503, "the store failed: " + e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> answer(ctx, 500, "internal error: " + e));
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                answer(ctx, 404, "no such page: " + ctx.path());
            }
        });
        app.start(config.host(), config.port());
        return new AssayServer(app, config);
    }

    /** The port it listens on (the chosen one when configured with 0). */
    public int port() {
        return app.port();
    }

    public String baseUrl() {
        return "http://" + config.host() + ":" + port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private static void guard(Context ctx, ServerConfig config) {
        String method = ctx.method().name();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return;
        }
        if (ctx.contentLength() > config.maxBodyBytes()) {
            throw new ApiError(413, "request body over " + config.maxBodyBytes() + " bytes");
        }
        boolean writes = !(ctx.path().equals("/api/analyze") && !"true".equals(ctx.queryParam("store")));
        if (!writes) {
            return;
        }
        if (config.writeToken() == null) {
            throw new ApiError(403, "writes are turned off: the server has no write token");
        }
        String auth = ctx.header("Authorization");
        String expected = "Bearer " + config.writeToken();
        if (auth == null || !MessageDigest.isEqual(auth.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "writes need Authorization: Bearer <token>");
        }
    }

    /** The one error answer: JSON for the API and anything that asks for JSON, else a small page. */
    private static void answer(Context ctx, int status, String message) {
        ctx.status(status);
        boolean api = ctx.path().startsWith("/api/") || ctx.path().equals("/openapi.json")
                || String.valueOf(ctx.header("Accept")).contains("application/json");
        if (api) {
            ctx.json(Map.of("status", status, "message", message));
        } else {
            ctx.html(Html.page("Error " + status, "<h1>Error " + status + "</h1><p>" + Html.esc(message) + "</p>"));
        }
    }
}
