package org.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assay analyze} end to end, with CoreNLP loaded. */
class AnalyzeIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(AnalyzeIT.class.getResource("/cli/" + name).toURI());
    }

    @Test
    void oneTextArticleGivesContractJsonWithOffsetsIntoTheOriginalText() throws Exception {
        Path ferry = fixture("ferry.txt");
        String text = Files.readString(ferry);
        Cli cli = Cli.run("analyze", "--published", "2024-03-14", ferry.toString());
        assertThat(cli.status()).as(cli.err()).isZero();
        JsonNode root = JSON.readTree(cli.out());
        assertThat(root.at("/article/title").asText()).isEqualTo("Westport board backs second ferry");
        assertThat(root.at("/article/published").asText()).isEqualTo("2024-03-14");
        assertThat(root.at("/article/textLength").asInt()).isEqualTo(text.length());
        assertThat(root.get("entities")).isNotEmpty();
        for (JsonNode entity : root.get("entities")) {
            for (JsonNode m : entity.get("mentions")) {
                String surface = text.substring(m.get("start").asInt(), m.get("end").asInt());
                assertThat(entity.get("name").asText() + " " + entity.get("aliases")).contains(surface);
            }
        }
        assertThat(root.get("entities").findValuesAsText("name")).contains("Osric Penhale")
                .noneMatch(n -> n.contains("ADVERTISEMENT"));
    }

    @Test
    void latin1FileIsAnalysedWithANote() throws Exception {
        Path latin = Files.write(dir.resolve("cafe.txt"),
                "Caf\u00e9 fined \u00a3500\n\nThe Caf\u00e9 Rouge in Leeds was fined, Judge Amara Osei said."
                        .getBytes(StandardCharsets.ISO_8859_1));
        Cli cli = Cli.run("analyze", "--format", "jsonl", latin.toString());
        assertThat(cli.status()).isZero();
        assertThat(cli.err()).contains("note", "not valid UTF-8", "Windows-1252").doesNotContain("\tat ");
        assertThat(cli.out().lines()).hasSize(1);
        assertThat(JSON.readTree(cli.out()).at("/article/title").asText()).isEqualTo("Caf\u00e9 fined \u00a3500");
    }

    @Test
    void jsonOnStandardInputIsSniffedAndTextFormatIsReadable() throws Exception {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(fixture("library.json"))));
            Cli cli = Cli.run("analyze", "--format", "text", "-");
            assertThat(cli.status()).as(cli.err()).isZero();
            assertThat(cli.out()).startsWith("Library extends opening hours\n")
                    .contains("published 2024-04-02", "Valley News", "Entities (", "Ines Varga", "Quotes (", "Claims (");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void batchGoesOnPastBadFilesListsThemAndKeepsInputOrderWhateverTheThreads() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in/sub"));
        Files.copy(fixture("ferry.txt"), dir.resolve("in/a-ferry.txt"));
        Files.copy(fixture("library.json"), in.resolve("b-library.json"));
        Files.createFile(in.resolve("c-empty.txt"));
        Files.write(dir.resolve("in/d-binary.txt"), new byte[] {1, 2, 0, 4});
        Files.writeString(in.resolve("e-dam.html"), "<html><body><article><h1>Dam opens</h1>"
                + "<p>The Kellan dam opened on Friday, engineer Tomas Brandt said.</p></article></body></html>");
        Path out = dir.resolve("out");

        Cli toFiles = Cli.run("analyze", "--format", "jsonl", "--threads", "2", "--out", out.toString(),
                dir.resolve("in").toString());
        assertThat(toFiles.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(out.resolve("a-ferry.json")).exists();
        assertThat(out.resolve("sub/b-library.json")).exists();
        assertThat(out.resolve("sub/e-dam.json")).exists();
        assertThat(out.resolve("sub/c-empty.json")).doesNotExist();
        assertThat(JSON.readTree(out.resolve("sub/e-dam.json").toFile()).at("/article/id").asText()).isEqualTo("sub/e-dam");
        assertThat(toFiles.err()).contains("[#", "] 5/5", "analysed 3 of 5 inputs", "2 failed")
                .contains("c-empty.txt: empty file", "d-binary.txt: binary file").doesNotContain("\tat ");

        Cli oneThread = Cli.run("analyze", "--format", "jsonl", "--threads", "1", "--no-progress", dir.resolve("in").toString());
        Cli twoThreads = Cli.run("analyze", "--format", "jsonl", "--threads", "2", "--no-progress", dir.resolve("in").toString());
        List<String> ids = oneThread.out().lines().map(l -> readId(l)).toList();
        assertThat(ids).containsExactly("a-ferry", "sub/b-library", "sub/e-dam");
        assertThat(twoThreads.out()).isEqualTo(oneThread.out());
        assertThat(twoThreads.status()).isEqualTo(Main.BAD_INPUT);
    }

    private static String readId(String line) {
        try {
            return JSON.readTree(line).at("/article/id").asText();
        } catch (IOException e) {
            throw new AssertionError(line, e);
        }
    }
}
