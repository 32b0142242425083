package org.assay.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tagger models that ship are exactly what {@code assay train-taggers} makes from the shared gold data: training
 * is re-run into a fresh folder (about 20 s) and each model file is compared byte for byte with the bundled one.
 */
class TaggerModelsReproducibleIT {

    private static final Path SHIPPED = Path.of("src/main/resources/org/assay/nlp");

    @Test
    void theBundledModelsAreWhatTrainingMakes(@TempDir Path out) throws IOException {
        Path shared = Path.of(System.getProperty("assay.shared", "../../shared"), "eval-data");
        assertThat(shared.resolve("conll2003-en")).as("shared gold data (set -Dassay.shared)").isDirectory();
        TaggerTraining.clusters(out);
        TaggerTraining.pos(shared.resolve("ud-english-ewt"), shared.resolve("gum-news"), shared.resolve("conll2003-en"),
                out, line -> { });
        TaggerTraining.ner(shared.resolve("conll2003-en"), out, line -> { });
        for (String model : List.of(WordClusters.RESOURCE, PosTagger.RESOURCE, NameTagger.RESOURCE)) {
            assertThat(Files.mismatch(out.resolve(model), SHIPPED.resolve(model)))
                    .as("differs from what training makes: " + model).isEqualTo(-1L);
        }
    }
}
