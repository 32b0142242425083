package org.assay.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.assay.verify.CsvTable;
import org.assay.verify.Dataset;
import org.assay.verify.DatasetLoader;
import org.assay.verify.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndicatorLongConverterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Country-codes in its upstream layout, cut to what the fixtures use. */
    private static final PackPlaces PLACES = new PackPlaces(CsvTable.parse("""
            ISO3166-1-Alpha-3,official_name_en,ISO4217-currency_alphabetic_code
            GBR,United Kingdom of Great Britain and Northern Ireland,GBP
            KOR,Republic of Korea,KRW
            ABW,Aruba,AWG
            """));

    @TempDir
    Path world;

    private final List<String> warnings = new ArrayList<>();
    private final IndicatorLongConverter converter = new IndicatorLongConverter(warnings::add);

    @BeforeEach
    void upstream() throws IOException {
        Files.createDirectories(world.resolve("wb"));
        // CRLF and a quoted name holding a comma, as the WDI files are.
        Files.writeString(world.resolve("wb/pop.csv"), "Country Name,Country Code,Year,Value\r\n"
                + "\"Korea, Rep.\",KOR,2020,51836239\r\n"
                + "United Kingdom,GBR,2020,67081234.0\r\n"
                + "Kosovo,XKX,2020,1790151\r\n"
                + "Aruba,ABW,2020,106585\r\n"
                + "European Union,EUU,2020,446870959\r\n"
                + "South Asia,SAS,2020,1621073417\r\n"
                + "World,WLD,2020,7853863139\r\n"
                + "Mystery aggregate,ZZQ,2020,999\r\n");
        Files.writeString(world.resolve("wb/lend.csv"), "Country Name,Country Code,Year,Value\r\n"
                + "United Kingdom,GBR,2020,-12.0784313755902\r\n"
                + "United Kingdom,GBR,2019,6.38E-05\r\n"
                + "United Kingdom,GBR,2019,7\r\n");
        Files.writeString(world.resolve("wb/lend.datapackage.json"),
                "{\"title\": \"Net lending (% of GDP)\", \"licenses\": [{\"name\": \"CC-BY-4.0\"}]}");
        Files.writeString(world.resolve("wb/hunger.csv"), "Country Name,Country Code,Year,Value\r\n"
                + "United Kingdom,GBR,2020,2.5\r\n"
                + "\"Korea, Rep.\",KOR,2020,2.50001\r\n");
    }

    @Test
    void aggregatesAreGroupsOrTheTotalAndAnUnknownCodeIsReportedNotTakenForACountry() throws IOException {
        PackDataset d = convert(recipe());
        assertThat(d.rows()).extracting(r -> r.get(0)).doesNotContain("ZZQ")
                .contains("EUU", "SAS", "WLD", "GBR", "KOR", "XKX", "ABW");
        assertThat(warnings).anyMatch(w -> w.contains("ZZQ") && w.contains("left out"));
        JsonNode key = d.manifest().get("key");
        assertThat(key.get("total").asText()).isEqualTo("WLD");
        assertThat(key.get("groups").get("EUU").asText()).isEqualTo("European Union");
        assertThat(key.get("groups").has("GBR")).isFalse();
    }

    @Test
    void groupRowsLoadAsTheirGroup(@TempDir Path pack) throws IOException {
        new PackWriter().write(convert(recipe()), pack);
        DatasetLoader.Result r = new DatasetLoader().loadFolder(pack);
        assertThat(r.problems()).isEmpty();
        Dataset d = r.datasets().get(0);
        assertThat(d.rows()).filteredOn(row -> row.key().equals("EUU")).extracting(Row::entity)
                .containsExactly("European Union");
        assertThat(d.total()).map(Row::key).contains("WLD");
        assertThat(d.manifest().key().groups()).containsEntry("SAS", "South Asia").doesNotContainKey("KOR");
    }

    @Test
    void twoAggregatesWithOneGroupNameAreRefused() {
        ObjectNode recipe = recipe();
        ((ObjectNode) recipe.get("key").get("groups")).put("TSA", "South Asia");
        assertThatThrownBy(() -> convert(recipe)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SAS").hasMessageContaining("TSA").hasMessageContaining("duplicate");
    }

    @Test
    void aPlaceCodeListedAsAnAggregateIsRefused() {
        ObjectNode recipe = recipe();
        ((ObjectNode) recipe.get("key").get("groups")).put("GBR", "Britain and friends");
        assertThatThrownBy(() -> convert(recipe)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GBR is a place code");
    }

    @Test
    void codesResolveAndANameOfAnotherCountryIsReported() throws IOException {
        Files.writeString(world.resolve("wb/pop.csv"), "Country Name,Country Code,Year,Value\r\n"
                + "United Kingdom,KOR,2020,1\r\n");
        convert(recipe());
        assertThat(warnings).anyMatch(w -> w.contains("KOR is named \"United Kingdom\", a name of GBR"));
    }

    @Test
    void figuresAreWholeOrSixSignificantDigitsNegatedOrQualifiedAsTheRecipeSays() throws IOException {
        PackDataset d = convert(recipe());
        assertThat(d.header()).containsExactly("iso3", "year", "population", "net_lending_pct_gdp",
                "budget_deficit_pct_gdp", "hunger_pct", "hunger_qualifier");
        assertThat(row(d, "GBR", "2020")).containsExactly("GBR", "2020", "67081234", "-12.0784", "12.0784", "2.5",
                "less than");
        assertThat(row(d, "KOR", "2020")).containsExactly("KOR", "2020", "51836239", "", "", "2.50001", "");
        // the second 2019 figure for GBR is a duplicate: reported, the first kept
        assertThat(row(d, "GBR", "2019")).containsExactly("GBR", "2019", "", "0.0000638", "-0.0000638", "", "");
        assertThat(warnings).anyMatch(w -> w.contains("second figure for GBR 2019"));
    }

    @Test
    void theManifestNamesEachSeriesAndItsUpstreamFile() throws IOException {
        PackDataset d = convert(recipe());
        List<String> notes = new ArrayList<>();
        d.manifest().get("notes").forEach(n -> notes.add(n.asText()));
        assertThat(notes).contains("budget deficit (budget_deficit_pct_gdp): World Bank series GC.NLD.TOTL.GD.ZS, "
                + "\"Net lending (% of GDP)\", its sign reversed. https://data.worldbank.org/indicator/GC.NLD.TOTL.GD.ZS");
        assertThat(d.manifest().get("provenance").asText()).endsWith("Files (upstream path): indicators/pop/data.csv, "
                + "indicators/lend/data.csv, indicators/hunger/data.csv.");
        JsonNode hunger = d.manifest().get("measures").get(3);
        assertThat(hunger.get("qualifierColumn").asText()).isEqualTo("hunger_qualifier");
        assertThat(hunger.has("floor")).isFalse();
        assertThat(warnings).noneMatch(w -> w.contains("licence"));
    }

    @Test
    void theWdiRecipeListsNoCountryAmongItsAggregates() throws IOException {
        JsonNode groups = PackBuilder.recipe("wdi").get("key").get("groups");
        List<String> codes = new ArrayList<>();
        groups.fieldNames().forEachRemaining(codes::add);
        assertThat(codes).hasSize(48).contains("EUU", "EMU", "OED", "SSF", "SAS", "TSA", "TSS", "FCS", "CHI")
                .noneMatch(PLACES::isPlaceCode).doesNotContain("WLD", "XKX");
        List<String> names = new ArrayList<>();
        for (Iterator<JsonNode> it = groups.elements(); it.hasNext(); ) {
            names.add(it.next().asText());
        }
        assertThat(names).doesNotHaveDuplicates().contains("European Union", "euro area", "OECD", "high income");
    }

    private PackDataset convert(JsonNode recipe) throws IOException {
        List<PackDataset> out = converter.convert(recipe, world, PLACES);
        assertThat(out).hasSize(1);
        return out.get(0);
    }

    private static List<String> row(PackDataset d, String code, String year) {
        return d.rows().stream().filter(r -> r.get(0).equals(code) && r.get(1).equals(year)).findFirst().orElseThrow();
    }

    private static ObjectNode recipe() {
        try {
            return (ObjectNode) JSON.readTree("""
                    {"format": "indicator-long", "folder": "wb", "id": "wb-test",
                     "columns": {"code": "Country Code", "name": "Country Name", "year": "Year", "value": "Value"},
                     "key": {"column": "iso3", "kind": "iso3", "total": "WLD",
                             "groups": {"EUU": "European Union", "SAS": "South Asia"}},
                     "time": {"column": "year", "axis": "year"},
                     "upstreamPath": "indicators/{file}/data.csv",
                     "seriesUrl": "https://data.worldbank.org/indicator/{code}",
                     "upstreamLicence": "CC-BY-4.0",
                     "manifest": {"publisher": "World Bank", "title": "Test: indicators", "edition": "2026-07",
                                  "published": "2026-07-01", "source": "https://example.org", "licence": "CC BY 4.0",
                                  "provenance": "Test files.", "subject": "the economy", "subjectTerms": [],
                                  "notes": ["A note."]},
                     "measures": [
                       {"file": "pop", "code": "SP.POP.TOTL", "column": "population", "metric": "population",
                        "terms": ["population"], "kind": "level", "unit": "people"},
                       {"file": "lend", "code": "GC.NLD.TOTL.GD.ZS", "column": "net_lending_pct_gdp",
                        "metric": "net lending", "terms": ["net lending"], "kind": "percent", "unit": "percent"},
                       {"file": "lend", "code": "GC.NLD.TOTL.GD.ZS", "column": "budget_deficit_pct_gdp",
                        "metric": "budget deficit", "terms": ["budget deficit"], "kind": "percent", "unit": "percent",
                        "negate": true},
                       {"file": "hunger", "code": "SN.ITK.DEFC.ZS", "column": "hunger_pct", "metric": "hunger",
                        "terms": ["hunger"], "kind": "percent", "unit": "percent",
                        "floor": {"value": "2.5", "qualifier": "less than", "column": "hunger_qualifier"}}
                     ]}
                    """);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
