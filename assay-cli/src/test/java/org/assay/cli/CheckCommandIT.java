package org.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code assay check}: the analyzer (models loaded) on one sentence, with verdicts. */
class CheckCommandIT {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream stdout;
    private PrintStream stderr;

    @BeforeEach
    void capture() {
        stdout = System.out;
        stderr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(stdout);
        System.setErr(stderr);
    }

    @Test
    void aRankingSentenceIsCheckedAgainstTheEditionCurrentOnTheDate() {
        assertThat(Main.run("check", "Vietnam has the second-largest rare earth reserves", "--as-of", "2025-03-10"))
                .isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("CONTRADICTED").contains("ranks sixth").contains("usgs-mcs2025-rare-earths")
                .contains("ranked second");
    }

    @Test
    void anEmptySentenceIsAUserError() {
        assertThat(Main.run("check", " ")).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("the sentence is empty");
    }
}
