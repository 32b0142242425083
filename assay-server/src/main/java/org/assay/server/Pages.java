package org.assay.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.assay.store.ArticleSummary;
import org.assay.store.SearchQuery;
import org.assay.store.Store;
import org.assay.store.StoredClaim;
import org.assay.store.StoredEntity;
import org.assay.store.StoredQuote;

/** The web pages: home, article, speakers, speaker, claims (with filters), search. Plain HTML and one stylesheet. */
final class Pages {

    private final Store store;

    Pages(Store store) {
        this.store = store;
    }

    void register(Javalin app) {
        app.get("/assay.css", this::css);
        app.get("/", this::home);
        app.get("/articles/{id}", ctx -> ctx.html(ArticlePage.render(store.queries().article(new Params(ctx).id("id"))
                .orElseThrow(() -> ApiError.notFound("article")))));
        app.get("/speakers", this::speakers);
        app.get("/speakers/{id}", this::speaker);
        app.get("/claims", this::claims);
        app.get("/claims/{id}", ctx -> {
            StoredClaim c = store.queries().claim(new Params(ctx).id("id")).orElseThrow(() -> ApiError.notFound("claim"));
            ctx.html(Html.page("Claim", "<h1>Claim</h1>" + claimList(List.of(c))
                    + "<p><a href=\"/api/claims/" + c.id() + "/claimreview\">ClaimReview JSON-LD</a></p>"));
        });
        app.get("/search", this::search);
    }

    private void css(Context ctx) throws IOException {
        try (InputStream in = Pages.class.getResourceAsStream("assay.css")) {
            ctx.contentType("text/css; charset=utf-8").result(in.readAllBytes());
        }
    }

    private void home(Context ctx) {
        StringBuilder b = new StringBuilder("<h1>Knowledge base</h1><p class=\"meta\">")
                .append(store.queries().articleCount()).append(" articles. Claims by verdict:");
        store.queries().verdictCounts().forEach((v, n) -> b.append(" <a href=\"/claims?verdict=").append(v).append("\">")
                .append(Html.badgeLabel(v)).append("</a> ").append(n));
        b.append("</p><h2>Latest articles</h2><ul class=\"list\">");
        for (ArticleSummary a : store.queries().articles(50, 0)) {
            b.append("<li><a href=\"/articles/").append(a.id()).append("\">").append(Html.esc(a.displayTitle()))
                    .append("</a> <span class=\"meta\">").append(a.published() == null ? "" : a.published())
                    .append(' ').append(Html.esc(a.source() == null ? "" : a.source())).append("</span></li>");
        }
        ctx.html(Html.page("Assay", b.append("</ul>").toString()));
    }

    private void speakers(Context ctx) {
        StringBuilder b = new StringBuilder("<h1>Speakers</h1><ul class=\"list\">");
        for (StoredEntity e : store.queries().speakers(200, 0)) {
            b.append("<li><a href=\"/speakers/").append(e.id()).append("\">").append(Html.esc(e.name()))
                    .append("</a> <span class=\"meta\">").append(e.quotes()).append(" quotes</span></li>");
        }
        ctx.html(Html.page("Speakers", b.append("</ul>").toString()));
    }

    private void speaker(Context ctx) {
        long id = new Params(ctx).id("id");
        StoredEntity e = store.queries().entity(id).orElseThrow(() -> ApiError.notFound("speaker"));
        StringBuilder b = new StringBuilder("<h1>").append(Html.esc(e.name())).append("</h1><p class=\"meta\">")
                .append(Html.esc(e.type().toLowerCase(Locale.ROOT)));
        if (!e.aliases().isEmpty()) {
            b.append(" · also: ").append(Html.esc(String.join(", ", e.aliases())));
        }
        b.append(" · <a href=\"/claims?speaker=").append(Html.url(e.name())).append("\">claims</a></p>");
        b.append(quoteList(store.queries().quotesBy(id, 500, 0)));
        ctx.html(Html.page(e.name(), b.toString()));
    }

    private void claims(Context ctx) {
        SearchQuery q = new Params(ctx).search(100);
        StringBuilder b = new StringBuilder("<h1>Claims</h1><form class=\"filters\" method=\"get\" action=\"/claims\">")
                .append(input("q", "words", q.text())).append(input("speaker", "claimant", q.speaker()))
                .append(select("verdict", Params.verdicts(), q.verdict())).append(select("kind", Params.kinds(),
                        q.claimKind()))
                .append(input("from", "from YYYY-MM-DD", q.from() == null ? null : q.from().toString()))
                .append(input("to", "to YYYY-MM-DD", q.to() == null ? null : q.to().toString()))
                .append("<button type=\"submit\">Filter</button></form>");
        ctx.html(Html.page("Claims", b.append(claimList(store.searcher().claims(q))).toString()));
    }

    private void search(Context ctx) {
        SearchQuery q = new Params(ctx).search(50);
        StringBuilder b = new StringBuilder("<h1>Search</h1><form class=\"filters\" method=\"get\" action=\"/search\">")
                .append(input("q", "words", q.text())).append(input("speaker", "speaker", q.speaker()))
                .append(input("entity", "entity", q.entity())).append(input("source", "source", q.source()))
                .append("<button type=\"submit\">Search</button></form>");
        b.append("<h2>Quotes</h2>").append(quoteList(store.searcher().quotes(q)));
        b.append("<h2>Claims</h2>").append(claimList(store.searcher().claims(q)));
        ctx.html(Html.page("Search", b.toString()));
    }

    private static String quoteList(List<StoredQuote> quotes) {
        if (quotes.isEmpty()) {
            return "<p class=\"meta\">No quotes.</p>";
        }
        StringBuilder b = new StringBuilder("<ul class=\"list\">");
        for (StoredQuote q : quotes) {
            b.append("<li><blockquote>").append(Html.esc(q.text())).append("</blockquote><span class=\"meta\">");
            b.append(q.speakerId() == null ? Html.esc(q.speakerName() == null ? "unknown speaker" : q.speakerName())
                    : "<a href=\"/speakers/" + q.speakerId() + "\">" + Html.esc(q.speakerName()) + "</a>");
            b.append(" · <a href=\"/articles/").append(q.articleId()).append("\">").append(Html.esc(q.articleTitle()))
                    .append("</a> ").append(q.published() == null ? "" : q.published()).append("</span></li>");
        }
        return b.append("</ul>").toString();
    }

    private static String claimList(List<StoredClaim> claims) {
        if (claims.isEmpty()) {
            return "<p class=\"meta\">No claims.</p>";
        }
        StringBuilder b = new StringBuilder("<ul class=\"list\">");
        for (StoredClaim c : claims) {
            b.append("<li><a href=\"/claims/").append(c.id()).append("\">").append(Html.esc(c.text())).append("</a> ")
                    .append(Html.badge(c.verdict(), ArticlePage.evidence(c))).append("<span class=\"meta\"> ")
                    .append(Html.esc(c.kind().toLowerCase(Locale.ROOT))).append(" · ")
                    .append(Html.esc(c.claimantName())).append(" · <a href=\"/articles/").append(c.articleId())
                    .append("\">").append(Html.esc(c.articleTitle())).append("</a> ")
                    .append(c.published() == null ? "" : c.published()).append("</span></li>");
        }
        return b.append("</ul>").toString();
    }

    private static String input(String name, String placeholder, String value) {
        return "<input name=\"" + name + "\" placeholder=\"" + Html.esc(placeholder) + "\" value=\"" + Html.esc(value)
                + "\" aria-label=\"" + Html.esc(placeholder) + "\">";
    }

    private static String select(String name, Set<String> options, String chosen) {
        StringBuilder b = new StringBuilder("<select name=\"" + name + "\" aria-label=\"" + name + "\"><option value=\"\">any "
                + name + "</option>");
        for (String o : new java.util.TreeSet<>(options)) {
            b.append("<option").append(o.equals(chosen) ? " selected" : "").append(">").append(o).append("</option>");
        }
        return b.append("</select>").toString();
    }
}
