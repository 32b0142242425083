package org.assay.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assay.article.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class InputsTest {

    static final Path INPUTS = Path.of("src/test/resources/inputs");

    @TempDir
    Path dir;

    static List<Item> read(String... locations) {
        List<Item> items = new ArrayList<>();
        Inputs.read(List.of(locations), items::add);
        return items;
    }

    static Article article(Item item) {
        assertThat(item).isInstanceOf(Item.Parsed.class);
        return ((Item.Parsed) item).article();
    }

    @Test
    void plainTextTakesItsHeadlineFromTheFirstLine() {
        Article a = article(read(INPUTS.resolve("harbour.txt").toString()).get(0));
        assertThat(a.title()).isEqualTo("Harbour dredging to start in May");
        assertThat(a.id()).isEqualTo("harbour.txt");
    }

    @Test
    void htmlKeepsTheArticleParagraphsAndItsMetadataButNotScriptsOrNavigation() {
        Article a = article(read(INPUTS.resolve("school.html").toString()).get(0));
        assertThat(a.title()).isEqualTo("Schools get new roofs");
        assertThat(a.published()).isEqualTo(LocalDate.of(2025, 5, 2));
        assertThat(a.source()).isEqualTo("Valley Post");
        assertThat(a.text()).contains("Twelve schools will get new roofs this summer, the council said.")
                .contains("\"The leaks end this year,\" said councillor Ben Ruiz.")
                .doesNotContain("tracking").doesNotContain("Home").doesNotContain("Share this article");
    }

    @Test
    void jsonLinesGoOnPastBadLinesAndSayWhichLineFailed() {
        List<Item> items = read(INPUTS.resolve("articles.jsonl").toString());
        assertThat(items).hasSize(4);
        assertThat(article(items.get(0)).published()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(items.get(1)).isInstanceOf(Item.Broken.class);
        assertThat(items.get(1).label()).endsWith("articles.jsonl:2");
        assertThat(((Item.Broken) items.get(2)).reason()).contains("no text");
        assertThat(article(items.get(3)).title()).isEqualTo("Market hall sold");
    }

    @Test
    void rssAndAtomEntriesBecomeArticlesWithLinkDateAndFeedTitle() {
        List<Item> rss = read(INPUTS.resolve("feed.rss").toString());
        Article ferry = article(rss.get(0));
        assertThat(ferry.title()).isEqualTo("Ferry fares rise");
        assertThat(ferry.url()).isEqualTo("https://coast.example/ferry");
        assertThat(ferry.published()).isEqualTo(LocalDate.of(2025, 6, 10));
        assertThat(ferry.source()).isEqualTo("Coast Gazette");
        assertThat(ferry.text()).startsWith("Ferry fares rise by 5 percent in July.");
        assertThat(rss.get(1)).isInstanceOf(Item.Broken.class);

        Article tunnel = article(read(INPUTS.resolve("feed.atom").toString()).get(0));
        assertThat(tunnel.text()).isEqualTo("The tunnel plan was approved on Tuesday.\n\n"
                + "\"Work starts in autumn,\" the mayor said.");
        assertThat(tunnel.published()).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void warcHtmlResponsesBecomeArticlesAndOtherRecordsArePassedOver() throws Exception {
        Path warc = dir.resolve("crawl.warc.gz");
        try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), org.netpreserve.jwarc.WarcCompression.GZIP)) {
            w.write(response("https://news.example/a", "text/html; charset=utf-8",
                    "<html><head><title>Dam repaired</title></head><body><p>The dam was repaired in June.</p>"
                            + "</body></html>"));
            w.write(response("https://news.example/logo.png", "image/png", "PNG"));
            w.write(response("https://news.example/b", "text/html", "<html><body></body></html>"));
        }
        List<Item> items = read(warc.toString());
        assertThat(items).hasSize(2);
        Article a = article(items.get(0));
        assertThat(a.url()).isEqualTo("https://news.example/a");
        assertThat(a.title()).isEqualTo("Dam repaired");
        assertThat(a.text()).isEqualTo("The dam was repaired in June.");
        assertThat(((Item.Broken) items.get(1)).reason()).contains("no article text");
    }

    @Test
    void aFolderIsReadRecursivelyPassingOverGoldFilesAndUnknownKinds() {
        List<Item> items = read(INPUTS.toString());
        assertThat(items).noneMatch(i -> i.label().endsWith(".gold.json") || i.label().endsWith(".md"));
        assertThat(items.stream().filter(i -> i instanceof Item.Parsed)).hasSize(6);
        assertThat(Inputs.countFiles(INPUTS.toString())).isEqualTo(-1);
        assertThat(Inputs.countFiles(INPUTS.resolve("harbour.txt").toString())).isEqualTo(1);
    }

    @Test
    void aNamedFileOfUnknownKindIsABrokenRecordAndAMissingOneIsRefusedUpFront() {
        assertThat(read(INPUTS.resolve("notes.md").toString())).singleElement()
                .isInstanceOfSatisfying(Item.Broken.class, b -> assertThat(b.reason()).contains("unknown input format"));
        assertThatThrownBy(() -> Inputs.check(List.of(INPUTS.resolve("missing.txt").toString())))
                .hasMessageContaining("no such file or folder");
    }

    private static WarcResponse response(String url, String type, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + bytes.length + "\r\n\r\n"
                + body).getBytes(StandardCharsets.UTF_8);
        return new WarcResponse.Builder(URI.create(url)).body(MediaType.HTTP_RESPONSE, http).build();
    }
}
