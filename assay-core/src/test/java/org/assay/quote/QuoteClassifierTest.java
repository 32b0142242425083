package org.assay.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteClassifierTest {

    private static QuoteKind kind(String text, boolean attributed) {
        Quotation q = new QuoteMarks().find(text).get(0);
        return QuoteClassifier.classify(text, q, attributed);
    }

    @Test
    void aFullSentenceOpeningAParagraphIsDirect() {
        assertThat(kind("“We will build the bridge next year,” the mayor said.", true)).isEqualTo(QuoteKind.DIRECT);
    }

    @Test
    void aFullSentenceAfterAColonIsDirect() {
        assertThat(kind("The mayor said: “We will build the bridge next year.”", true)).isEqualTo(QuoteKind.DIRECT);
    }

    @Test
    void aFullSentenceAfterAListBulletIsDirect() {
        assertThat(kind("• “The economy is all I care about.” ― Luis Ortega", true)).isEqualTo(QuoteKind.DIRECT);
    }

    @Test
    void aLowerCaseFragmentInsideReportedSpeechIsPartial() {
        assertThat(kind("The mayor said the bridge was “long overdue and badly needed.”", true))
                .isEqualTo(QuoteKind.PARTIAL);
    }

    @Test
    void aShortAttributedPhraseAfterAVerbIsPartial() {
        assertThat(kind("The mayor praised the council’s “steady hand” on Monday.", true)).isEqualTo(QuoteKind.PARTIAL);
    }

    @Test
    void aShortLabelAfterAnArticleIsATerm() {
        assertThat(kind("She called him a “traitor” twice.", true)).isEqualTo(QuoteKind.TERM);
    }

    @Test
    void aShortQuoteNobodySaysIsATerm() {
        assertThat(kind("The plan has “teeth” now.", false)).isEqualTo(QuoteKind.TERM);
    }

    @Test
    void aShortWholeSentenceAfterAFullStopIsSpeechNotATerm() {
        String text = "“It is tight,” she said. “Very tight.”";
        List<Quotation> all = new QuoteMarks().find(text);
        assertThat(QuoteClassifier.classify(text, all.get(all.size() - 1), false)).isEqualTo(QuoteKind.DIRECT);
    }

    @Test
    void aShortSentenceStandingOnItsOwnIsDirectEvenWithoutACue() {
        assertThat(kind("He would not vote for her, he said. “She lost me!”", false)).isEqualTo(QuoteKind.DIRECT);
        assertThat(kind("“Not today.”", false)).isEqualTo(QuoteKind.DIRECT);
    }

    @Test
    void aShortCapitalisedLabelWithoutSentenceEndIsStillATerm() {
        assertThat(kind("The crowd, “Team Red”, cheered.", false)).isEqualTo(QuoteKind.TERM);
    }
}
