package org.assay.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reported questions, nouns of saying, verbs of saying whose content is their object, passives, and "they" for a group,
 * on our own text.
 */
class ReportingActsIT {

    private static QuotedFixture fixture;

    @BeforeAll
    static void analyse() {
        fixture = QuotedFixture.analyse("acts.txt");
    }

    @Test
    void aReportedQuestionRunsFromItsQuestionWord() {
        assertThat(fixture.quote("whether the toll would ever be lifted").speaker().name()).isEqualTo("Councillors");
        Quote why = fixture.quote("why the bridge had cost so much");
        assertThat(why.text()).isEqualTo("why the bridge had cost so much");
        assertThat(why.speaker().name()).isEqualTo("Ann Ortiz");
    }

    @Test
    void aClaimAfterAPossessiveIsTheOwnersAndStopsBeforeTheSentencesOwnVerb() {
        Quote q = fixture.quote("the sale was rushed");
        assertThat(q.text()).isEqualTo("the sale was rushed");
        assertThat(q.speaker().name()).isEqualTo("Ann Ortiz");
    }

    @Test
    void aPassiveVerbOfSayingHasItsAgentAsSpeakerAndItsSubjectAsContent() {
        Quote q = fixture.quote("The toll plan");
        assertThat(q.cue()).isEqualTo("condemned");
        assertThat(q.speaker().name()).isEqualTo("bishop of Kelmore");
    }

    @Test
    void aVerbOfSayingWhoseContentIsItsObject() {
        assertThat(fixture.quote("the board's handling of the sale").speaker().name()).isEqualTo("Ann Ortiz");
        assertThat(fixture.quote("the toll").cue()).isEqualTo("lashed");
    }

    @Test
    void neitherARelativeClauseNorAQuestionPutToSomeoneReportsThem() {
        assertThat(fixture.quotes()).noneMatch(q -> q.text().startsWith("the rumours"));
        assertThat(fixture.quotes()).noneMatch(q -> q.text().startsWith("The board was"));
    }

    @Test
    void theyIsTheGroupNamedAsASubjectJustBefore() {
        assertThat(fixture.quote("the bridge was worth more").speaker().name()).isEqualTo("two owners");
    }

    @Test
    void theCueModelReadsAStanceAndLeavesAnEventAlone() {
        Quote stance = fixture.quote("the bill");
        assertThat(stance.cue()).isEqualTo("supports");
        assertThat(stance.speaker().name()).isEqualTo("Ann Lee");
        assertThat(fixture.quotes()).noneMatch(q -> q.text().startsWith("the town"));
    }

    @Test
    void aRoleUsedBeforeForSomeoneElseIsNoEpithet() {
        assertThat(fixture.quote("the plan").speaker().name()).isEqualTo("governor");
    }

    @Test
    void aDescriptionRunsOnThroughAs() {
        assertThat(fixture.quote("the toll as").text()).isEqualTo("the toll as a tax on the poor");
    }

    @Test
    void theOneToldIsNoPartOfTheContentButTheOneWarnedAboutIs() {
        assertThat(fixture.quote("child benefit would rise").text()).isEqualTo("child benefit would rise");
        assertThat(fixture.quote("the plan would fail").speaker().name()).isEqualTo("Ann Ortiz");
    }
}
