package org.assay.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pack that ships is exactly what {@code ./assay pack} makes from the verbatim upstream files: the conversion is
 * re-run into a fresh folder and every file it writes is compared byte for byte with the bundled one.
 */
class PackReproducibleIT {

    private static final Path SHIPPED = Path.of("../assay-core/src/main/resources/org/assay/verify/pack");

    @Test
    void theBundledPackIsWhatTheConverterMakes(@TempDir Path out) throws IOException {
        Path world = Path.of(System.getProperty("assay.shared", "../../shared"), "reference/world");
        assertThat(world.resolve("country-codes")).as("upstream sources (set -Dassay.shared)").isDirectory();
        new PackBuilder().build(world, out, b -> { });
        List<Path> written;
        try (Stream<Path> files = Files.walk(out)) {
            written = files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("index.txt"))
                    .toList();
        }
        assertThat(written).hasSizeGreaterThan(300);
        for (Path p : written) {
            Path shipped = SHIPPED.resolve(out.relativize(p).toString());
            assertThat(shipped).as("shipped " + shipped).exists();
            assertThat(Files.mismatch(p, shipped)).as("differs from the conversion: " + shipped).isEqualTo(-1L);
        }
    }
}
