package org.assay.pack;

import static org.assay.pack.PackFixtures.recipe;
import static org.assay.pack.PackFixtures.upstream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NationYearConverterTest {

    @TempDir
    Path world;

    private final List<String> warnings = new ArrayList<>();
    private final NationYearConverter converter = new NationYearConverter(warnings::add);

    /** CDIAC's layout: thousand tonnes of carbon, upper-case names, historical states beside their successors. */
    private static final String CDIAC = """
            Year,Country,Total,Per Capita,Bunker fuels (Not in Total)
            1944,GERMANY,163830,,0
            1945,GERMANY,492,,0
            1945,FEDERAL REPUBLIC OF GERMANY,31184,,0
            1990,FEDERAL REPUBLIC OF GERMANY,200000,,0
            1991,GERMANY,252663,3.174,5354
            1990,USSR,1000000,3.5,0
            1992,RUSSIAN FEDERATION,565683,3.807,5960
            2004,CHINA (MAINLAND),1394452,1.078641423407311,6109
            2004,UNITED KINGDOM,146978,,
            2004,ATLANTIS,5,,0
            """;

    private static JsonNode cdiacRecipe(String places) {
        return recipe("""
                {'source': 'cdiac', 'datasets': [{'folder': 'co2', 'file': 'nation.csv',
                  'yearColumn': 'Year', 'placeColumn': 'Country',
                  'places': {PLACES},
                  'others': ['USSR', 'FEDERAL REPUBLIC OF GERMANY', 'YUGOSLAVIA'],
                  'drop': [{'name': 'GERMANY', 'from': 1945, 'to': 1990}],
                  'columns': [{'name': 'co2_t', 'from': 'Total', 'multiply': ['1000', '3.664']},
                    {'name': 'co2_per_capita_t', 'from': 'Per Capita', 'multiply': ['3.664'], 'significant': 6},
                    {'name': 'bunkers_t', 'from': 'Bunker fuels (Not in Total)', 'multiply': ['1000', '3.664']}],
                  'manifest': {'key': {'column': 'iso3', 'kind': 'iso3'}, 'time': {'column': 'year', 'axis': 'year'}}}]}
                """.replace("PLACES", places));
    }

    private PackDataset convert(String places) throws IOException {
        upstream(world, "cdiac", "nation.csv", CDIAC);
        return converter.convert(cdiacRecipe(places), world, PackFixtures.places()).get(0);
    }

    private static List<String> row(PackDataset d, String key, String year) {
        return d.rows().stream().filter(r -> r.get(0).equals(key) && r.get(1).equals(year)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + key + " " + year));
    }

    @Test
    void thousandTonnesOfCarbonBecomeTonnesOfCarbonDioxideByThreePointSixSixFour() throws IOException {
        PackDataset d = convert("'CHINA (MAINLAND)': 'CHN', 'UNITED KINGDOM': 'GBR'");

        assertThat(row(d, "CHN", "2004")).containsExactly("CHN", "2004", "5109272128", "3.95214", "22383376");
        assertThat(row(d, "GBR", "2004")).containsExactly("GBR", "2004", "538527392", "", "");
        assertThat(row(d, "DEU", "1944").get(4)).isEqualTo("0");
    }

    @Test
    void historicalStatesKeepTheirNamesAsOthersAndNeverBecomeAModernCountry() throws IOException {
        PackDataset d = convert("'CHINA (MAINLAND)': 'CHN', 'UNITED KINGDOM': 'GBR'");

        assertThat(d.manifest().path("key").path("others")).extracting(JsonNode::asText)
                .containsExactly("USSR", "FEDERAL REPUBLIC OF GERMANY");
        assertThat(row(d, "USSR", "1990").get(2)).isEqualTo("3664000000");
        assertThat(row(d, "FEDERAL REPUBLIC OF GERMANY", "1990").get(2)).isEqualTo("732800000");
        assertThat(d.rows()).filteredOn(r -> r.get(0).equals("RUS")).extracting(r -> r.get(1)).containsExactly("1992");
        assertThat(d.rows()).filteredOn(r -> r.get(0).equals("DEU")).extracting(r -> r.get(1))
                .containsExactly("1944", "1991");
        assertThat(warnings).contains("co2: the recipe's other \"YUGOSLAVIA\" is not in the data");
    }

    @Test
    void aNameNoTableResolvesIsWarnedAboutAndLeftOut() throws IOException {
        PackDataset d = convert("'CHINA (MAINLAND)': 'CHN', 'UNITED KINGDOM': 'GBR'");

        assertThat(d.rows()).noneMatch(r -> r.get(0).equals("ATLANTIS"));
        assertThat(warnings).contains("co2: no ISO 3166 code for \"ATLANTIS\"; its rows are left out");
    }

    @Test
    void twoNamesForOneCountryInOneYearAreAnErrorNotASum() {
        assertThatThrownBy(() -> convert("'CHINA (MAINLAND)': 'CHN', 'UNITED KINGDOM': 'GBR', 'ATLANTIS': 'CHN'"))
                .hasMessageContaining("\"CHINA (MAINLAND)\" and \"ATLANTIS\" are both CHN in 2004");
    }

    @Test
    void rowsAreInKeyThenYearOrder() throws IOException {
        PackDataset d = convert("'CHINA (MAINLAND)': 'CHN', 'UNITED KINGDOM': 'GBR'");

        assertThat(d.header()).containsExactly("iso3", "year", "co2_t", "co2_per_capita_t", "bunkers_t");
        assertThat(d.rows()).extracting(r -> r.get(0) + " " + r.get(1)).containsExactly("CHN 2004", "DEU 1944",
                "DEU 1991", "FEDERAL REPUBLIC OF GERMANY 1945", "FEDERAL REPUBLIC OF GERMANY 1990", "GBR 2004",
                "RUS 1992", "USSR 1990");
    }
}
