package org.assay.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CuesTest {

    @Test
    void participleAndThirdPersonFormsOfAListedPastFormAreCues() {
        assertThat(Cues.isCue("predicting")).isTrue();
        assertThat(Cues.isCue("reveals")).isTrue();
        assertThat(Cues.isCue("echoing")).isTrue();
        assertThat(Cues.isCue("Tweeted")).isTrue();
    }

    @Test
    void theBaseFormIsACueOnlyInThePresentTense() {
        assertThat(Cues.isCue("conclude", "VBP")).isTrue();
        assertThat(Cues.isCue("conclude", "VB")).isFalse();
        assertThat(Cues.isCue("offer", "VBP")).isFalse();
    }

    @Test
    void ordinaryVerbsAreNotCues() {
        assertThat(Cues.isCue("running")).isFalse();
        assertThat(Cues.isCue("walks")).isFalse();
        assertThat(Cues.isCue("pass")).isFalse();
    }
}
