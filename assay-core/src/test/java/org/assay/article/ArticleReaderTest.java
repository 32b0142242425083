package org.assay.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {

    private final ArticleReader reader = new ArticleReader(1_000);

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void extensionChoosesTheFormat() {
        String html = "<p>The dam opened.</p>";
        assertThat(reader.read("a", "a.txt", null, utf8(html)).article().text()).isEqualTo(html);
        assertThat(reader.read("a", "a.html", null, utf8(html)).article().text()).isEqualTo("The dam opened.");
    }

    @Test
    void withoutExtensionTheContentIsSniffed() {
        assertThat(reader.read("a", null, null, utf8("  <!DOCTYPE html><html><body><p>Dam.</p></body></html>"))
                .article().text()).isEqualTo("Dam.");
        assertThat(reader.read("a", "stdin", null, utf8("{\"text\": \"Dam.\"}")).article().text()).isEqualTo("Dam.");
        assertThat(reader.read("a", null, null, utf8("Dam opens\n\n<b> is a tag.")).article().title())
                .isEqualTo("Dam opens");
    }

    @Test
    void inputPathBecomesTheSourceWhenTheInputNamesNone() {
        Article a = reader.read("a", "a.txt", "news/a.txt", utf8("The dam opened.")).article();
        assertThat(a.source()).isEqualTo("news/a.txt");
    }

    @Test
    void latin1NoteTravelsWithTheArticle() {
        Read read = reader.read("a", "a.txt", null, "Caf\u00e9 opens".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(read.article().text()).isEqualTo("Caf\u00e9 opens");
        assertThat(read.notes()).singleElement().asString().contains("Windows-1252");
    }

    @Test
    void textOverTheLimitIsRefused() {
        assertThatThrownBy(() -> reader.read("a", "a.txt", null, utf8("x".repeat(1_001))))
                .isInstanceOf(UnreadableArticleException.class).hasMessageContaining("1,001 characters")
                .hasMessageContaining("limit of 1,000");
    }

    @Test
    void bulkyHtmlIsJudgedByItsExtractedText() {
        String page = "<html><head><script>" + "var x = 1;".repeat(500) + "</script></head><body><p>Dam.</p></body></html>";
        assertThat(reader.read("a", "a.html", null, utf8(page)).article().text()).isEqualTo("Dam.");
    }
}
