package org.assay.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assay.cli.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalSourcesTest {

    @TempDir
    Path dir;

    @Test
    void aSplitFolderPairsEachTextWithItsFirstAnnotationInNameOrder() throws IOException {
        Path split = dir.resolve("dev");
        Files.createDirectories(split.resolve("text"));
        Files.createDirectories(split.resolve("attributions"));
        Files.writeString(split.resolve("text/a.txt"), "x");
        Files.writeString(split.resolve("text/a_b.txt"), "x");
        Files.writeString(split.resolve("text/c.txt"), "x");
        for (String ann : List.of("a_9f9f.ann", "a_1a1a.ann", "a_b_2b2b.ann")) {
            Files.writeString(split.resolve("attributions").resolve(ann), "");
        }

        List<EvalCase> cases = EvalSources.resolve(List.of(dir));

        assertThat(cases).containsExactly(
                new EvalCase.PolnearCase(split.resolve("text/a.txt"), split.resolve("attributions/a_1a1a.ann")),
                new EvalCase.PolnearCase(split.resolve("text/a_b.txt"), split.resolve("attributions/a_b_2b2b.ann")));
    }

    @Test
    void aFolderIsSearchedForGoldFiles() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/x.gold.json"), "{}");
        Files.writeString(dir.resolve("x.txt"), "x");

        assertThat(EvalSources.resolve(List.of(dir)))
                .containsExactly(new EvalCase.GoldFileCase(dir.resolve("sub/x.gold.json")));
    }

    @Test
    void aFileThatIsNotAGoldFileIsAUserError() throws IOException {
        Path txt = Files.writeString(dir.resolve("x.txt"), "x");

        assertThatThrownBy(() -> EvalSources.resolve(List.of(txt))).isInstanceOf(UserError.class);
        assertThatThrownBy(() -> EvalSources.resolve(List.of(dir.resolve("none")))).isInstanceOf(UserError.class);
    }
}
