package org.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

    @TempDir
    Path dir;

    @Test
    void foldersAreWalkedRecursivelyInPathOrderTakingOnlyArticleFiles() throws IOException {
        Files.createDirectories(dir.resolve("b/c"));
        Files.createDirectories(dir.resolve(".git"));
        for (String name : List.of("b/c/3.json", "a.txt", "b/2.html", "b/notes.csv", ".git/x.txt", ".hidden.txt")) {
            Files.writeString(dir.resolve(name), "x");
        }
        List<Input> inputs = Inputs.expand(List.of(dir.toString()));
        assertThat(inputs).extracting(Input::id).containsExactly("a", "b/2", "b/c/3");
        assertThat(inputs).extracting(Input::relative).containsExactly("a", "b/2", "b/c/3");
    }

    @Test
    void namedFilesKeepTheirOrderAndBaseName() {
        List<Input> inputs = Inputs.expand(List.of("z/last.txt", "a/first.html", "-"));
        assertThat(inputs).extracting(Input::id).containsExactly("last", "first", "stdin");
        assertThat(inputs.get(2).isStdin()).isTrue();
    }
}
