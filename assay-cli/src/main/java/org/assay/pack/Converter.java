package org.assay.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns the upstream files of one file format into datasets, as a recipe directs. A converter knows a file format
 * (a long indicator table, a publisher's commodity tables, a dated price series); the recipe names the files, the
 * columns and what the figures mean. Stateless.
 */
interface Converter {

    /**
     * @param recipe the recipe (recipes/*.json): its {@code format} selected this converter
     * @param world  the folder of verbatim upstream sources ({@code ../shared/reference/world})
     * @param places the country names and codes the converter resolves keys with
     */
    List<PackDataset> convert(JsonNode recipe, Path world, PackPlaces places) throws IOException;

    /**
     * The files that are not datasets this recipe makes (the place groups): none unless a converter says otherwise.
     * Same arguments as {@link #convert}.
     */
    default List<PackFile> files(JsonNode recipe, Path world, PackPlaces places) throws IOException {
        return List.of();
    }
}
