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
import java.util.List;
import org.assay.verify.Dataset;
import org.assay.verify.DatasetLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatedSeriesConverterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path world;

    private final List<String> warnings = new ArrayList<>();

    /** A recipe of one dataset over {@code src/<file>}; {@code extra} is JSON members of the dataset ("" for none). */
    private static JsonNode recipe(String file, String dates, String axis, String holds, String extra)
            throws IOException {
        String time = "{\"column\": \"" + axis + "\", \"axis\": \"" + axis + "\""
                + (holds.isEmpty() ? "" : ", \"holds\": \"" + holds + "\"") + "}";
        return JSON.readTree("""
                {"format": "dated-series", "source": "src",
                 "manifest": {"publisher": "P", "edition": "e", "published": "2026-01-01", "source": "https://x",
                              "licence": "PD", "provenance": "From src.", "key": {"kind": "name", "fixed": "world"},
                              "subject": "s", "subjectTerms": []},
                 "datasets": [{"file": "%s", "dateColumn": "Date", "valueColumn": "Price", "dates": "%s" %s,
                   "manifest": {"id": "t", "title": "T", "time": %s,
                     "measures": [{"column": "price", "metric": "m", "terms": ["price"], "unit": "USD per barrel"}]}}]}
                """.formatted(file, dates, extra, time));
    }

    private void upstream(String file, String text) throws IOException {
        Files.createDirectories(world.resolve("src"));
        Files.writeString(world.resolve("src").resolve(file), text);
    }

    private PackDataset convert(JsonNode recipe) throws IOException {
        List<PackDataset> out = new DatedSeriesConverter(warnings::add).convert(recipe, world, null);
        assertThat(out).hasSize(1);
        return out.get(0);
    }

    @Test
    void blankAndWithheldFiguresAreSkippedReportedAndToldInTheProvenance() throws IOException {
        upstream("daily.csv", "Date,Price\r\n2018-01-04,4.65\r\n2018-01-05,\r\n2018-01-08,NA\r\n2018-01-09,2.93\r\n");
        PackDataset d = convert(recipe("daily.csv", "uuuu-MM-dd", "day", "", ""));
        assertThat(d.header()).containsExactly("day", "price");
        assertThat(d.rows()).containsExactly(List.of("2018-01-04", "4.65"), List.of("2018-01-09", "2.93"));
        assertThat(warnings).hasSize(2).anyMatch(w -> w.contains("2018-01-05"));
        assertThat(d.manifest().get("provenance").asText()).startsWith("From src.")
                .contains("2 rows without a figure: skipped (2018-01-05, 2018-01-08 \"NA\")");
    }

    @Test
    void monthsDatedOnThe15thAreWrittenAsMonthsAndFiguresAsPublished() throws IOException {
        upstream("m.csv", "Date,Price\r\n1987-05-15,18.58\r\n1987-06-15,18.860\r\n");
        PackDataset d = convert(recipe("m.csv", "uuuu-MM-'15'", "month", "", ""));
        assertThat(d.rows()).containsExactly(List.of("1987-05", "18.58"), List.of("1987-06", "18.860"));
    }

    @Test
    void aDateOffThePatternStopsTheConversionWithFileAndLine() throws IOException {
        upstream("m.csv", "Date,Price\n1987-05-15,18.58\n1987-06-01,18.86\n");
        assertThatThrownBy(() -> convert(recipe("m.csv", "uuuu-MM-'15'", "month", "", "")))
                .hasMessageContaining("src/m.csv:3").hasMessageContaining("1987-06-01");
    }

    @Test
    void aStepSeriesIsPutInDateOrderKeepsOnlyChangesAndLoadsWithItsHolds(@TempDir Path pack) throws IOException {
        upstream("rate.csv", "date,rate\r\n2009-03-05,0.5\r\n2010-01-08,0.5\r\n2022-11-03,3.0\r\n2022-08-04,1.75\r\n"
                + "2016-08-04,0.25\r\n");
        JsonNode r = recipe("rate.csv", "uuuu-MM-dd", "day", "until-next", "");
        ((ObjectNode) r.at("/datasets/0")).put("dateColumn", "date").put("valueColumn", "rate");
        PackDataset d = convert(r);
        assertThat(d.rows()).extracting(row -> row.get(0))
                .containsExactly("2009-03-05", "2016-08-04", "2022-08-04", "2022-11-03");
        assertThat(d.manifest().at("/time/holds").asText()).isEqualTo("until-next");
        assertThat(d.manifest().get("provenance").asText())
                .contains("2 rows out of date order: put in order (2022-08-04, 2016-08-04)")
                .contains("1 row repeating the figure in force (no change): dropped (2010-01-08)");
        new PackWriter().write(d, pack);
        DatasetLoader.Result loaded = new DatasetLoader().loadFolder(pack);
        assertThat(loaded.problems()).isEmpty();
        Dataset ds = loaded.datasets().get(0);
        assertThat(ds.manifest().time().step()).isTrue();
        assertThat(ds.rows()).hasSize(4);
    }

    @Test
    void agreeingDuplicatesAreOneRowAndDisagreeingOnesAnError() throws IOException {
        upstream("a.csv", "Date,Price\n2004,409.000\n2004,409\n2005,445\n");
        assertThat(convert(recipe("a.csv", "uuuu", "year", "", "")).rows()).hasSize(2);
        upstream("b.csv", "Date,Price\n2004,409\n2004,410\n");
        assertThatThrownBy(() -> convert(recipe("b.csv", "uuuu", "year", "", "")))
                .hasMessageContaining("2004 is given twice, as 409 and 410");
    }

    @Test
    void aSecondFileThatShouldHoldTheSameFiguresIsChecked() throws IOException {
        upstream("monthly.csv", "Month,Price\n1997-01,3.45\n1997-02,2.15\n");
        upstream("same.csv", "Date,Price\n1997-01-01,3.45\n1997-02-01,2.150\n");
        upstream("other.csv", "Date,Price\n1997-01-01,3.45\n1997-02-01,2.16\n");
        String same = ", \"sameAs\": {\"file\": \"%s\", \"dateColumn\": \"Date\", \"valueColumn\": \"Price\","
                + " \"dates\": \"uuuu-MM-'01'\"}";
        JsonNode ok = recipe("monthly.csv", "uuuu-MM", "month", "", same.formatted("same.csv"));
        ((ObjectNode) ok.at("/datasets/0")).put("dateColumn", "Month");
        assertThat(convert(ok).manifest().get("provenance").asText())
                .contains("checked to hold the same figures as src/same.csv");
        JsonNode bad = recipe("monthly.csv", "uuuu-MM", "month", "", same.formatted("other.csv"));
        ((ObjectNode) bad.at("/datasets/0")).put("dateColumn", "Month");
        assertThatThrownBy(() -> convert(bad)).hasMessageContaining("do not hold the same figures");
    }

    @Test
    void eachRowNamesItsPublisherAndRowsBeforeFromAreLeftOut() throws IOException {
        upstream("annual.csv", "Date,Price\n1958,35.100\n1959,35.100\n1961,35.000\n");
        String sources = """
                , "from": "1959", "rowSources": [{"to": "1959", "source": "Green"}, {"from": "1960", "source": "WB"}]
                """;
        JsonNode r = recipe("annual.csv", "uuuu", "year", "", sources);
        ((ObjectNode) r.at("/datasets/0/manifest")).put("sourceColumn", "source");
        PackDataset d = convert(r);
        assertThat(d.header()).containsExactly("year", "price", "source");
        assertThat(d.rows()).containsExactly(List.of("1959", "35.100", "Green"), List.of("1961", "35.000", "WB"));
        assertThat(d.manifest().get("provenance").asText()).contains("1 row outside 1959 to the end left out");
    }

    @Test
    void rowSourcesWithoutASourceColumnAreAnError() throws IOException {
        upstream("annual.csv", "Date,Price\n1959,35.100\n");
        assertThatThrownBy(() -> convert(recipe("annual.csv", "uuuu", "year", "", """
                , "rowSources": [{"to": "1959", "source": "Green"}]
                """))).hasMessageContaining("sourceColumn");
    }
}
