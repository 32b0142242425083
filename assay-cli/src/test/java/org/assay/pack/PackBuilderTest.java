package org.assay.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pack that ships is what the recipes make of the upstream files, byte for byte (when those files are here). */
class PackBuilderTest {

    private static final Path WORLD = Path.of(System.getProperty("assay.shared", "../../shared"), "reference/world");
    private static final Path SHIPPED = Path.of("../assay-core/src/main/resources/org/assay/verify/pack");

    @Test
    void everyDatasetFolderTheRecipesMakeShipsUnchanged(@TempDir Path pack) throws IOException {
        assumeTrue(Files.isDirectory(WORLD.resolve("country-codes")), "no upstream sources at " + WORLD);
        new PackBuilder().build(WORLD, pack, b -> { });
        List<Path> folders;
        try (Stream<Path> s = Files.list(pack)) {
            folders = s.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(folders).isNotEmpty();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.sorted().toList()) {
                    Path shipped = SHIPPED.resolve(folder.getFileName()).resolve(f.getFileName());
                    assertThat(Files.exists(shipped)).as("shipped " + shipped).isTrue();
                    assertThat(Files.readAllBytes(shipped)).as(shipped.toString()).isEqualTo(Files.readAllBytes(f));
                }
            }
        }
    }
}
