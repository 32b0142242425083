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

/** Names of works and things in quotation marks are not reported as quotes; words spoken still are. */
class QuotedNamesIT {

    private static List<String> quoted;

    @BeforeAll
    static void analyse() throws IOException {
        try (InputStream in = QuotedNamesIT.class.getResourceAsStream("names.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Annotated doc = NlpPipeline.load().annotate(new PlainTextReader().read("names.txt", text));
            quoted = new QuoteExtractor().extract(doc, new EntityRecognizer().recognize(doc)).stream()
                    .map(Quote::text).toList();
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
}
