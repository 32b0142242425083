package org.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest, serve and export commands refuse bad input with one line and exit status 2 (no models loaded). */
class KnowledgeBaseCommandsTest {

    @TempDir
    Path dir;

    @Test
    void ingestOfAMissingInputIsAUserError() {
        Cli r = Cli.run("ingest", "--db", dir.resolve("kb.db").toString(), dir.resolve("none").toString());
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("no such file or folder").doesNotContain("Exception");
    }

    @Test
    void ingestWithABadPublicationDateIsAUserError() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "Headline\n\nText.\n");
        Cli r = Cli.run("ingest", "--db", dir.resolve("kb.db").toString(), "--published", "last week", article.toString());
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("--published").contains("not a date").doesNotContain("Exception");
    }

    @Test
    void ingestIntoAFolderThatDoesNotExistIsAUserError() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "Headline\n\nText.\n");
        Cli r = Cli.run("ingest", "--db", dir.resolve("no/kb.db").toString(), article.toString());
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("no such folder for the database file");
    }

    @Test
    void exportRefusesUnknownFormatsAndMissingDatabases() {
        Cli xml = Cli.run("export", "--db", dir.resolve("kb.db").toString(), "--format", "xml");
        assertThat(xml.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(xml.err()).contains("unknown export format 'xml'");
        Cli missing = Cli.run("export", "--db", dir.resolve("kb.db").toString(), "--format", "jsonl");
        assertThat(missing.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(missing.err()).contains("no such database file");
    }

    @Test
    void serveRefusesUnknownConfigurationKeys() throws Exception {
        Path config = Files.writeString(dir.resolve("server.properties"), "port=0\ntokn=abcdefghijk\n");
        Cli r = Cli.run("serve", "--db", dir.resolve("kb.db").toString(), "--config", config.toString());
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("unknown key 'tokn'");
    }
}
