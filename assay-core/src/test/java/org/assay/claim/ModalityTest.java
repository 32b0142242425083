package org.assay.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModalityTest {

    @Test
    void forecastsPossibilitiesAndWishesAreSpeculative() {
        assertThat(Modality.speculative("Growth is expected to fall to 4.25% next year")).isTrue();
        assertThat(Modality.speculative("MPC member Paul Tucker voted for a rise in interest rates to 5%")).isTrue();
        assertThat(Modality.speculative("Rates could reach 6%")).isTrue();
    }

    @Test
    void statementsOfWhatIsOrWasAreNot() {
        assertThat(Modality.speculative("The economy grew 3.7% in the third quarter")).isFalse();
        assertThat(Modality.speculative("The Bank left interest rates on hold at 4.75%")).isFalse();
    }
}
