package org.assay.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsgsWorldDataConverterTest {

    /** The MCS 2025 layout: one file, UNIT_MEAS per row, spaces in column names and keys. */
    private static final String DATA = "SOURCE,COMMODITY,COUNTRY,TYPE,UNIT_MEAS,PROD_2023,PROD_EST_ 2024,PROD_NOTES,"
            + "CAP_2023,CAP_EST_ 2024,CAP_NOTES,RESERVES_2024,RESERVE_NOTES\r\n"
            + "MCS2025,Copper ,Canada ,\"Mine production, recoverable copper content\",thousand metric tons,500,450,,,,,"
            + "8300,\r\n"
            + "MCS2025,Copper ,\"Korea, Republic of\",\"Refinery production, copper\",thousand metric tons,604,620,,,,,,\r\n"
            + "MCS2025,Copper ,World total (rounded) 10,\"Mine production, recoverable copper content\","
            + "thousand metric tons,22600,23000,,,,,\">17,000,000\",\r\n"
            + "MCS2025,Helium,United States (extracted from natural gas),\"Production, helium gas content\","
            + "million cubic meters,64,68,,,,,,\r\n"
            + "MCS2025,Helium,United States (from Cliffside Field),\"Production, helium gas content\","
            + "million cubic meters,18,13,,,,,,\r\n"
            + "MCS2025,Helium,Qatar,\"Production, helium gas content\",,66,64,estimated 2023,,,,,Large\r\n"
            + "MCS2025,\"Helium, crude\",Algeria,\"Production, helium gas content\",million cubic meters,9,11, ,,,,,\r\n";

    @TempDir
    Path world;

    private List<PackDataset> convert(String data) throws IOException {
        UsgsFixtures.write(world.resolve("usgs-mcs2025/data.csv"), data);
        return new UsgsWorldDataConverter().convert(UsgsFixtures.recipe("usgs-mcs-world-data", "mcs2025", 2024,
                "\"file\": \"data.csv\","), world, UsgsFixtures.PLACES);
    }

    @Test
    void trailingSpacesInKeysAndSpacesInColumnNamesAreRead() throws IOException {
        PackDataset copper = UsgsFixtures.only(convert(DATA), "usgs-mcs2025-copper");
        assertThat(copper.rows()).extracting(r -> r.get(0)).containsExactly("Canada", "Korea, Republic of", "World total");
        assertThat(UsgsFixtures.cell(copper, "Canada", "mine_production_2024e_t")).isEqualTo("450000");
        assertThat(UsgsFixtures.cell(copper, "Korea, Republic of", "refinery_production_2023_t")).isEqualTo("604000");
    }

    @Test
    void aReserveUnitTheRecipeCorrectsIsUsedAndSaidInTheProvenance() throws IOException {
        PackDataset copper = UsgsFixtures.only(convert(DATA), "usgs-mcs2025-copper");
        assertThat(UsgsFixtures.cell(copper, "Canada", "reserves_t")).isEqualTo("8300000000");
        assertThat(UsgsFixtures.cell(copper, "World total", "reserves_t")).isEqualTo("17000000000000");
        assertThat(UsgsFixtures.cell(copper, "World total", "reserves_qualifier")).isEqualTo("more than");
        assertThat(copper.manifest().path("provenance").asText())
                .contains("reserves figures read as million metric tons, not the file's \"thousand metric tons\"");
    }

    @Test
    void twoCommodityStringsMakeOneDatasetAndABlankUnitTakesItsTypesUnit() throws IOException {
        PackDataset helium = UsgsFixtures.only(convert(DATA), "usgs-mcs2025-helium");
        assertThat(helium.rows()).extracting(r -> r.get(0)).containsExactly("United States", "Qatar", "Algeria");
        assertThat(UsgsFixtures.cell(helium, "Qatar", "production_2023_m3")).isEqualTo("66000000");
        assertThat(UsgsFixtures.cell(helium, "Qatar", "production_note")).isEqualTo("estimated 2023");
    }

    @Test
    void aPlaceSplitInTwoRowsIsAddedUpWhenTheRecipeSaysSo() throws IOException {
        PackDataset helium = UsgsFixtures.only(convert(DATA), "usgs-mcs2025-helium");
        assertThat(UsgsFixtures.cell(helium, "United States", "production_2023_m3")).isEqualTo("82000000");
        assertThat(UsgsFixtures.cell(helium, "United States", "place_note"))
                .isEqualTo("extracted from natural gas; from Cliffside Field");
    }

    @Test
    void aCommodityStringTheVocabularyDoesNotReadIsRefused() {
        String zinc = DATA + "MCS2025,Zinc,China,\"Mine production, zinc content\",thousand metric tons,4060,4000,,,,,,\r\n";
        assertThatThrownBy(() -> convert(zinc)).hasMessageContaining("[Zinc]");
    }
}
