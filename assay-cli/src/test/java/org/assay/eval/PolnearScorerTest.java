package org.assay.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assay.analysis.Analysis;
import org.assay.article.Article;
import org.assay.article.Span;
import org.assay.quote.Quote;
import org.assay.quote.QuoteKind;
import org.junit.jupiter.api.Test;

class PolnearScorerTest {

    private static final String TEXT = PolnearGoldTest.TEXT;

    private static PolnearGold gold() {
        return PolnearGold.of(TEXT, BratDocument.parse(PolnearGoldTest.ann()));
    }

    private static PolnearGold.Attribution attribution(String source) {
        return new PolnearGold.Attribution(List.of(new Span(100, 100 + source.length())), List.of(new Span(0, 10)),
                source);
    }

    private static Quote spokenBy(String name, Span mention) {
        return new Quote("q1", QuoteKind.DIRECT, "ab", 0, 2, "said", new org.assay.quote.Speaker(null, name, mention),
                0.9);
    }

    @Test
    void aMentionOverlappingTheSourceIsRight() {
        assertThat(PolnearScorer.speakerRight(TEXT, attribution("she"), spokenBy("Ann Lee", new Span(98, 101)))).isTrue();
    }

    @Test
    void theLastWordOfTheNameInTheSourceTextIsRight() {
        Quote q = spokenBy("Donald J. Trump", new Span(0, 5));

        assertThat(PolnearScorer.speakerRight(TEXT, attribution("Mr. Trump's campaign"), q)).isTrue();
        assertThat(PolnearScorer.speakerRight(TEXT, attribution("Trumpeters"), q)).isFalse();
    }

    @Test
    void forAPronounSourceOnlyTheMentionCounts() {
        Quote q = spokenBy("he", new Span(0, 2));

        assertThat(PolnearScorer.speakerRight(TEXT, attribution("he"), q)).isFalse();
    }

    @Test
    void aQuoteWithoutSpeakerIsWrong() {
        Quote q = new Quote("q1", QuoteKind.DIRECT, "ab", 0, 2, null, null, 0.5);

        assertThat(PolnearScorer.speakerRight(TEXT, attribution("Lee"), q)).isFalse();
    }

    @Test
    void scoresDirectQuotesWithTheSpeakerRule() {
        List<Quote> predicted = List.of(
                Fixtures.quote(TEXT, "closed for repairs", QuoteKind.PARTIAL, "harbour master", "harbour master"),
                Fixtures.quote(TEXT, "We will reopen soon,", QuoteKind.DIRECT, "Ann Lee", "The harbour master"),
                Fixtures.quote(TEXT, "No entry", QuoteKind.TERM, null, null),
                Fixtures.quote(TEXT, "nobody said more", QuoteKind.INDIRECT, null, null));
        Analysis analysis = new Analysis(Article.of("a1", TEXT), List.of(), predicted, List.of());

        ArticleResult result = PolnearScorer.score(TEXT, gold(), analysis);

        assertThat(result.scores().get("quotes")).isEqualTo(Score.oneToOne(3, 3, 2, 1));
        assertThat(result.errors()).extracting(QuoteError::type).containsExactly(QuoteError.Type.WRONG_SPEAKER,
                QuoteError.Type.MISSED, QuoteError.Type.SPURIOUS);
    }

    @Test
    void allAttributionsCountsRelationsFoundAndPredictionsInsideContent() {
        List<Quote> predicted = List.of(
                Fixtures.quote(TEXT, "We will reopen soon,", QuoteKind.DIRECT, "Mia Shore", "she"),
                Fixtures.quote(TEXT, "a nuisance", QuoteKind.PARTIAL, "Mia Shore", "she"),
                Fixtures.quote(TEXT, "the pier was \"closed for repairs\" until May", QuoteKind.INDIRECT, "Bo Dee",
                        "until"),
                Fixtures.quote(TEXT, "No entry", QuoteKind.TERM, null, null));

        Score score = PolnearScorer.allAttributions(TEXT, gold().attributions(), predicted);

        assertThat(score).isEqualTo(new Score(3, 4, 2, 3, 1, 2));
    }
}
