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
import org.assay.verify.DatasetLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatedPanelConverterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path world;

    private final List<String> warnings = new ArrayList<>();

    /** A recipe over {@code fx/rates.csv}, dated the first of the month. */
    private static JsonNode recipe(String keys, String quotedInverse) throws IOException {
        return JSON.readTree("""
                {"format": "dated-panel", "source": "fx", "keys": %s, "quotedInverse": %s, "inverseDigits": 6,
                 "manifest": {"publisher": "Fed", "edition": "e", "published": "2026-01-01", "source": "https://x",
                              "licence": "PD", "provenance": "From fx.",
                              "key": {"column": "currency", "kind": "name", "aliases": {"GBP": ["pound", "sterling"]}},
                              "subject": "exchange rates", "subjectTerms": []},
                 "datasets": [{"file": "rates.csv", "dateColumn": "Date", "seriesColumn": "Country",
                   "valueColumn": "Exchange rate", "dates": "uuuu-MM-'01'", "figure": "per_usd", "inverse": "usd_per_unit",
                   "manifest": {"id": "fx", "title": "T", "time": {"column": "month", "axis": "month"},
                     "measures": [
                       {"column": "per_usd", "metric": "units of the currency per US dollar", "terms": ["exchange rate"],
                        "unit": "currency units per USD"},
                       {"column": "usd_per_unit", "metric": "US dollars per unit of the currency",
                        "terms": ["exchange rate"], "unit": "USD per currency unit"}]}}]}
                """.formatted(keys, quotedInverse));
    }

    private PackDataset convert(JsonNode recipe, String csv) throws IOException {
        Files.createDirectories(world.resolve("fx"));
        Files.writeString(world.resolve("fx/rates.csv"), csv);
        List<PackDataset> out = new DatedPanelConverter(warnings::add).convert(recipe, world, null);
        assertThat(out).hasSize(1);
        return out.get(0);
    }

    @Test
    void aSeriesQuotedInCurrencyPerDollarKeepsItsFigureAndGetsItsInverse() throws IOException {
        PackDataset d = convert(recipe("{\"United Kingdom\": \"GBP\", \"Japan\": \"JPY\"}", "[]"),
                "Date,Country,Exchange rate\r\n2004-12-01,United Kingdom,0.5185\r\n2004-01-01,Japan,106.2685\r\n");
        assertThat(d.header()).containsExactly("currency", "month", "per_usd", "usd_per_unit");
        assertThat(d.rows()).containsExactly(List.of("GBP", "2004-12", "0.5185", "1.92864"),
                List.of("JPY", "2004-01", "106.2685", "0.00941013"));
    }

    @Test
    void aSeriesQuotedInDollarsPerUnitIsInvertedIntoPerDollar() throws IOException {
        PackDataset d = convert(recipe("{\"Euro\": \"EUR\", \"Japan\": \"JPY\"}", "[\"Euro\"]"),
                "Date,Country,Exchange rate\n2004-01-01,Euro,1.2438\n2004-01-01,Japan,106.2685\n");
        assertThat(d.rows()).containsExactly(List.of("EUR", "2004-01", "0.803988", "1.2438"),
                List.of("JPY", "2004-01", "106.2685", "0.00941013"));
        assertThat(d.manifest().get("provenance").asText())
                .contains("the series Euro (EUR) are quoted as usd_per_unit upstream");
    }

    @Test
    void anInverseOfAHugeFigureIsWrittenWithoutExponent() throws IOException {
        PackDataset d = convert(recipe("{\"Venezuela\": \"VES\"}", "[]"),
                "Date,Country,Exchange rate\n2021-10-01,Venezuela,4191337.2125\n");
        assertThat(d.rows().get(0)).containsExactly("VES", "2021-10", "4191337.2125", "0.000000238587");
    }

    @Test
    void aRedenominationGivesEachSpanItsCodeAndLeavesOutAMonthSpanningBoth() throws IOException {
        String keys = """
                {"Venezuela": [{"key": "VEF", "to": "2018-08-20"}, {"key": "VES", "from": "2018-08-21"}]}""";
        PackDataset d = convert(recipe(keys, "[]"), "Date,Country,Exchange rate\n2018-07-01,Venezuela,129228.5\n"
                + "2018-08-01,Venezuela,2495016.1501\n2018-09-01,Venezuela,61.4953\n");
        assertThat(d.rows()).extracting(r -> r.get(0) + " " + r.get(1)).containsExactly("VEF 2018-07", "VES 2018-09");
        assertThat(d.manifest().get("provenance").asText())
                .contains("1 row in a period that spans a change of unit: left out (Venezuela 2018-08)");
    }

    @Test
    void anUnknownSeriesIsReportedNotGuessedAndBlanksAreSkipped() throws IOException {
        PackDataset d = convert(recipe("{\"Japan\": \"JPY\"}", "[]"),
                "Date,Country,Exchange rate\n2004-01-01,Japan,106.2685\n2004-02-01,Japan,\n2004-01-01,Atlantis,3\n");
        assertThat(d.rows()).hasSize(1);
        assertThat(warnings).singleElement().asString().contains("Atlantis");
        assertThat(d.manifest().get("provenance").asText()).contains("1 row without a figure: skipped (Japan 2004-02)");
    }

    @Test
    void rowsAreWrittenByKeyThenDateAndLoadWithoutProblems(@TempDir Path pack) throws IOException {
        PackDataset d = convert(recipe("{\"United Kingdom\": \"GBP\", \"Australia\": \"AUD\"}", "[]"),
                "Date,Country,Exchange rate\n2004-02-01,United Kingdom,0.54\n2004-01-01,United Kingdom,0.5478\n"
                        + "2004-01-01,Australia,1.2958\n");
        assertThat(d.rows()).extracting(r -> r.get(0) + " " + r.get(1))
                .containsExactly("AUD 2004-01", "GBP 2004-01", "GBP 2004-02");
        new PackWriter().write(d, pack);
        DatasetLoader.Result loaded = new DatasetLoader().loadFolder(pack);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.datasets().get(0).manifest().key().aliases()).containsKey("GBP");
    }

    @Test
    void aQuotedInverseSeriesTheKeysDoNotMapIsAnError() {
        assertThatThrownBy(() -> convert(recipe("{\"Japan\": \"JPY\"}", "[\"Euro\"]"), "Date,Country,Exchange rate\n"))
                .hasMessageContaining("quotedInverse names \"Euro\"");
    }
}
