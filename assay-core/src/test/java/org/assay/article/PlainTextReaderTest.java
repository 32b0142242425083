package org.assay.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextReaderTest {

    private final PlainTextReader reader = new PlainTextReader();

    @Test
    void shortFirstLineWithoutFullStopIsTheHeadline() {
        Article a = reader.read("a", "\n  Town votes to keep its bridge  \n\nThe council voted on Monday.");
        assertThat(a.title()).isEqualTo("Town votes to keep its bridge");
    }

    @Test
    void firstLineEndingInFullStopIsNotAHeadline() {
        Article a = reader.read("a", "The council voted on Monday to keep the bridge.\n\nIt was close.");
        assertThat(a.title()).isNull();
    }

    @Test
    void overlongFirstLineIsNotAHeadline() {
        Article a = reader.read("a", "word ".repeat(60) + "\n\nBody.");
        assertThat(a.title()).isNull();
    }

    @Test
    void boilerplateLinesAreDroppedFromAnalysisButKeptInTheText() {
        String text = "Bridge stays\n\nThe council voted.\nADVERTISEMENT\nStory continues below advertisement\n"
                + "\"It stays,\" the mayor said.";
        Article a = reader.read("a", text);
        assertThat(a.text()).isEqualTo(text);
        assertThat(a.dropped()).extracting(s -> s.of(text))
                .containsExactly("ADVERTISEMENT", "Story continues below advertisement");
        assertThat(a.analysisText()).hasSameSizeAs(text).doesNotContain("ADVERTISEMENT");
        int quote = text.indexOf("\"It stays");
        assertThat(a.analysisText().substring(quote)).isEqualTo(text.substring(quote));
    }

    @Test
    void aSentenceThatMentionsAdvertisingIsKept() {
        Article a = reader.read("a", "Rules\n\nAdvertisement spending rose 4 percent, the group said.");
        assertThat(a.dropped()).isEmpty();
    }

    @Test
    void headlineSkipsALeadingBoilerplateLine() {
        Article a = reader.read("a", "ADVERTISEMENT\nFerry fares to rise\n\nFares rise in May.");
        assertThat(a.title()).isEqualTo("Ferry fares to rise");
    }

    @Test
    void byteOrderMarkIsKeptInTheTextAndDroppedFromAnalysis() {
        String text = "\uFEFFFerry fares to rise\n\nFares rise in May.";
        Article a = reader.read("a", text);
        assertThat(a.text()).isEqualTo(text);
        assertThat(a.title()).isEqualTo("Ferry fares to rise");
        assertThat(a.analysisText()).startsWith(" Ferry");
    }

    @Test
    void windowsLineEndingsKeepOffsetsAndStillFindBoilerplate() {
        String text = "Ferry fares to rise\r\n\r\nADVERTISEMENT\r\nFares rise in May.\r\n";
        Article a = reader.read("a", text);
        assertThat(a.title()).isEqualTo("Ferry fares to rise");
        assertThat(a.dropped()).singleElement().satisfies(s -> assertThat(s.of(text)).isEqualTo("ADVERTISEMENT\r"));
    }
}
