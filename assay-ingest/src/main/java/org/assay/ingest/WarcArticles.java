package org.assay.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.assay.article.Article;
import org.assay.article.ArticleReader;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML responses of a WARC file (plain or gzipped, as news crawls such as CC-News ship them) as articles, read by
 * the core's {@link ArticleReader} (the charset is sniffed from the bytes), the record's URL kept; other
 * records (requests, metadata, non-HTML responses) are passed over. A record that cannot be parsed is a failure and
 * the reader goes on to the next; a file whose framing breaks ends there with one failure.
 */
final class WarcArticles {

    private static final ArticleReader ARTICLES = new ArticleReader(ArticleReader.DEFAULT_MAX_CHARS);

    private WarcArticles() {
    }

    static void read(Path file, Consumer<Item> out) throws IOException {
        try (WarcReader reader = new WarcReader(file)) {
            reader.onWarning(w -> { });
            while (true) {
                WarcRecord record;
                try {
                    var next = reader.next();
                    if (next.isEmpty()) {
                        return;
                    }
                    record = next.get();
                } catch (IOException | RuntimeException e) {
                    out.accept(new Item.Broken(file + "@" + reader.position(), "unreadable WARC record: " + e.getMessage()));
                    return;
                }
                if (record instanceof WarcResponse response) {
                    read(file, response, out);
                }
            }
        }
    }

    private static void read(Path file, WarcResponse response, Consumer<Item> out) {
        String url = response.target();
        String label = file.getFileName() + " " + url;
        try {
            MediaType type = response.http().contentType();
            if (!type.base().equals(MediaType.HTML)) {
                return;
            }
            byte[] bytes;
            try (InputStream body = response.http().body().stream()) {
                bytes = body.readAllBytes();
            }
            Article article = ARTICLES.read(url, "page.html", null, bytes).article();
            if (article.url() == null) {
                article = new Article(article.id(), article.title(), article.published(), article.source(), url,
                        article.text(), article.dropped(), article.byline());
            }
            out.accept(article.text().isBlank() ? new Item.Broken(label, "page has no text")
                    : new Item.Parsed(label, article));
        } catch (org.assay.article.UnreadableArticleException e) {
            out.accept(new Item.Broken(label, e.getMessage()));
        } catch (IOException | RuntimeException e) {
            out.accept(new Item.Broken(label, "unreadable HTTP response: " + e.getMessage()));
        }
    }
}
