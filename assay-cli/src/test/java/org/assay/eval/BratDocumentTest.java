package org.assay.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.assay.article.Span;
import org.junit.jupiter.api.Test;

class BratDocumentTest {

    private static final String ANN = """
            T1\tSource 0 7\tThe mayor
            T2\tCue 8 12\tsaid
            T3\tContent 13 20;25 40\tpart one part two
            T4\tContent 50 60\tmore
            E1\tAttribution:T5 Source:T1 Cue:T2 Content:T3 Content2:T4
            #1\tAnnotatorNotes T1\ta note
            a stray line
            """;

    @Test
    void readsDiscontinuousSpans() {
        BratDocument doc = BratDocument.parse(ANN);

        assertThat(doc.textBounds().get("T3").spans()).containsExactly(new Span(13, 20), new Span(25, 40));
        assertThat(doc.textBounds().get("T1").type()).isEqualTo("Source");
    }

    @Test
    void eventRolesWithNumberedSuffixesCountAsTheSameRole() {
        BratDocument.Event event = BratDocument.parse(ANN).events().get(0);

        assertThat(event.targets("Content")).containsExactly("T3", "T4");
        assertThat(event.targets("Source")).containsExactly("T1");
    }

    @Test
    void spansOfSeveralAnnotationsComeSortedAndUnknownIdsAreSkipped() {
        BratDocument doc = BratDocument.parse(ANN);

        assertThat(doc.spans(java.util.List.of("T4", "T3", "T9")))
                .containsExactly(new Span(13, 20), new Span(25, 40), new Span(50, 60));
    }

    @Test
    void notesAndStrayLinesAreSkippedAndCounted() {
        assertThat(BratDocument.parse(ANN).skippedLines()).isEqualTo(2);
    }
}
