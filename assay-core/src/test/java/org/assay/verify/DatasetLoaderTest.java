package org.assay.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetLoaderTest {

    private static final String MANIFEST = """
            {
              "id": "%s",
              "family": "steel",
              "publisher": "Test Statistics Office",
              "title": "Crude steel output",
              "edition": "%s",
              "published": "%s",
              "source": "https://example.org/steel",
              "licence": "CC0",
              "provenance": "written for this test",
              "file": "data.csv",
              "key": {"column": "country", "kind": "country", "total": "World"},
              "subject": "steel",
              "subjectTerms": ["steel"],
              "measures": [
                {"column": "output_t", "metric": "production", "unit": "t", "year": 2023, "terms": ["output"]}
              ]
            }
            """;

    @TempDir
    Path dir;

    private Path dataset(String name, String manifest, String csv) throws IOException {
        Path d = Files.createDirectories(dir.resolve(name));
        Files.writeString(d.resolve("dataset.json"), manifest);
        Files.writeString(d.resolve("data.csv"), csv);
        return d;
    }

    @Test
    void bundledPackLoadsEveryDatasetWithoutProblems() {
        DatasetLoader.Result pack = new DatasetLoader().loadPackEagerly();
        assertThat(pack.problems()).isEmpty();
        assertThat(pack.datasets()).hasSameSizeAs(new DatasetLoader().loadPack().datasets());
        assertThat(pack.datasets()).extracting(Dataset::id).contains("usgs-mcs2024-rare-earths",
                "usgs-mcs2025-rare-earths", "usgs-mcs2025-copper", "ukraine-trust-in-president-polls", "world-bank-wdi");
    }

    @Test
    void bundledTablesAreReadOnFirstUseAndTheSameAsReadWhole() {
        Dataset lazy = new DatasetLoader().loadPack().datasets().stream()
                .filter(d -> d.id().equals("world-bank-wdi")).findFirst().orElseThrow();
        Dataset whole = new DatasetLoader().loadPackEagerly().datasets().stream()
                .filter(d -> d.id().equals("world-bank-wdi")).findFirst().orElseThrow();
        assertThat(lazy.rows()).isInstanceOf(LazyRows.class);
        assertThat(lazy.rows()).hasSize(whole.rows().size());
        assertThat(lazy.rows().get(100)).isEqualTo(whole.rows().get(100));
    }

    @Test
    void blankCellsMeanNoFigureNotZero() {
        Dataset mcs2025 = new DatasetLoader().loadPack().datasets().stream()
                .filter(d -> d.id().equals("usgs-mcs2025-rare-earths")).findFirst().orElseThrow();
        Measure production = mcs2025.measure("mine production", 2024).orElseThrow();
        Measure reserves = mcs2025.measure("reserves", null).orElseThrow();
        assertThat(mcs2025.row("Canada").orElseThrow().figure(production)).isEmpty();
        assertThat(mcs2025.row("Myanmar").orElseThrow().figure(reserves)).isEmpty();
        assertThat(mcs2025.ranked(reserves, null)).noneMatch(r -> r.entity().equals("Myanmar"));
        assertThat(mcs2025.total().orElseThrow().qualifier(reserves)).isEqualTo("more than");
    }

    @Test
    void countryKeysResolveToCanonicalNames() {
        Dataset mcs2024 = new DatasetLoader().loadPack().datasets().stream()
                .filter(d -> d.id().equals("usgs-mcs2024-rare-earths")).findFirst().orElseThrow();
        assertThat(mcs2024.row("Myanmar").orElseThrow().key()).isEqualTo("Burma");
        assertThat(mcs2024.row("United States")).isPresent();
    }

    @Test
    void aMalformedManifestIsNamedWithItsLineAndTheOtherDatasetsStillLoad() throws IOException {
        dataset("a-good", MANIFEST.formatted("steel-2024", "2024", "2024-03-01"), "country,output_t\nJapan,87000000\n");
        dataset("b-bad", "{\n  \"id\": \"broken\",\n  \"publisher\": oops\n}\n", "country,output_t\n");
        DatasetLoader.Result r = new DatasetLoader().loadFolder(dir);
        assertThat(r.datasets()).extracting(Dataset::id).containsExactly("steel-2024");
        assertThat(r.problems()).hasSize(1);
        LoadProblem p = r.problems().get(0);
        assertThat(p.file()).endsWith("b-bad/dataset.json");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.toString()).contains("b-bad/dataset.json:3:").contains("not valid JSON");
    }

    @Test
    void anUnknownManifestKeyIsAnErrorOnItsLine() throws IOException {
        String typo = MANIFEST.formatted("steel-2024", "2024", "2024-03-01").replace("\"licence\"", "\"license\"");
        Path d = dataset("steel", typo, "country,output_t\nJapan,87000000\n");
        DatasetLoader.Result r = new DatasetLoader().loadFolder(d);
        assertThat(r.datasets()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(9);
            assertThat(p.message()).contains("unknown key \"license\"");
        });
    }

    @Test
    void aShortRowAndANonNumberAreNamedByLineAndTheRestLoads() throws IOException {
        Path d = dataset("steel", MANIFEST.formatted("steel-2024", "2024", "2024-03-01"),
                "country,output_t\nJapan,87000000\nIndia\nGermany,lots\n\"Korea, Republic of\",\"66,700,000\"\nWorld,1890000000\n");
        DatasetLoader.Result r = new DatasetLoader().loadFolder(d);
        assertThat(r.problems()).extracting(LoadProblem::line).containsExactly(3, 4);
        assertThat(r.problems().get(0).message()).contains("row skipped");
        assertThat(r.problems().get(1).message()).contains("\"lots\"").contains("left blank");
        Dataset steel = r.datasets().get(0);
        Measure output = steel.manifest().measures().get(0);
        assertThat(steel.rows()).extracting(Row::key).containsExactly("Japan", "Germany", "Korea, Republic of", "World");
        assertThat(steel.row("Germany").orElseThrow().figure(output)).isEmpty();
        assertThat(steel.ranked(output, null)).extracting(Row::key).containsExactly("Japan", "Korea, Republic of");
    }

    @Test
    void aMissingMeasureColumnDropsOnlyThatMeasure() throws IOException {
        Path d = dataset("steel", MANIFEST.formatted("steel-2024", "2024", "2024-03-01"), "country,tonnes\nJapan,1\n");
        DatasetLoader.Result r = new DatasetLoader().loadFolder(d);
        assertThat(r.datasets()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("no column \"output_t\"");
        });
    }

    @Test
    void aFolderWithoutManifestsIsReported() {
        DatasetLoader.Result r = new DatasetLoader().loadFolder(dir);
        assertThat(r.datasets()).isEmpty();
        assertThat(r.problems()).singleElement().extracting(LoadProblem::message).asString().contains("no dataset.json");
    }

    @Test
    void userDatasetsJoinTheBundledPack() throws IOException {
        dataset("steel", MANIFEST.formatted("steel-2024", "2024", "2024-03-01"), "country,output_t\nJapan,87000000\n");
        ReferenceData data = ReferenceData.load(List.of(dir));
        assertThat(data.datasets()).extracting(Dataset::id).contains("steel-2024", "usgs-mcs2025-rare-earths");
        assertThat(data.problems()).isEmpty();
    }
}
