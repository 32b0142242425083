package org.assay.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PackRecipesTest {

    private static final Path PACK = Path.of("../assay-core/src/main/resources/org/assay/verify/pack");

    @Test
    void everyConvertedDatasetNamesItsUpstreamCommitSourceAndLicence() throws IOException {
        ObjectMapper json = new ObjectMapper();
        int converted = 0;
        for (String folder : Files.readAllLines(PACK.resolve("index.txt"))) {
            if (folder.isBlank() || folder.startsWith("#")) {
                continue;
            }
            JsonNode m = json.readTree(PACK.resolve(folder).resolve("dataset.json").toFile());
            if (!m.path("provenance").asText().contains("@")) {
                continue;
            }
            converted++;
            assertThat(m.path("provenance").asText()).as(folder).containsPattern("@[0-9a-f]{40}");
            assertThat(m.path("source").asText()).as(folder).isNotBlank();
            assertThat(m.path("licence").asText()).as(folder).isNotBlank();
        }
        assertThat(converted).isGreaterThan(150);
    }
}
