package org.assay.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Builds the world pack: runs every recipe ({@code recipes/index.txt}) through the converter for its file format,
 * writes each dataset folder (and any other file a converter makes, such as {@code groups.tsv}), and rewrites the
 * pack's {@code index.txt} to list every dataset folder there (folders the converter does not make, such as
 * hand-compiled polls, stay and stay listed).
 */
public final class PackBuilder {

    /** Converters by the file format a recipe names. */
    private static final Map<String, Converter> FORMATS = Map.of("dated-series", new DatedSeriesConverter(),
            "dated-panel", new DatedPanelConverter(), "indicator-long", new IndicatorLongConverter(),
            "place-groups", new PlaceGroupsConverter(), "dated-csv", new DatedCsvConverter(),
            "nation-year-csv", new NationYearConverter(), "usgs-mcs-world-tables", new UsgsWorldTablesConverter(),
            "usgs-mcs-world-data", new UsgsWorldDataConverter());

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RECIPES = "/org/assay/pack/recipes/";

    private final PackWriter writer = new PackWriter();

    /** What one build wrote. */
    public record Built(String recipe, int datasets, int rows) {
    }

    /**
     * Converts the sources under {@code world} into {@code pack}.
     *
     * @param progress told of each recipe as it is done
     */
    public List<Built> build(Path world, Path pack, Consumer<Built> progress) throws IOException {
        PackPlaces places = PackPlaces.read(world);
        List<Built> out = new ArrayList<>();
        for (String name : recipeNames()) {
            JsonNode recipe = recipe(name);
            String format = recipe.path("format").asText();
            Converter converter = FORMATS.get(format);
            if (converter == null) {
                throw new IllegalStateException("recipe " + name + ": no converter for format \"" + format + "\"");
            }
            List<PackDataset> datasets = converter.convert(recipe, world, places);
            int rows = 0;
            for (PackDataset d : datasets) {
                writer.write(d, pack);
                rows += d.rows().size();
            }
            for (PackFile f : converter.files(recipe, world, places)) {
                writer.write(f, pack);
            }
            Built b = new Built(name, datasets.size(), rows);
            out.add(b);
            progress.accept(b);
        }
        writeIndex(pack);
        return out;
    }

    /** The pack's index: every folder holding a manifest, in name order. */
    static void writeIndex(Path pack) throws IOException {
        TreeSet<String> folders = new TreeSet<>();
        try (Stream<Path> children = Files.list(pack)) {
            children.filter(p -> Files.isRegularFile(p.resolve("dataset.json")))
                    .forEach(p -> folders.add(p.getFileName().toString()));
        }
        Files.writeString(pack.resolve("index.txt"), "# Written by ./assay pack: every dataset folder of the pack.\n"
                + String.join("\n", folders) + "\n", StandardCharsets.UTF_8);
    }

    static List<String> recipeNames() {
        return lines(resource("index.txt")).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(String::strip)
                .toList();
    }

    static JsonNode recipe(String name) throws IOException {
        return JSON.readTree(resource(name + ".json"));
    }

    private static String resource(String name) {
        try (InputStream in = PackBuilder.class.getResourceAsStream(RECIPES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing recipe resource " + RECIPES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(String s) {
        return List.of(s.split("\n"));
    }
}
