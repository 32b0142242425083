package org.assay.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assay.article.Article;
import org.assay.article.PlainTextReader;
import org.assay.entity.EntityRecognizer;
import org.assay.nlp.Annotated;
import org.assay.nlp.NlpPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which word a quote's attribution rests on, and whom a pronoun there refers to, on a short article of our own. */
class SpeakerReferenceIT {

    private static String text;
    private static List<Quote> quotes;

    @BeforeAll
    static void analyse() throws IOException {
        try (InputStream in = SpeakerReferenceIT.class.getResourceAsStream("references.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Article article = new PlainTextReader().read("references.txt", text);
        Annotated doc = NlpPipeline.load().annotate(article);
        quotes = new QuoteExtractor().extract(doc, new EntityRecognizer().recognize(doc));
    }

    private static Quote quote(String start) {
        return quotes.stream().filter(q -> q.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting with '" + start + "' in " + quotes));
    }

    private static String mention(Quote q) {
        return q.speaker().mention().of(text);
    }

    @Test
    void aPossessiveWithANounOfSayingIsTheSpeakerAndItsPronounTheMention() {
        Quote q = quote("the harbour belongs");
        assertThat(q.speaker().name()).isEqualTo("Peter Vance");
        assertThat(mention(q)).isEqualTo("his");
    }

    @Test
    void aVerdictOnSomeoneElsesSayingBelongsToWhoeverGivesIt() {
        Quote q = quote("a fantasy");
        assertThat(q.speaker().name()).isEqualTo("Linda Okafor");
        assertThat(mention(q)).isEqualTo("She");
    }

    @Test
    void aParticipleAfterTheQuoteTakesTheSubjectOfTheSentenceNotItsObject() {
        Quote q = quote("distortion");
        assertThat(q.speaker().name()).isEqualTo("Peter Vance");
        assertThat(mention(q)).isEqualTo("He");
    }

    @Test
    void sheSkipsTheLastSpeakerWhenHeIsAMan() {
        Quote q = quote("We will keep fighting");
        assertThat(q.speaker().name()).isEqualTo("Linda Okafor");
        assertThat(mention(q)).isEqualTo("she");
    }

    @Test
    void aNameInsideQuotationMarksIsNotWhomTheNextPronounMeans() {
        Quote q = quote("ignored the tides");
        assertThat(q.speaker().name()).isEqualTo("Peter Vance");
        assertThat(mention(q)).isEqualTo("He");
    }

    @Test
    void aThingCalledByANameIsNotItsSpeakerButTheSubjectOfTheClauseIs() {
        Quote q = quote("Tides of Change");
        assertThat(q.speaker().name()).isEqualTo("Linda Okafor");
    }
}
