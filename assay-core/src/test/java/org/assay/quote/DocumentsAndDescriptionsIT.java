package org.assay.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Documents that speak for their issuers, descriptions and epithets of people, pronouns after a possessive name, and
 * reported content that runs on past "but", and outlets that relay what was said, on our own text.
 */
class DocumentsAndDescriptionsIT {

    private static QuotedFixture fixture;

    @BeforeAll
    static void analyse() {
        fixture = QuotedFixture.analyse("documents.txt");
    }

    @Test
    void aReportByAnOrganisationSpeaksForItAndAnAbbreviationInParenthesesIsNotPartOfTheName() {
        Quote q = fixture.quote("The first attempt to sell the Kelmore bridge failed");
        assertThat(q.speaker().name()).isEqualTo("National Audit Office");
    }

    @Test
    void theReportLaterIsTheSameIssuersReport() {
        Quote q = fixture.quote("too many departments had been involved");
        assertThat(q.speaker().name()).isEqualTo("National Audit Office");
        assertThat(fixture.mention(q)).isEqualTo("The report");
    }

    @Test
    void aDocumentNamedWithItsIssuerSpeaksForTheIssuer() {
        assertThat(fixture.quote("the second sale went through").speaker().name())
                .isEqualTo("National Audit Office");
        assertThat(fixture.quote("traffic on the bridge fell").speaker().name()).isEqualTo("Transport Ministry");
        assertThat(fixture.quote("most drivers would pay").speaker().name()).isEqualTo("Bridge Users Council");
    }

    @Test
    void anOrganisationWithItsAbbreviationSpeaksUnderItsName() {
        assertThat(fixture.quote("the toll was fair").speaker().name()).isEqualTo("Road Safety Foundation");
    }

    @Test
    void aHyphenatedTitleIsATitleAndItsDescriptionNamesThePerson() {
        assertThat(fixture.quote("the board would review the contract").speaker().name()).isEqualTo("Ola Svensson");
    }

    @Test
    void anEpithetNoNamedPersonCarriesIsTheSubjectOfTheSentenceBefore() {
        assertThat(fixture.quote("I felt strong all the way.").speaker().name()).isEqualTo("Nadia Holm");
    }

    @Test
    void aPronounSkipsANameAfterAPrepositionAndAPossessive() {
        assertThat(fixture.quote("The season starts now.").speaker().name()).isEqualTo("Nadia Holm");
    }

    @Test
    void reportedContentRunsOnPastButWithAPronounSubjectAndPastAndWithAnAuxiliary() {
        assertThat(fixture.quote("the cost of the bridge was still being counted").text())
                .isEqualTo("the cost of the bridge was still being counted, but it was an urgent priority for the "
                        + "region");
        assertThat(fixture.quote("the contract was signed").text())
                .isEqualTo("the contract was signed and would be published next week");
    }

    @Test
    void whoIsQuotedAsSayingSpeaksAndTheOutletThatQuotedThemRelays() {
        Quote q = fixture.quote("The sale was decided long before the vote.");
        assertThat(q.speaker().name()).isEqualTo("former harbour official");
        assertThat(q.reportedBy().name()).isEqualTo("Gazette");
    }

    @Test
    void anOutletTheSpeakerToldIsTheRelay() {
        Quote told = fixture.quote("he would not resign");
        assertThat(told.speaker().name()).isEqualTo("Ola Svensson");
        assertThat(told.reportedBy().name()).isEqualTo("Kelmore Herald");
        assertThat(fixture.quote("I have done nothing wrong,").reportedBy().name())
                .isEqualTo("Radio North's Morning programme");
    }

    @Test
    void aStatementToNoOutletHasNoRelay() {
        assertThat(fixture.quote("the toll was fair").reportedBy()).isNull();
    }

    @Test
    void theFirmIsTheOrganisationTheStoryNamesMost() {
        assertThat(fixture.quote("it would cut the toll").speaker().name()).isEqualTo("Kelmore Bridge Company");
    }

    @Test
    void itsDocumentSpeaksForTheBodyNamedJustBefore() {
        assertThat(fixture.quote("crossings fell by a fifth").speaker().name()).isEqualTo("Harbour Trust");
    }
}
