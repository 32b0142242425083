package org.assay.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assay.verify.CsvTable;

/** Tiny upstream folders and recipes for converter tests. */
final class PackFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PackFixtures() {
    }

    /** Writes {@code text} as {@code world/source/file}. */
    static void upstream(Path world, String source, String file, String text) {
        try {
            Files.createDirectories(world.resolve(source));
            Files.writeString(world.resolve(source).resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A recipe written with single quotes for readability. */
    static JsonNode recipe(String json) {
        try {
            return JSON.readTree(json.replace('\'', '"'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Country codes with a few official names, in the country-codes layout. */
    static PackPlaces places() {
        return new PackPlaces(CsvTable.parse("""
                ISO3166-1-Alpha-3,ISO4217-currency_alphabetic_code,official_name_en
                RUS,RUB,Russian Federation
                DEU,EUR,Germany
                CHN,CNY,China
                USA,USD,United States of America
                """));
    }

    /** The cells of the row whose first cell is {@code first}. */
    static List<String> row(PackDataset d, String first) {
        return d.rows().stream().filter(r -> r.get(0).equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first + " in " + d.folder()));
    }

    /** The cell of {@code column} in the row whose first cell is {@code first}. */
    static String cell(PackDataset d, String first, String column) {
        return row(d, first).get(d.header().indexOf(column));
    }
}
