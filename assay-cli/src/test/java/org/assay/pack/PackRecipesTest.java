package org.assay.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class PackRecipesTest {

    @Test
    void everyRecipeBuildsManifestsWithOnlyKnownKeysAndTheProvenanceNamesACommit() throws IOException {
        for (String name : PackBuilder.recipeNames()) {
            JsonNode recipe = PackBuilder.recipe(name);
            assertThat(recipe.path("datasets")).as(name).isNotEmpty();
            for (JsonNode spec : recipe.path("datasets")) {
                var manifest = Recipes.manifest(recipe, spec, spec.path("folder").asText());
                assertThat(manifest.path("provenance").asText()).as(name).containsPattern("@[0-9a-f]{40}");
                assertThat(manifest.path("measures")).as(name).isNotEmpty();
            }
        }
    }
}
