package org.assay.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeasurePhraseTest {

    private static final Places PLACES = Places.bundled();

    /** Whether the words {@code term} in {@code text} are read as the place's measure; {@code subject} names a subject. */
    private static boolean places(String text, String term, String subject) {
        int at = text.indexOf(term);
        int s = subject == null ? -1 : text.indexOf(subject);
        return MeasurePhrase.bundled().namesThePlaceMeasure(text, at, PLACES.find(text),
                i -> s >= 0 && i >= s && i < s + subject.length());
    }

    @Test
    void aPlaceOrTheEconomyBeforeTheWordsMakesThemThePlacesMeasure() {
        assertThat(places("Germany's exports rose 5% in 2004", "exports", null)).isTrue();
        assertThat(places("the economy grew 3% last year", "grew", null)).isTrue();
        assertThat(places("Japan, the world's third-largest economy", "economy", null)).isTrue();
        assertThat(places("South Africa's total exports", "exports", null)).isTrue();
    }

    @Test
    void wordsThatOpenTheirPhraseAreTheMeasure() {
        assertThat(places("Growth of 8.1% in 2004 was the best since 2000", "Growth", null)).isTrue();
        assertThat(places("The Bank cut interest rates to 4.5%", "interest rates", null)).isTrue();
        assertThat(places("a rate of 83 to the dollar", "to the dollar", null)).isTrue();
    }

    @Test
    void anotherThingBeforeTheWordsMakesThemItsMeasure() {
        assertThat(places("the UK market had seen sales growth of 8%", "growth", null)).isFalse();
        assertThat(places("consumer spending grew at 4.6% in the third quarter", "grew", null)).isFalse();
        assertThat(places("Industrial output grew 15.7%", "output", null)).isFalse();
        assertThat(places("Ghana, the world's second largest cocoa exporter", "exporter", null)).isFalse();
    }

    @Test
    void theDatasetsOwnSubjectMayQualifyItsMeasure() {
        assertThat(places("China's copper output rose", "output", "copper")).isTrue();
        assertThat(places("Foreign oil exports surged", "exports", null)).isFalse();
    }
}
