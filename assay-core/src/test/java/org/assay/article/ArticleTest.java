package org.assay.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {

    @Test
    void analysisTextBlanksDroppedStretchesWithoutMovingOffsets() {
        String text = "One.\nADVERTISEMENT\nTwo.";
        Article article = new Article("a", null, null, null, null, text, List.of(new Span(5, 18)));
        String analysed = article.analysisText();
        assertThat(analysed).hasSameSizeAs(text);
        assertThat(analysed).doesNotContain("ADVERTISEMENT");
        assertThat(analysed.indexOf("Two.")).isEqualTo(text.indexOf("Two."));
    }

    @Test
    void analysisTextMakesNoBreakSpacesPlainSpaces() {
        String text = "“We won.”\u00A0― Ann Lee\u202Fsaid";
        Article article = Article.of("a", text);
        assertThat(article.analysisText()).isEqualTo("“We won.” ― Ann Lee said");
        assertThat(article.text()).isEqualTo(text);
    }

    @Test
    void droppedSpanMustLieInsideTheText() {
        assertThatThrownBy(() -> new Article("a", null, null, null, null, "short", List.of(new Span(0, 9))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
