package org.assay.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Organisations that speak through spokespeople and generic nouns, and people named by first name, on our own text. */
class SpeakerBodiesIT {

    private static QuotedFixture fixture;

    @BeforeAll
    static void analyse() {
        fixture = QuotedFixture.analyse("bodies.txt");
    }

    @Test
    void aSpokespersonForAGenericNounSpeaksForTheOrganisationNamedEarlier() {
        Quote q = fixture.quote("the decision was final");
        assertThat(q.speaker().name()).isEqualTo("Ministry of Transport");
        assertThat(fixture.mention(q)).isEqualTo("A spokeswoman for the ministry");
    }

    @Test
    void anOrganisationsSpokespersonSpeaksForIt() {
        assertThat(fixture.quote("We have no choice").speaker().name()).isEqualTo("Harbour Authority");
    }

    @Test
    void aGenericNounThatFitsTwoOrganisationsNamesNeither() {
        assertThat(fixture.quote("it would appeal").speaker().name()).isEqualTo("board");
    }

    @Test
    void aFirstNameAloneAfterTheFullNameIsThatPerson() {
        assertThat(fixture.quote("the town would go to court").speaker().name()).isEqualTo("Maria Lopez");
    }

    @Test
    void anOrganisationAfterAPersonsNameAndACommaIsTheirAffiliationNotTheSpeaker() {
        assertThat(fixture.quote("We will fight this").speaker().name()).isEqualTo("Anna Berg");
    }
}
