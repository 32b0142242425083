package org.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetsCommandTest {

    @Test
    void listsTheBundledDatasetsAndMarksTheEditionCurrentOnTheDate() {
        Cli r = Cli.run("datasets", "--as-of", "2025-02-25");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("* usgs-mcs2025-rare-earths").contains("    usgs-mcs2024-rare-earths")
                .contains("loaded from: bundled:").contains("ukraine-trust-in-president-polls");
    }

    @Test
    void aBrokenUserDatasetIsListedAsAProblemWithFileAndLine(@TempDir Path dir) throws IOException {
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(bad.resolve("dataset.json"), "{\n  \"id\": \"x\",\n  oops\n}\n");
        Cli r = Cli.run("datasets", "--data", dir.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Problems (1):").contains("bad/dataset.json:3:");
    }

    @Test
    void aMissingDataFolderIsAUserError() {
        Cli r = Cli.run("datasets", "--data", "/no/such/folder");
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("--data: no such folder").doesNotContain("Exception");
    }
}
