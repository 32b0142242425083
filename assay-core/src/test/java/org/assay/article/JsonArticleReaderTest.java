package org.assay.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JsonArticleReaderTest {

    private final JsonArticleReader reader = new JsonArticleReader();

    @Test
    void fieldsOfTheContractAreRead() throws IOException {
        Read read = reader.read("library", HtmlReaderTest.resource("article.json"));
        Article a = read.article();
        assertThat(a.id()).isEqualTo("library");
        assertThat(a.title()).isEqualTo("Library extends opening hours");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 4, 2));
        assertThat(a.url()).isEqualTo("https://news.example/library");
        assertThat(a.source()).isEqualTo("Valley News");
        assertThat(a.text()).startsWith("Library extends opening hours\n\nThe town library").endsWith("she said.");
        assertThat(read.notes()).isEmpty();
    }

    @Test
    void boilerplateInsideTheTextIsDroppedWithOffsetsIntoTheTextAsGiven() throws IOException {
        Article a = reader.read("library", HtmlReaderTest.resource("article.json")).article();
        assertThat(a.dropped()).singleElement().satisfies(s -> assertThat(s.of(a.text())).isEqualTo("ADVERTISEMENT"));
    }

    @Test
    void withoutTitleTheHeadlineRuleApplies() {
        Article a = reader.read("x", "{\"text\": \"Dam opens\\n\\nThe dam opened.\", \"id\": \"dam-1\"}").article();
        assertThat(a.title()).isEqualTo("Dam opens");
        assertThat(a.id()).isEqualTo("dam-1");
    }

    @Test
    void unreadableDateIsLeftOutWithANote() {
        Read read = reader.read("x", "{\"text\": \"The dam opened.\", \"published\": \"last Tuesday\"}");
        assertThat(read.article().published()).isNull();
        assertThat(read.notes()).singleElement().asString().contains("last Tuesday");
    }

    @Test
    void malformedJsonIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> reader.read("x", "{\"text\": \"open"))
                .isInstanceOf(UnreadableArticleException.class).hasMessageContaining("not valid JSON (line 1");
    }

    @Test
    void missingTextIsRefused() {
        assertThatThrownBy(() -> reader.read("x", "{\"title\": \"Only a title\"}"))
                .isInstanceOf(UnreadableArticleException.class).hasMessageContaining("\"text\"");
        assertThatThrownBy(() -> reader.read("x", "[1, 2]"))
                .isInstanceOf(UnreadableArticleException.class).hasMessageContaining("object");
    }
}
