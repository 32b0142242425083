package org.assay.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PatternGateTest {

    @Test
    void aWordIsFoundInAnyCaseAndInsideOtherWords() {
        assertThat(PatternGate.mentions("Output rose LAST YEAR", "year")).isTrue();
        assertThat(PatternGate.mentions("Yearly output rose", "year")).isTrue();
        assertThat(PatternGate.mentions("the firm isn’t profitable", "n’t")).isTrue();
    }

    @Test
    void aWordNotWrittenIsNotFound() {
        assertThat(PatternGate.mentions("output rose in spring", "year")).isFalse();
        assertThat(PatternGate.mentions("yea", "year")).isFalse();
        assertThat(PatternGate.mentions("", "year")).isFalse();
    }
}
