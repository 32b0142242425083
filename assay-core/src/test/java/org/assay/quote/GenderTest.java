package org.assay.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GenderTest {

    @Test
    void theGivenNameOfAFullNameTellsTheGenderWhenTheListKnowsIt() {
        assertThat(Gender.ofGivenName("Hillary Clinton")).isEqualTo(Gender.FEMALE);
        assertThat(Gender.ofGivenName("Donald Trump")).isEqualTo(Gender.MALE);
    }

    @Test
    void aSurnameAloneOrAnAmbiguousGivenNameTellsNothing() {
        assertThat(Gender.ofGivenName("Clinton")).isEqualTo(Gender.UNKNOWN);
        assertThat(Gender.ofGivenName("Chris Christie")).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void pronounsAskForTheirGenderAndOtherWordsForNone() {
        assertThat(Gender.ofPronoun("His")).isEqualTo(Gender.MALE);
        assertThat(Gender.ofPronoun("her")).isEqualTo(Gender.FEMALE);
        assertThat(Gender.ofPronoun("they")).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void onlyTwoKnownDifferentGendersDisagree() {
        assertThat(Gender.MALE.agreesWith(Gender.FEMALE)).isFalse();
        assertThat(Gender.MALE.agreesWith(Gender.MALE)).isTrue();
        assertThat(Gender.UNKNOWN.agreesWith(Gender.FEMALE)).isTrue();
        assertThat(Gender.FEMALE.agreesWith(Gender.UNKNOWN)).isTrue();
    }
}
