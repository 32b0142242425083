package org.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unusable input fails before any model loads: exit status 2 and one line naming the file, no stack trace. */
class AnalyzeBadInputTest {

    @TempDir
    Path dir;

    private static void assertOneLineError(Cli cli, String... fragments) {
        assertThat(cli.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err().lines()).hasSize(1);
        assertThat(cli.err()).startsWith("assay: ").contains(fragments).doesNotContain("Exception", "\tat ");
    }

    @Test
    void missingFileIsNamed() {
        Path missing = dir.resolve("nowhere.txt");
        assertOneLineError(Cli.run("analyze", missing.toString()), missing.toString(), "no such file");
    }

    @Test
    void emptyFileIsNamed() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        assertOneLineError(Cli.run("analyze", empty.toString()), empty.toString(), "empty file");
    }

    @Test
    void binaryFileIsNamed() throws IOException {
        Path binary = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0x10, 'J', 'F'});
        assertOneLineError(Cli.run("analyze", binary.toString()), binary.toString(), "binary file");
    }

    @Test
    void htmlWithOnlyScriptsIsNamed() throws IOException {
        Path page = Files.writeString(dir.resolve("app.html"),
                "<html><head><script>var a = 1;</script></head><body><script>go()</script></body></html>");
        assertOneLineError(Cli.run("analyze", page.toString()), page.toString(), "no article text");
    }

    @Test
    void malformedJsonIsNamed() throws IOException {
        Path json = Files.writeString(dir.resolve("a.json"), "{\"text\": ");
        assertOneLineError(Cli.run("analyze", json.toString()), json.toString(), "not valid JSON");
    }

    @Test
    void fiftyMegabyteFileIsRefusedUnreadWithTheLimitNamed() throws IOException {
        Path huge = dir.resolve("huge.txt");
        byte[] line = "The council met again and voted on the bridge once more.\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(huge)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        assertOneLineError(Cli.run("analyze", huge.toString()), huge.toString(), "--max-chars");
    }

    @Test
    void textOverMaxCharsIsRefused() throws IOException {
        Path text = Files.writeString(dir.resolve("long.txt"), "word ".repeat(400));
        assertOneLineError(Cli.run("analyze", "--max-chars", "1000", text.toString()), text.toString(),
                "2,000 characters", "limit of 1,000");
    }

    @Test
    void badPublishedDateIsRefused() throws IOException {
        Path text = Files.writeString(dir.resolve("a.txt"), "Dam opens");
        assertOneLineError(Cli.run("analyze", "--published", "27/11/2026", text.toString()), "--published", "27/11/2026");
    }

    @Test
    void unknownFormatIsAUsageError() throws IOException {
        Path text = Files.writeString(dir.resolve("a.txt"), "Dam opens");
        assertOneLineError(Cli.run("analyze", "--format", "xml", text.toString()), "--format", "xml",
                "assay analyze --help");
    }

    @Test
    void folderWithoutArticlesIsRefused() throws IOException {
        Files.writeString(dir.resolve("notes.csv"), "a,b");
        assertOneLineError(Cli.run("analyze", dir.toString()), dir.toString(), "no articles");
    }

    @Test
    void twoInputsWritingTheSameOutputAreRefusedBeforeAnyWork() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("in"));
        Files.writeString(folder.resolve("a.txt"), "Dam opens");
        Files.writeString(folder.resolve("a.html"), "<p>Dam opens</p>");
        assertOneLineError(Cli.run("analyze", "--out", dir.resolve("out").toString(), folder.toString()),
                "would both be written to");
    }
}
