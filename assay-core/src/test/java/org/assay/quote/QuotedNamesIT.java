package org.assay.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assay.article.PlainTextReader;
import org.assay.entity.EntityRecognizer;
import org.assay.nlp.Annotated;
import org.assay.nlp.NlpPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Names of works and things in quotation marks are not reported as quotes; words spoken still are, and a transcript's
 * speaker labels name their speaker.
 */
class QuotedNamesIT {

    private static List<String> quoted;
    private static List<Quote> quotes;

    @BeforeAll
    static void analyse() throws IOException {
        try (InputStream in = QuotedNamesIT.class.getResourceAsStream("names.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Annotated doc = NlpPipeline.load().annotate(new PlainTextReader().read("names.txt", text));
            quotes = new QuoteExtractor().extract(doc, new EntityRecognizer().recognize(doc));
            quoted = quotes.stream().map(Quote::text).toList();
        }
    }

    @Test
    void programmeTitlesAfterAPossessiveOrOnAreNotQuotes() {
        assertThat(quoted).doesNotContain("Morning Table", "Valley Weekend");
        assertThat(quoted).contains("The river plan is finished,");
    }

    @Test
    void aBookTitleAfterItsNamingWordAndTheNextTitleInTheListAreNotQuotes() {
        assertThat(quoted).doesNotContain("Bridges Nobody Crossed,", "Letters From Elm Street");
    }

    @Test
    void aNameModifyingANounIsNotAQuoteButAChantIs() {
        assertThat(quoted).doesNotContain("Haines for Mayor");
        assertThat(quoted).contains("Build It Now!");
    }

    @Test
    void aNicknameInsideANameIsNotAQuote() {
        assertThat(quoted).doesNotContain("Vic");
    }

    @Test
    void capitalisedWordsSomeoneSaidAreStillQuotes() {
        assertThat(quoted).contains("Today We Vote.", "No Money Behind It.");
    }

    @Test
    void attributeValuesOfMarkupAreNotQuotes() {
        assertThat(quoted).noneMatch(q -> q.contains("@rivercity") || q.contains("2024"));
    }

    @Test
    void aTranscriptLabelNamingAPersonOfTheArticleIsTheSpeaker() {
        assertThat(speakerOf("OKAFOR: Not this year")).isEqualTo("Ray Okafor");
        assertThat(speakerOf("WHITFIELD: Will you")).isEqualTo("Dana Whitfield");
    }

    @Test
    void aLabelThatNamesNoPersonOfTheArticleLeavesTheSpeakerUnknownRatherThanBorrowed() {
        Quote video = quotes.stream().filter(q -> q.text().startsWith("VIDEO:")).findFirst().orElseThrow();
        assertThat(video.speaker()).isNull();
    }

    private static String speakerOf(String start) {
        return quotes.stream().filter(q -> q.text().startsWith(start)).findFirst()
                .map(q -> q.speaker() == null ? null : q.speaker().name()).orElse("(no such quote)");
    }
}
