package org.assay.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reported speech that carries quoted words: one indirect statement holding a partial quote, on our own text. */
class MixedQuotesIT {

    private static QuotedFixture fixture;

    @BeforeAll
    static void analyse() {
        fixture = QuotedFixture.analyse("mixed.txt");
    }

    @Test
    void quotedWordsThatTheReportedClauseNeedsArePartOfItsContent() {
        Quote stages = fixture.quote("the plans were in the");
        assertThat(stages.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(stages.text()).isEqualTo("the plans were in the \"very early stages\", with no builder chosen");
        assertThat(fixture.quote("the delay was").text()).isEqualTo("the delay was \"a disaster for the town\"");
        assertThat(fixture.quote("very early stages").kind()).isNotEqualTo(QuoteKind.INDIRECT);
    }

    @Test
    void quotedWordsAfterAWholeClauseStandApart() {
        assertThat(fixture.quote("the work on the pier").text()).isEqualTo("the work on the pier would end");
    }
}
