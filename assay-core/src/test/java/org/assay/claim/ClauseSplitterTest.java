package org.assay.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    @Test
    void aSentenceIsCutAtEachCutMarkOrWordAndOnlyThere() {
        assertThat(clauses("Exports fell by 20 percent, although imports rose by 5 percent."))
                .containsExactly("Exports fell by 20 percent", "imports rose by 5 percent");
        assertThat(clauses("Exports fell by 20 percent; imports rose by 5 percent."))
                .containsExactly("Exports fell by 20 percent", "imports rose by 5 percent");
        assertThat(clauses("Exports fell by 20 percent – imports rose by 5 percent."))
                .containsExactly("Exports fell by 20 percent", "imports rose by 5 percent");
        assertThat(clauses("Exports fell by 20 percent, but imports rose by 5 percent."))
                .containsExactly("Exports fell by 20 percent", "imports rose by 5 percent");
        assertThat(clauses("Exports to the butter makers fell by 20 percent after a tough year."))
                .containsExactly("Exports to the butter makers fell by 20 percent after a tough year");
    }

    private static List<String> clauses(String sentence) {
        return new ClauseSplitter().split(sentence, new Span(0, sentence.length()), offset -> false).stream()
                .map(s -> s.content().of(sentence)).toList();
    }
}
