package org.assay.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.assay.article.Article;
import org.assay.article.PlainTextReader;
import org.assay.entity.EntityRecognizer;
import org.assay.nlp.Annotated;
import org.assay.nlp.NlpPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reported speech after intent cues and verbs of finding, on a short article written for these tests. */
class IndirectSpeechIT {

    private static List<Quote> quotes;

    @BeforeAll
    static void analyse() throws IOException {
        try (InputStream in = IndirectSpeechIT.class.getResourceAsStream("intent.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Article article = new PlainTextReader().read("intent.txt", text);
            Annotated doc = NlpPipeline.load().annotate(article);
            quotes = new QuoteExtractor().extract(doc, new EntityRecognizer().recognize(doc));
        }
    }

    private static Optional<Quote> starting(String start) {
        return quotes.stream().filter(q -> q.text().startsWith(start)).findFirst();
    }

    @Test
    void anIntentCueReportsItsToInfinitiveUpToTheFirstComma() {
        Quote q = starting("to rebuild the old ferry pier").orElseThrow();
        assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(q.text()).isEqualTo("to rebuild the old ferry pier before the summer season");
        assertThat(q.speaker().name()).isEqualTo("Lena Okafor");
    }

    @Test
    void aRefusalReportsWhatWasRefused() {
        Quote q = starting("to back the plan").orElseThrow();
        assertThat(q.speaker().name()).isEqualTo("Peter Dunmore");
    }

    @Test
    void aSurveyFindingIsReportedWithTheSurveyAsSource() {
        Quote q = starting("most residents would use").orElseThrow();
        assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(q.speaker()).isNotNull();
    }

    @Test
    void pollsShowAClause() {
        assertThat(starting("the mayor is ahead of her rivals")).isPresent();
    }

    @Test
    void aCommitmentCueWithANounObjectReportsNothing() {
        assertThat(quotes).noneMatch(q -> q.text().contains("new pier last year"));
    }

    @Test
    void aThatAfterAShortPhraseStartsTheContent() {
        Quote q = starting("the ferry would lose money").orElseThrow();
        assertThat(q.speaker().name()).isEqualTo("Rosa Lindqvist");
    }

    @Test
    void aShowingVerbInTheInfinitiveReportsNothing() {
        assertThat(quotes).noneMatch(q -> q.text().startsWith("its budget is balanced"));
    }

    @Test
    void aParentheticalAccordingToAfterAPhraseReportsWhatFollowsIt() {
        Quote q = starting("the ferry company raised its prices").orElseThrow();
        assertThat(q.speaker().name()).isEqualTo("Martin Greaves");
    }

    @Test
    void aThatAfterAnObjectWithAPhraseStartsTheContent() {
        Quote q = starting("the boats were too old").orElseThrow();
        assertThat(q.speaker().name()).isEqualTo("Omar Haddad");
    }

    @Test
    void theContentStopsBeforeAParticipleClause() {
        assertThat(starting("the pier would open").orElseThrow().text()).isEqualTo("the pier would open in June");
    }

    @Test
    void theContentStopsBeforeAClauseOfTheReportersOwn() {
        assertThat(starting("the ferry lost money").orElseThrow().text()).isEqualTo("the ferry lost money last year");
        assertThat(starting("the company will keep").orElseThrow().text()).isEqualTo("the company will keep its prices");
    }

    @Test
    void aNewClauseAfterACommaAndGetsItsOwnCue() {
        assertThat(starting("residents liked the pier").orElseThrow().text()).isEqualTo("residents liked the pier");
        assertThat(starting("the fares were too high")).isPresent();
    }

    @Test
    void aCueSetOffByCommasReportsTheSentenceAroundIt() {
        Quote q = starting("The real question").orElseThrow();
        assertThat(q.text()).endsWith("whether the boats can be repaired");
        assertThat(q.speaker().name()).isEqualTo("Omar Haddad");
    }

    @Test
    void aClauseMayOpenWithAHedgedQuantity() {
        assertThat(starting("about half of the trips ran late")).isPresent();
    }

    @Test
    void aLineOpeningWithAPersonsLabelReportsTheRestOfTheLine() {
        Quote q = starting("The pier is the town's future").orElseThrow();
        assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(q.speaker().name()).isEqualTo("Lena Okafor");
    }

    @Test
    void aLabelThatNamesNoOneOrALineThatStatesNothingReportsNothing() {
        assertThat(starting("The council meets again")).isEmpty();
        assertThat(starting("the quiet councilman")).isEmpty();
    }

    @Test
    void aSentenceOpeningWithAFindingReportsTheClauseAfterIt() {
        Quote q = starting("most residents backed the new timetable").orElseThrow();
        assertThat(q.speaker().name()).isEqualTo("Coastal Institute");
        assertThat(starting("the ferry left late")).isEmpty();
    }

    @Test
    void aReportThatShowedReportsItsClause() {
        assertThat(starting("fares had doubled since 2019")).isPresent();
    }

    @Test
    void aRequestReportsWhatWasAskedAfterTheAddressee() {
        Quote q = starting("to delay the vote").orElseThrow();
        assertThat(q.speaker().name()).isEqualTo("Peter Dunmore");
        assertThat(starting("to publish the ferry contract").orElseThrow().speaker().name()).isEqualTo("Omar Haddad");
        assertThat(starting("to his face")).isEmpty();
    }

    @Test
    void aHyphenInsideAWordDoesNotEndTheContent() {
        assertThat(starting("the town had").orElseThrow().text())
                .isEqualTo("the town had the third-largest fleet on the coast after Dover, Hull and Leith");
    }

    @Test
    void aClauseOfItsOwnAfterAndEndsTheContent() {
        assertThat(starting("the town would pay").orElseThrow().text()).isEqualTo("the town would pay for the pier");
    }

    @Test
    void aShareOfAGroupIsTheSpeakerOfWhatItSaid() {
        assertThat(starting("the boats should run").orElseThrow().speaker().name()).isEqualTo("More than half");
        assertThat(starting("the fares should be cut").orElseThrow().speaker().name()).isEqualTo("Four in 10");
        assertThat(starting("the pier was a waste").orElseThrow().speaker().name()).isEqualTo("Nearly a third");
    }

    @Test
    void aReportedClauseMayOpenWithAGerundOrALongSubject() {
        assertThat(starting("building a second pier").orElseThrow().speaker().name()).isEqualTo("Lena Okafor");
        assertThat(starting("the latest counts of riders").orElseThrow().speaker().name()).isEqualTo("Peter Dunmore");
    }

    @Test
    void aTitleCaseHeadlineReportsWhatItsSpeakerSays() {
        assertThat(starting("Ferry Fares Will Stay Low").orElseThrow().speaker().name()).isEqualTo("Lena Okafor");
        Quote after = starting("The Old Pier Is A Waste").orElseThrow();
        assertThat(after.text()).isEqualTo("The Old Pier Is A Waste Of Public Money");
        assertThat(after.speaker().name()).isEqualTo("Peter Dunmore");
        assertThat(starting("So Much About Us")).isEmpty();
    }
}
