package org.assay.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TaggersTest {

    @Test
    void namesAreReadInAnyCaseAndUnknownOnesAreRefusedWithTheChoices() {
        assertThat(Taggers.of("Assay")).isEqualTo(Taggers.ASSAY);
        assertThat(Taggers.of(" corenlp ")).isEqualTo(Taggers.CORENLP);
        assertThat(Taggers.ASSAY.label()).isEqualTo("assay");
        assertThatThrownBy(() -> Taggers.of("spacy")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("assay or corenlp");
    }
}
