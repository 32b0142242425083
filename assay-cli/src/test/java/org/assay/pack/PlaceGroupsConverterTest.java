package org.assay.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assay.verify.CsvTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaceGroupsConverterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Country-codes in its upstream layout (LF, quoted cells), cut to a few rows and the columns used. */
    private static final String CODES = """
            ISO3166-1-Alpha-3,official_name_en,Region Name,Sub-region Name
            ARM,Armenia,Asia,Western Asia
            SAU,Saudi Arabia,Asia,Western Asia
            TUR,"Türkiye",Asia,Western Asia
            EGY,Egypt,Africa,Northern Africa
            GBR,United Kingdom of Great Britain and Northern Ireland,Europe,Northern Europe
            POL,Poland,Europe,Eastern Europe
            FRA,France,Europe,Western Europe
            ,Antarctica,,
            """;

    private static final PackPlaces PLACES = new PackPlaces(CsvTable.parse(CODES));

    @TempDir
    Path world;

    @BeforeEach
    void upstream() throws IOException {
        Files.createDirectories(world.resolve("country-codes"));
        Files.writeString(world.resolve("country-codes/country-codes.csv"), CODES);
    }

    @Test
    void writesM49GroupsVerbatimOrAdjustedAndListedMembershipsWithYears() throws IOException {
        List<String> lines = lines(convert(recipe("""
                {"group": "Europe", "aliases": ["Europe's"], "kind": "continent",
                 "from": {"column": "Region Name", "value": "Europe"}, "source": "UN M49 region Europe (150)"},
                {"group": "Middle East", "aliases": ["the Middle East"], "kind": "region",
                 "from": {"column": "Sub-region Name", "value": "Western Asia"}, "without": ["ARM"], "with": ["EGY"],
                 "source": "UN M49 Western Asia without Armenia, with Egypt"},
                {"group": "European Union", "aliases": ["EU", "the EU", "EU's"], "kind": "union",
                 "members": ["POL:2004-", "GBR:1973-2020", "FRA:1958-"], "source": "recipe list"}
                """)));
        assertThat(lines).containsExactly("group\taliases\tkind\tmembers\tsource",
                "Europe\tEurope|Europe's\tcontinent\tFRA|GBR|POL\tUN M49 region Europe (150)",
                "Middle East\tMiddle East|the Middle East\tregion\tEGY|SAU|TUR\tUN M49 Western Asia without Armenia, "
                        + "with Egypt",
                "European Union\tEuropean Union|EU|the EU|EU's\tunion\tFRA:1958-|GBR:1973-2020|POL:2004-\trecipe list");
    }

    @Test
    void aMemberThatIsNoPlaceCodeIsRefused() {
        assertThatThrownBy(() -> convert(recipe("""
                {"group": "G2", "aliases": [], "kind": "organisation", "members": ["FRA", "EUU"], "source": "x"}
                """))).isInstanceOf(IllegalStateException.class).hasMessageContaining("EUU is not a place code");
    }

    @Test
    void aNameForTwoGroupsIsRefused() {
        assertThatThrownBy(() -> convert(recipe("""
                {"group": "Western Asia", "aliases": ["Middle East"], "kind": "region",
                 "from": {"column": "Sub-region Name", "value": "Western Asia"}, "source": "x"},
                {"group": "Middle East", "aliases": [], "kind": "region", "members": ["SAU"], "source": "x"}
                """))).isInstanceOf(IllegalStateException.class).hasMessageContaining("names both Western Asia");
    }

    @Test
    void leavingOutACodeTheGroupDoesNotHoldIsRefused() {
        assertThatThrownBy(() -> convert(recipe("""
                {"group": "Middle East", "aliases": [], "kind": "region",
                 "from": {"column": "Sub-region Name", "value": "Western Asia"}, "without": ["EGY"], "source": "x"}
                """))).isInstanceOf(IllegalStateException.class).hasMessageContaining("EGY");
    }

    @Test
    void aM49ValueNoRowHoldsIsAnEmptyGroupAndRefused() {
        assertThatThrownBy(() -> convert(recipe("""
                {"group": "Middle Earth", "aliases": [], "kind": "region",
                 "from": {"column": "Sub-region Name", "value": "Middle Earth"}, "source": "x"}
                """))).isInstanceOf(IllegalStateException.class).hasMessageContaining("no members");
    }

    @Test
    void theRecipeListsTheUnionsAndOrganisationsWithMembershipsThatParse() throws IOException {
        JsonNode recipe = PackBuilder.recipe("place-groups");
        List<String> eu = new ArrayList<>();
        for (JsonNode g : recipe.get("groups")) {
            for (JsonNode m : g.path("members")) {
                Membership parsed = Membership.parse(m.asText());
                if (g.get("group").asText().equals("European Union")) {
                    eu.add(parsed.text());
                }
            }
        }
        assertThat(eu).hasSize(29).contains("GBR:1973-2020", "POL:2004-", "BGR:2007-", "HRV:2013-", "DEU:1958-");
        assertThat(recipe.get("groups")).extracting(g -> g.get("group").asText())
                .contains("European Union", "euro area", "OECD", "G7", "G20", "Sub-Saharan Africa", "Middle East")
                .doesNotContain("World");
    }

    private List<PackFile> convert(JsonNode recipe) throws IOException {
        PlaceGroupsConverter converter = new PlaceGroupsConverter();
        assertThat(converter.convert(recipe, world, PLACES)).isEmpty();
        return converter.files(recipe, world, PLACES);
    }

    private static List<String> lines(List<PackFile> files) {
        assertThat(files).extracting(PackFile::name).containsExactly("groups.tsv");
        assertThat(files.get(0).text()).endsWith("\n").doesNotContain("\r");
        return List.of(files.get(0).text().split("\n"));
    }

    private static JsonNode recipe(String groups) throws IOException {
        return JSON.readTree("{\"format\": \"place-groups\", \"file\": \"groups.tsv\", "
                + "\"codes\": \"country-codes/country-codes.csv\", \"codeColumn\": \"ISO3166-1-Alpha-3\", "
                + "\"groups\": [" + groups + "]}");
    }
}
