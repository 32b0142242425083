package org.assay.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameLabelsTest {

    private final List<String> labels = NameLabels.all();
    private final boolean[][] allowed = NameLabels.transitions(labels);

    private boolean may(String prev, String next) {
        return allowed[prev == null ? 0 : labels.indexOf(prev) + 1][labels.indexOf(next)];
    }

    @Test
    void insideANameOnlyItsOwnContinuationMayFollow() {
        assertThat(may("B-PER", "I-PER")).isTrue();
        assertThat(may("B-PER", "L-PER")).isTrue();
        assertThat(may("B-PER", "L-ORG")).isFalse();
        assertThat(may("B-PER", "O")).isFalse();
        assertThat(may("I-ORG", "U-ORG")).isFalse();
    }

    @Test
    void outsideANameNoContinuationMayFollow() {
        assertThat(may(null, "I-PER")).isFalse();
        assertThat(may(null, "B-PER")).isTrue();
        assertThat(may("O", "L-LOC")).isFalse();
        assertThat(may("L-PER", "U-LOC")).isTrue();
        assertThat(may("U-MISC", "O")).isTrue();
    }

    @Test
    void spansComeFromUnitsAndFromBeginToLast() {
        assertThat(NameLabels.spans(new String[] {"B-PER", "I-PER", "L-PER", "O", "U-LOC"}))
                .containsExactly(new NameLabels.Span("PER", 0, 3), new NameLabels.Span("LOC", 4, 5));
        assertThat(NameLabels.coreNlpType("I-ORG")).isEqualTo("ORGANIZATION");
        assertThat(NameLabels.coreNlpType("O")).isEqualTo("O");
    }

    @Test
    void curlyQuotesAreReadAsTheTrainingDataWritesThemAndKeepTheirDirection() {
        assertThat(TaggerWords.normal("“")).isEqualTo("\"");
        assertThat(TaggerWords.normal("’s")).isEqualTo("'s");
        assertThat(TaggerWords.normal("—")).isEqualTo("--");
        assertThat(TaggerWords.normal("plain")).isSameAs("plain");
        assertThat(TaggerWords.tag("“", "''")).isEqualTo("``");
        assertThat(TaggerWords.tag("”", "``")).isEqualTo("''");
        assertThat(TaggerWords.tag("said", "VBD")).isEqualTo("VBD");
    }

    @Test
    void currencySignsReadAsDollarsAndAmountsWithAMagnitudeAreNumbers() {
        assertThat(TaggerWords.normal("£")).isEqualTo("$");
        assertThat(TaggerWords.normal("€")).isEqualTo("$");
        assertThat(TaggerWords.isAmount("52m")).isTrue();
        assertThat(TaggerWords.isAmount("5.38bn")).isTrue();
        assertThat(TaggerWords.isAmount("1,500k")).isTrue();
        assertThat(TaggerWords.isAmount("5pm")).isFalse();
        assertThat(TaggerWords.isAmount("m")).isFalse();
        assertThat(TaggerWords.isAmount("G7")).isFalse();
        assertThat(TaggerWords.isAmount("52")).isFalse();
        assertThat(TaggerWords.isAmount("5.m")).isFalse();
    }
}
