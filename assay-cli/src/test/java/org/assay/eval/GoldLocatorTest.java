package org.assay.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assay.article.Span;
import org.assay.cli.UserError;
import org.junit.jupiter.api.Test;

class GoldLocatorTest {

    private static GoldFile.Quote quote(String text) {
        return new GoldFile.Quote(text, "Ann Lee", "PARTIAL", false, null);
    }

    @Test
    void aQuoteStandsAtTheFirstOccurrenceThatFollowsAQuotationMark() {
        String article = "The fair was a success. Lee called it “a success” twice.";

        List<Span> spans = GoldLocator.quotes(article, List.of(quote("a success")));

        assertThat(spans).containsExactly(new Span(article.indexOf("“a success") + 1, article.indexOf("”")));
    }

    @Test
    void aRepeatedQuoteTextTakesTheNextOccurrence() {
        String article = "He said \"no\". She said \"no\" too.";

        List<Span> spans = GoldLocator.quotes(article, List.of(quote("no"), quote("no")));

        assertThat(spans).containsExactly(new Span(9, 11), new Span(24, 26));
    }

    @Test
    void aGivenSpanIsUsedAsItIs() {
        String article = "He said \"no\". She said \"no\" too.";
        GoldFile.Quote given = new GoldFile.Quote("no", "Bo", "TERM", false, new Span(24, 26));

        assertThat(GoldLocator.quotes(article, List.of(given))).containsExactly(new Span(24, 26));
    }

    @Test
    void statementsGivenByOffsetsAloneStandThereAndOthersAtTheirText() {
        String article = "Rates fell, Lee said. Rates fell, Bo said.";
        GoldFile.Quote byOffsets = new GoldFile.Quote(null, "Bo", null, false, new Span(22, 32));
        GoldFile.Quote byText = new GoldFile.Quote("Rates fell", "Lee", null, false, null);

        assertThat(GoldLocator.statements(article, List.of(byOffsets, byText)))
                .containsExactly(new Span(22, 32), new Span(0, 10));
        assertThatThrownBy(() -> GoldLocator.statements(article, List.of(
                new GoldFile.Quote(null, "Bo", null, false, new Span(40, 90))))).isInstanceOf(UserError.class);
    }

    @Test
    void aQuoteNotAfterAQuotationMarkFallsBackToItsFirstOccurrence() {
        String article = "Prices rose, the minister said.";

        assertThat(GoldLocator.quotes(article, List.of(quote("Prices rose")))).containsExactly(new Span(0, 11));
    }

    @Test
    void plainTextsStandAtSuccessiveOccurrences() {
        String article = "rates fell; then rates fell again";

        assertThat(GoldLocator.plain(article, List.of("rates fell", "rates fell")))
                .containsExactly(new Span(0, 10), new Span(17, 27));
    }

    @Test
    void aTextThatDoesNotOccurIsAUserError() {
        assertThatThrownBy(() -> GoldLocator.plain("nothing here", List.of("missing words")))
                .isInstanceOf(UserError.class).hasMessageContaining("missing words");
    }
}
