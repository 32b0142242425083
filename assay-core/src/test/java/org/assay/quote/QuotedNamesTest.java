package org.assay.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedNamesTest {

    @Test
    void titlesAreCapitalisedExceptForShortFunctionWords() {
        assertThat(QuotedNames.writtenAsName("Meet the Press,")).isTrue();
        assertThat(QuotedNames.writtenAsName("The Lead with Jake Tapper")).isTrue();
        assertThat(QuotedNames.writtenAsName("Apollo 13")).isTrue();
    }

    @Test
    void sentencesExclamationsAndLongStretchesAreNotWrittenAsNames() {
        assertThat(QuotedNames.writtenAsName("We will win this state.")).isFalse();
        assertThat(QuotedNames.writtenAsName("Lock Her Up!")).isFalse();
        assertThat(QuotedNames.writtenAsName("One Two Three Four Five Six Seven Eight Nine")).isFalse();
        assertThat(QuotedNames.writtenAsName("very well")).isFalse();
    }
}
