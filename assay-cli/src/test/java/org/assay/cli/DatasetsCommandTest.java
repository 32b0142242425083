package org.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetsCommandTest {

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
    void listsTheBundledDatasetsAndMarksTheEditionCurrentOnTheDate() {
        assertThat(Main.run("datasets", "--as-of", "2025-02-25")).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("* usgs-mcs2025-rare-earths").contains("    usgs-mcs2024-rare-earths")
                .contains("loaded from: bundled:").contains("ukraine-trust-in-president-polls");
    }

    @Test
    void aBrokenUserDatasetIsListedAsAProblemWithFileAndLine(@TempDir Path dir) throws IOException {
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(bad.resolve("dataset.json"), "{\n  \"id\": \"x\",\n  oops\n}\n");
        assertThat(Main.run("datasets", "--data", dir.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Problems (1):").contains("bad/dataset.json:3:");
    }

    @Test
    void aMissingDataFolderIsAUserError() {
        assertThat(Main.run("datasets", "--data", "/no/such/folder")).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--data: no such folder").doesNotContain("Exception");
    }
}
