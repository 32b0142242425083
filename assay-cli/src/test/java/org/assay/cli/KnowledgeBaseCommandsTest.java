package org.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest, serve and export commands refuse bad input with one line and exit status 2 (no models loaded). */
class KnowledgeBaseCommandsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldErr;

    @BeforeEach
    void captureErr() {
        oldErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreErr() {
        System.setErr(oldErr);
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void ingestOfAMissingInputIsAUserError() {
        assertThat(Main.run("ingest", "--db", dir.resolve("kb.db").toString(), dir.resolve("none").toString()))
                .isEqualTo(Main.BAD_INPUT);
        assertThat(errText()).contains("no such file or folder").doesNotContain("Exception");
    }

    @Test
    void ingestIntoAFolderThatDoesNotExistIsAUserError() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "Headline\n\nText.\n");
        assertThat(Main.run("ingest", "--db", dir.resolve("no/kb.db").toString(), article.toString()))
                .isEqualTo(Main.BAD_INPUT);
        assertThat(errText()).contains("no such folder for the database file");
    }

    @Test
    void exportRefusesUnknownFormatsAndMissingDatabases() {
        assertThat(Main.run("export", "--db", dir.resolve("kb.db").toString(), "--format", "xml"))
                .isEqualTo(Main.BAD_INPUT);
        assertThat(errText()).contains("unknown export format 'xml'");
        assertThat(Main.run("export", "--db", dir.resolve("kb.db").toString(), "--format", "jsonl"))
                .isEqualTo(Main.BAD_INPUT);
        assertThat(errText()).contains("no such database file");
    }

    @Test
    void serveRefusesUnknownConfigurationKeys() throws Exception {
        Path config = Files.writeString(dir.resolve("server.properties"), "port=0\ntokn=abcdefghijk\n");
        assertThat(Main.run("serve", "--db", dir.resolve("kb.db").toString(), "--config", config.toString()))
                .isEqualTo(Main.BAD_INPUT);
        assertThat(errText()).contains("unknown key 'tokn'");
    }
}
