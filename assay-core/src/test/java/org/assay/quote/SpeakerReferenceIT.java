package org.assay.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which word a quote's attribution rests on, and whom a pronoun there refers to, on a short article of our own. */
class SpeakerReferenceIT {

    private static QuotedFixture fixture;

    @BeforeAll
    static void analyse() {
        fixture = QuotedFixture.analyse("references.txt");
    }

    private static Quote quote(String start) {
        return fixture.quote(start);
    }

    private static String mention(Quote q) {
        return fixture.mention(q);
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
