package org.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void everyCommandHasHelpThatExitsZero() {
        for (String command : new String[] {"analyze", "bench"}) {
            Cli cli = Cli.run(command, "--help");
            assertThat(cli.status()).isZero();
            assertThat(cli.out()).startsWith("Usage: assay " + command);
        }
        assertThat(Cli.run("analyze", "--help").out()).contains("--max-chars", "--threads", "Exit status");
    }

    @Test
    void unknownOptionIsOneLineAndExitTwo() {
        Cli cli = Cli.run("analyze", "--colour", "a.txt");
        assertThat(cli.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(cli.err().lines()).singleElement().asString().startsWith("assay: Unknown option: '--colour'");
    }
}
