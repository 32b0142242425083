package org.assay.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NlpPipelineTest {

    @Test
    void hardWrapsBecomeSpacesWhenParagraphsAreSeparatedByBlankLines() {
        String text = "First line\nwraps here.\n\nSecond paragraph.";
        assertThat(NlpPipeline.joinWrappedLines(text)).isEqualTo("First line wraps here.\n\nSecond paragraph.");
    }

    @Test
    void everyLineIsAParagraphWhenThereAreNoBlankLines() {
        String text = "Headline\nFirst paragraph.\nSecond paragraph.";
        assertThat(NlpPipeline.joinWrappedLines(text)).isEqualTo(text);
    }
}
