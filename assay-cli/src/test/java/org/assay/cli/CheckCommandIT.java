package org.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code assay check}: the analyzer (models loaded) on one sentence, with verdicts. */
class CheckCommandIT {

    @Test
    void aRankingSentenceIsCheckedAgainstTheEditionCurrentOnTheDate() {
        Cli r = Cli.run("check", "Vietnam has the second-largest rare earth reserves", "--as-of", "2025-03-10");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("CONTRADICTED").contains("ranks sixth").contains("usgs-mcs2025-rare-earths")
                .contains("ranked second");
    }

    @Test
    void anEmptySentenceIsAUserError() {
        Cli r = Cli.run("check", " ");
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("the sentence is empty");
    }
}
