package org.assay.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.assay.article.Span;
import org.junit.jupiter.api.Test;

class ClauseSplitterTest {

    @Test
    void openingMarkOfAQuoteThatClosesAfterTheClauseIsLeftOut() {
        String text = "“Exports fell by 20 percent in a year,” she said.";
        Span clause = ClauseSplitter.trim(text, new Span(0, text.indexOf("year,") + 5));
        assertThat(clause.of(text)).isEqualTo("Exports fell by 20 percent in a year");
    }

    @Test
    void aQuoteOpenedAndClosedInsideTheClauseKeepsItsMarks() {
        String text = "“Twenty percent” is what the ministry reported.";
        Span clause = ClauseSplitter.trim(text, new Span(0, text.length()));
        assertThat(clause.of(text)).isEqualTo("“Twenty percent” is what the ministry reported");
    }
}
