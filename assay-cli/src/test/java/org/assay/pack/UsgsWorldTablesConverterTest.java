package org.assay.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.assay.verify.Dataset;
import org.assay.verify.DatasetLoader;
import org.assay.verify.Measure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsgsWorldTablesConverterTest {

    /** The MCS 2024 layout: BOM, CRLF, units in the column names, empty trailing headers, two Type blocks. */
    private static final String COPPER = "\uFEFFSource,Country,Type,Prod_kt_2022,Prod_kt_est_2023,Prod_notes,Reserves_kt,"
            + "Reserves_notes,,\r\n"
            + "MCS2024,United\u00a0States1,\"Mine production, recoverable copper content\",1230 ,1100 ,,50000,,,\r\n"
            + "MCS2024,Congo (Kinshasa),\"Mine production, recoverable copper content\",W,\"e2,500\",Also estimated,"
            + "80000,,,\r\n"
            + "MCS2024,Russiae,\"Mine production, recoverable copper content\",936,910,,NA,,,\r\n"
            + "MCS2024,Other countries,\"Mine production, recoverable copper content\",2850,3100,,180000,,,\r\n"
            + "MCS2024,World total (rounded)10,\"Mine production, recoverable copper content\",21900,22000,,NA,"
            + "\">1,000,000. Rounded.\",,\r\n"
            + "MCS2024,United States,\"Refinery production, copper\",952,890,,,,,\r\n"
            + "MCS2024,World total (rounded),\"Refinery production, copper\",25900,27000,,,,,\r\n"
            + ",,,,,,,,,\r\n";

    @TempDir
    Path world;

    private List<PackDataset> convert(String table) throws IOException {
        UsgsFixtures.write(world.resolve("usgs-mcs2024/mcs2024-coppe_world.csv"), table);
        JsonNode recipe = UsgsFixtures.recipe("usgs-mcs-world-tables", "mcs2024", 2023, "");
        return new UsgsWorldTablesConverter().convert(recipe, world, UsgsFixtures.PLACES);
    }

    @Test
    void unitsInColumnNamesBecomeTonnesAndBlocksBecomeMeasures() throws IOException {
        PackDataset d = UsgsFixtures.only(convert(COPPER), "usgs-mcs2024-copper");
        assertThat(d.header()).containsExactly("country", "mine_production_2022_t", "mine_production_2023e_t",
                "mine_production_note", "reserves_t", "reserves_qualifier", "reserves_note", "refinery_production_2022_t",
                "refinery_production_2023e_t", "place_note");
        assertThat(d.rows()).extracting(r -> r.get(0)).containsExactly("United States", "Congo (Kinshasa)", "Russia",
                "Other countries", "World total");
        assertThat(UsgsFixtures.cell(d, "United States", "mine_production_2022_t")).isEqualTo("1230000");
        assertThat(UsgsFixtures.cell(d, "United States", "refinery_production_2023e_t")).isEqualTo("890000");
        assertThat(UsgsFixtures.cell(d, "World total", "refinery_production_2022_t")).isEqualTo("25900000");
    }

    @Test
    void withheldCellsAreEmptyWithTheirWordsInTheNoteAndEstimatesAreNoted() throws IOException {
        PackDataset d = UsgsFixtures.only(convert(COPPER), "usgs-mcs2024-copper");
        assertThat(UsgsFixtures.cell(d, "Congo (Kinshasa)", "mine_production_2022_t")).isEmpty();
        assertThat(UsgsFixtures.cell(d, "Congo (Kinshasa)", "mine_production_2023e_t")).isEqualTo("2500000");
        assertThat(UsgsFixtures.cell(d, "Congo (Kinshasa)", "mine_production_note"))
                .isEqualTo("2022: W | 2023: estimated | Also estimated");
        assertThat(UsgsFixtures.cell(d, "Russia", "reserves_t")).isEmpty();
        assertThat(UsgsFixtures.cell(d, "Russia", "place_note")).isEqualTo("estimated");
    }

    @Test
    void aWorldTotalGivenInTheNotesIsReadThereWithItsQualifier() throws IOException {
        PackDataset d = UsgsFixtures.only(convert(COPPER), "usgs-mcs2024-copper");
        assertThat(UsgsFixtures.cell(d, "World total", "reserves_t")).isEqualTo("1000000000");
        assertThat(UsgsFixtures.cell(d, "World total", "reserves_qualifier")).isEqualTo("more than");
        assertThat(UsgsFixtures.cell(d, "World total", "place_note")).isEqualTo("rounded");
    }

    @Test
    void theDatasetLoadsWithoutProblemsAndItsKeysResolve(@TempDir Path pack) throws IOException {
        PackDataset d = UsgsFixtures.only(convert(COPPER), "usgs-mcs2024-copper");
        assertThat(d.manifest().path("key").path("total").asText()).isEqualTo("World total");
        assertThat(d.manifest().path("key").path("others").toString()).isEqualTo("[\"Other countries\"]");
        assertThat(d.manifest().path("key").path("aliases").toString())
                .isEqualTo("{\"Congo (Kinshasa)\":[\"Democratic Republic of the Congo\"]}");
        new PackWriter().write(d, pack);
        DatasetLoader.Result r = new DatasetLoader().loadFolder(pack);
        assertThat(r.problems()).isEmpty();
        Dataset loaded = r.datasets().get(0);
        Measure estimated = loaded.measure("mine production", 2023).orElseThrow();
        assertThat(estimated.estimate()).isTrue();
        assertThat(loaded.measure("mine production", 2022).orElseThrow().estimate()).isFalse();
        assertThat(loaded.row("Democratic Republic of the Congo")).isPresent();
        assertThat(loaded.ranked(estimated, null)).extracting(x -> x.key())
                .containsExactly("Congo (Kinshasa)", "United States", "Russia");
    }

    @Test
    void aTypeNoBlockNamesIsRefusedWithItsLine() {
        String odd = COPPER.replace("\"Refinery production, copper\",952", "\"Smelter production, copper\",952");
        assertThatThrownBy(() -> convert(odd)).hasMessageContaining("mcs2024-coppe_world.csv:7")
                .hasMessageContaining("Smelter production, copper");
    }

    @Test
    void aFigureTheRecipeGivesNoMeaningIsRefused() {
        String capacity = COPPER.replace("Reserves_notes,,", "Reserves_notes,Cap_kt_2023,")
                .replace("952,890,,,,,", "952,890,,,,1000,");
        assertThatThrownBy(() -> convert(capacity)).hasMessageContaining("capacity figure (1000)");
    }
}
