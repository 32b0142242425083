package org.assay.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvalReportTest {

    private static final QuoteError MISS = new QuoteError("a1", "quotes", QuoteError.Type.MISSED, 5, "we will win",
            null, null, "Ann Lee");
    private static final QuoteError WRONG = new QuoteError("a2", "quotes", QuoteError.Type.WRONG_SPEAKER, 9,
            "not now", "Bo Tran", "he", "Ann Lee");

    private static EvalReport report() {
        ArticleResult a1 = new ArticleResult("a1", Map.of("quotes", Score.oneToOne(2, 1, 1, 1)), List.of(MISS), 10);
        ArticleResult a2 = new ArticleResult("a2", Map.of("quotes", Score.oneToOne(2, 3, 2, 1)), List.of(WRONG), 30);
        return new EvalReport(List.of(a1, a2), Map.of("a3", "unreadable"), 2, 1.5, 2.0);
    }

    @Test
    void totalsAreMicroAveragedOverArticles() {
        assertThat(report().totals()).containsEntry("quotes", Score.oneToOne(4, 4, 3, 2));
        assertThat(report().meanMillis()).isEqualTo(20);
    }

    @Test
    void theTextReportListsErrorsTotalsAndFailures() {
        StringWriter out = new StringWriter();

        report().printText(new PrintWriter(out), false, true);

        assertThat(out.toString())
                .contains("MISSED", "\"we will win\"", "gold: Ann Lee")
                .contains("predicted: Bo Tran [he]  gold: Ann Lee")
                .contains("2 articles scored, 1 failed")
                .containsPattern("quotes\\s+4\\s+4\\s+3\\s+0\\.750\\s+0\\.750\\s+0\\.750\\s+2\\s+0\\.667\\s+0\\.500")
                .contains("failed: a3: unreadable");
    }

    @Test
    void theJsonReportHasTotalsPerArticleScoresAndNullForUndefinedFigures() {
        EvalReport empty = new EvalReport(
                List.of(new ArticleResult("a1", Map.of("quotes", Score.ZERO), List.of(), 1)), Map.of(), 1, 0, 1);

        ObjectNode json = empty.toJson(true, true);

        assertThat(json.at("/totals/quotes/f1").isNull()).isTrue();
        assertThat(json.at("/perArticle/0/article").asText()).isEqualTo("a1");
        assertThat(report().toJson(false, true).at("/errors/0/type").asText()).isEqualTo("MISSED");
        assertThat(report().toJson(false, false).at("/totals/quotes/endToEndF1").asDouble()).isEqualTo(0.5);
    }
}
