package org.assay.ingest;

import java.util.List;
import org.assay.article.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Turns a news page into an {@link Article}: headline from {@code og:title}, the first {@code h1} or {@code title};
 * date from the usual meta tags or a {@code time} element; text from the paragraphs of {@code article} (else of the
 * body), one paragraph per block, scripts, navigation, headers and footers left out.
 *
 * <p>Stateless and thread-safe.
 */
final class HtmlArticles {

    private HtmlArticles() {
    }

    /** The article, or {@code null} when the page has no text. */
    static Article read(String id, Document doc, String url) {
        doc.select("script, style, nav, header, footer, aside, form, noscript, figure figcaption").remove();
        String title = first(doc.select("meta[property=og:title]").attr("content"),
                doc.select("h1").isEmpty() ? "" : doc.selectFirst("h1").text(), doc.title());
        String date = first(doc.select("meta[property=article:published_time]").attr("content"),
                doc.select("meta[name=date], meta[name=pubdate], meta[name=publishdate], meta[itemprop=datePublished]")
                        .attr("content"),
                doc.select("time[datetime]").attr("datetime"));
        String source = first(doc.select("meta[property=og:site_name]").attr("content"), null);
        String text = bodyText(doc);
        if (text.isBlank()) {
            return null;
        }
        return new Article(id, title, Dates.parse(date), source, url, text, List.of());
    }

    /** The readable text of an HTML page or fragment: paragraphs (and list items) separated by blank lines. */
    static String bodyText(Document doc) {
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.body();
        }
        Elements blocks = root.select("p, li, h2, h3, blockquote");
        StringBuilder out = new StringBuilder();
        for (Element b : blocks) {
            if (!b.select("p, li").isEmpty() && !b.is("p, li")) {
                continue;
            }
            String t = b.text().strip();
            if (!t.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n\n").append(t);
            }
        }
        return out.length() > 0 ? out.toString() : root.text().strip();
    }

    static String fragmentText(String html) {
        return bodyText(Jsoup.parseBodyFragment(html == null ? "" : html));
    }

    private static String first(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c.strip();
            }
        }
        return null;
    }
}
