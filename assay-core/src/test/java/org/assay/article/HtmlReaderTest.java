package org.assay.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    private final HtmlReader reader = new HtmlReader();

    static String resource(String name) throws IOException {
        try (InputStream in = HtmlReaderTest.class.getResourceAsStream("/article/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void metadataComesFromTheHead() throws IOException {
        Article a = reader.read("p", resource("page-with-furniture.html"));
        assertThat(a.title()).isEqualTo("Harbour board approves ferry plan");
        assertThat(a.byline()).isEqualTo("Mara Quill");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(a.url()).isEqualTo("https://ledger.example/harbour-ferry");
        assertThat(a.source()).isEqualTo("The Coastal Ledger");
    }

    @Test
    void bodyKeepsTheArticleParagraphsAndDropsScriptsNavigationAdsAndShareWidgets() throws IOException {
        Article a = reader.read("p", resource("page-with-furniture.html"));
        assertThat(a.text()).contains(
                "The Westport harbour board voted 7-2 on Wednesday to run a second ferry to Gull Island.\n\n"
                        + "\"This is the busiest summer we have ever had,\" said board chair Osric Penhale.")
                .contains("according to the board's budget.")
                .doesNotContain("track", "console", "injected", "Sport", "mattress", "Facebook", "Tweet", "Related",
                        "Lighthouse", "Copyright", "font-family", "By Mara Quill");
    }

    @Test
    void advertisementParagraphStaysInTextButIsDroppedFromAnalysis() throws IOException {
        Article a = reader.read("p", resource("page-with-furniture.html"));
        assertThat(a.dropped()).singleElement().satisfies(s -> assertThat(s.of(a.text())).isEqualTo("ADVERTISEMENT"));
        assertThat(a.analysisText()).hasSameSizeAs(a.text()).doesNotContain("ADVERTISEMENT");
    }

    @Test
    void pageWithOnlyScriptsHasNoArticle() {
        assertThatThrownBy(() -> reader.read("s", resource("scripts-only.html")))
                .isInstanceOf(UnreadableArticleException.class).hasMessageContaining("no article text");
    }

    @Test
    void dateFallsBackToTimeElementAndTitleToTheHeading() {
        Article a = reader.read("t", "<html><body><main><h1>Dam opens</h1>"
                + "<time datetime=\"2023-11-05\">5 November</time><p>The dam opened.</p></main></body></html>");
        assertThat(a.title()).isEqualTo("Dam opens");
        assertThat(a.published()).isEqualTo(LocalDate.of(2023, 11, 5));
        assertThat(a.text()).isEqualTo("Dam opens\n\n5 November\n\nThe dam opened.");
    }

    @Test
    void lineBreaksAndListItemsEndParagraphsAndWhiteSpaceCollapses() {
        Article a = reader.read("t", "<body><p>One  \n two<br>three</p><ul><li>four</li><li>five&nbsp;six</li></ul></body>");
        assertThat(a.text()).isEqualTo("One two\n\nthree\n\nfour\n\nfive six");
    }

    @Test
    void largestArticleElementIsTheBody() {
        Article a = reader.read("t", "<body><article><p>Teaser.</p></article>"
                + "<article><p>The real story is longer than the teaser.</p></article></body>");
        assertThat(a.text()).isEqualTo("The real story is longer than the teaser.");
    }

    @Test
    void wrapperWhoseClassMentionsSharingIsStillTheArticle() {
        Article a = reader.read("t", "<body><article><div class=\"story-body share-enabled\">"
                + "<p>The dam opened on Friday after six years of work.</p>"
                + "<div class=\"share\">Share</div></div></article></body>");
        assertThat(a.text()).isEqualTo("The dam opened on Friday after six years of work.");
    }
}
