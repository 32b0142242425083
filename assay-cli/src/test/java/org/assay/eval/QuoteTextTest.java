package org.assay.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.assay.article.Span;
import org.junit.jupiter.api.Test;

class QuoteTextTest {

    @Test
    void trimsQuotationMarksWhiteSpaceAndFinalPunctuation() {
        String text = "She said “ we will win, ” and left.";
        int open = text.indexOf('“');
        int close = text.indexOf('”') + 1;

        Span trimmed = QuoteText.trim(text, new Span(open, close));

        assertThat(trimmed.of(text)).isEqualTo("we will win");
    }

    @Test
    void keepsInnerPunctuation() {
        String text = "\"Yes. No, maybe.\"";

        assertThat(QuoteText.trim(text, new Span(0, text.length())).of(text)).isEqualTo("Yes. No, maybe");
    }

    @Test
    void aStretchOfOnlyMarksAndPunctuationBecomesEmpty() {
        String text = "x \" ...\" y";

        assertThat(QuoteText.trim(text, new Span(2, 8)).length()).isZero();
    }
}
