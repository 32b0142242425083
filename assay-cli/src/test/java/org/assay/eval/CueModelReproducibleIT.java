package org.assay.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.assay.quote.CueModel;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped cue model is what {@code assay train-cues} makes from PolNeAR train with the shipped taggers: training
 * again gives the same file. Fails when the taggers or the features change without the model being retrained.
 */
class CueModelReproducibleIT {

    @Test
    void trainingOnPolnearTrainGivesTheShippedModel(@TempDir Path dir) throws IOException {
        Path train = Path.of(System.getProperty("assay.shared", "../../shared"), "eval-data", "polnear", "data",
                "train");
        if (!Files.isDirectory(train.resolve("text"))) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("PolNeAR train is missing in CI: " + train.toAbsolutePath());
            }
            Assumptions.abort("no PolNeAR train at " + train.toAbsolutePath() + " (set -Dassay.shared)");
        }
        String shipped;
        try (InputStream in = CueModel.class.getResourceAsStream("cue-model.tsv.gz")) {
            shipped = unzip(in);
        }
        String threshold = shipped.substring(shipped.indexOf('\t') + 1, shipped.indexOf('\n'));
        Path out = dir.resolve("cue-model.tsv.gz");
        CueTraining.train(train, out, 10, Double.parseDouble(threshold), 0, s -> { });
        try (InputStream in = Files.newInputStream(out)) {
            assertThat(unzip(in)).isEqualTo(shipped);
        }
    }

    private static String unzip(InputStream gz) throws IOException {
        return new String(new GZIPInputStream(gz).readAllBytes(), StandardCharsets.UTF_8);
    }
}
