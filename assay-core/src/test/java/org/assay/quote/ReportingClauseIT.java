package org.assay.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quotations in the clause a speech cue reports belong to that cue's sayer, a description as the sayer names the one
 * titled person it fits, and subordinate clauses and appositions do not lend their subjects, on a short article of
 * our own.
 */
class ReportingClauseIT {

    private static QuotedFixture fixture;

    @BeforeAll
    static void analyse() {
        fixture = QuotedFixture.analyse("complements.txt");
    }

    private static Quote quote(String start) {
        return fixture.quote(start);
    }

    private static String mention(Quote q) {
        return fixture.mention(q);
    }

    @Test
    void aRequestInsideWhatTheSayerSaidDoesNotTakeTheQuotationFromTheSayer() {
        Quote q = quote("because I like the walk");
        assertThat(mention(q)).isEqualTo("The veteran governor");
        assertThat(q.speaker().name()).isEqualTo("Maria Estrada");
    }

    @Test
    void aClauseAfterToldReportersBelongsToTheTeller() {
        Quote q = quote("we will know");
        assertThat(mention(q)).isEqualTo("The governor");
        assertThat(q.speaker().name()).isEqualTo("Maria Estrada");
    }

    @Test
    void aDescriptionThatFitsTwoPeopleNamesNeither() {
        Quote q = quote("far too high");
        assertThat(mention(q)).isEqualTo("The senator");
        assertThat(q.speaker().entity()).isNull();
    }

    @Test
    void aNamedSubjectInsideWhatCriticsSayLeavesTheQuotationToTheCritics() {
        assertThat(mention(quote("freeze every fare"))).isEqualTo("Critics");
    }

    @Test
    void aSubjectAfterAConjunctionIsTheSayerNotAPhraseToStepOver() {
        assertThat(quote("ready to fight").speaker().name()).isEqualTo("Harold Quinn");
    }

    @Test
    void aNameInsideAClauseOfTheAppositionIsNotTheSayer() {
        assertThat(quote("a disgrace").speaker().name()).isEqualTo("Nadia Park");
    }

    @Test
    void aParticipleTakesTheMainClauseSubjectNotTheSubjectAfterAfter() {
        assertThat(quote("many open questions").speaker().name()).isEqualTo("Harold Quinn");
    }

    @Test
    void theSayerBeforeALongAppositionKeepsAQuotationInTheClauseAfterTheCue() {
        assertThat(quote("worn out").speaker().name()).isEqualTo("Oren Vale");
    }

    @Test
    void theAgentOfAPassiveCueAsksTheQuestionNotTheOneAsked() {
        assertThat(quote("Will fares rise").speaker().name()).isEqualTo("Dana Ruiz");
    }

    @Test
    void aSayingReportedByAnotherSourceStaysWithItsSpeaker() {
        assertThat(mention(quote("dead in the water"))).isEqualTo("Quinn");
    }

    @Test
    void itResolvesToTheOrganisationNamedAsASubjectJustBefore() {
        Quote q = quote("a mess");
        assertThat(mention(q)).isEqualTo("It");
        assertThat(q.speaker().name()).contains("Westbay Harbour Authority");
    }

    @Test
    void aDocumentThatSpeaksInARelativeClauseSpeaksForWhoeverIssuedIt() {
        assertThat(mention(quote("Westbay will not"))).isEqualTo("The council");
    }
}
