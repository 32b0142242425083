package org.assay.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assay.verify.CsvTable;

/** Shared pieces of the USGS converter tests: a recipe over the test vocabulary, places, writing upstream files. */
final class UsgsFixtures {

    static final PackPlaces PLACES = new PackPlaces(CsvTable.parse(
            "ISO3166-1-Alpha-3,ISO4217-currency_alphabetic_code,official_name_en\n"));

    private UsgsFixtures() {
    }

    /** A recipe of {@code format} for edition {@code mcs2024} or {@code mcs2025}, units as the real recipes have them. */
    static JsonNode recipe(String format, String edition, int estimatedYear, String extra) throws IOException {
        return new ObjectMapper().readTree("""
                {"format": "%s", "edition": "%s", "vocabulary": "usgs-test-vocabulary", "folder": "usgs-%s",
                 "id": "usgs-%s-", "family": "usgs-mcs-", "estimatedYear": %d, %s
                 "manifest": {"publisher": "U.S. Geological Survey", "edition": "test", "published": "2025-01-31",
                              "source": "https://example.org", "licence": "Public domain", "publisherNames": ["USGS"]},
                 "title": "MCS test: {commodity} ({measures})", "provenance": "Written for a test.",
                 "units": {"t": {"unit": "t", "scale": "1"}, "kt": {"unit": "t", "scale": "1000"},
                           "metric tons": {"unit": "t", "scale": "1"}, "thousand metric tons": {"unit": "t", "scale": "1000"},
                           "million metric tons": {"unit": "t", "scale": "1000000"},
                           "million cubic meters": {"unit": "m3", "scale": "1000000"}}}
                """.formatted(format, edition, edition, edition, estimatedYear, extra));
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static PackDataset only(List<PackDataset> datasets, String id) {
        return datasets.stream().filter(d -> d.folder().equals(id)).findFirst().orElseThrow();
    }

    /** The cell of {@code column} in the row keyed {@code key}. */
    static String cell(PackDataset d, String key, String column) {
        int c = d.header().indexOf(column);
        if (c < 0) {
            throw new AssertionError("no column " + column + " in " + d.header());
        }
        return d.rows().stream().filter(r -> r.get(0).equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + key)).get(c);
    }
}
