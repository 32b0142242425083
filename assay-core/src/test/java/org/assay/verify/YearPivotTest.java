package org.assay.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YearPivotTest {

    @Test
    void aLongTableByYearIsCheckedAsOneColumnPerYear(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("data.csv"), "iso3,year,population\nFRA,2003,61\nFRA,2004,62\nDEU,2004,82\n");
        Files.writeString(dir.resolve("dataset.json"), """
                {"id": "t", "publisher": "P", "title": "T", "edition": "1", "published": "2020-01-01",
                 "source": "s", "licence": "l", "provenance": "p", "file": "data.csv",
                 "key": {"column": "iso3", "kind": "iso3"}, "time": {"column": "year", "axis": "year"},
                 "subject": "people", "subjectTerms": [],
                 "measures": [{"column": "population", "metric": "population", "unit": "people", "terms": ["population"]}]}
                """);
        DatasetLoader.Result loaded = new DatasetLoader().loadFolder(dir);
        assertThat(loaded.problems()).isEmpty();
        Dataset pivoted = YearPivot.of(loaded.datasets().get(0));
        assertThat(pivoted.rows()).extracting(Row::entity).containsExactly("France", "Germany");
        Measure y2004 = pivoted.measure("population", 2004).orElseThrow();
        assertThat(y2004.year()).isEqualTo(2004);
        assertThat(pivoted.row("France").orElseThrow().figure(y2004).getAsDouble()).isEqualTo(62);
        assertThat(pivoted.measureBefore("population", 2004).orElseThrow().year()).isEqualTo(2003);
        assertThat(pivoted.ranked(y2004, null)).extracting(Row::entity).isEqualTo(List.of("Germany", "France"));
        assertThat(pivoted.row("Germany").orElseThrow().figure(pivoted.measure("population", 2003).orElseThrow()))
                .isEmpty();
    }
}
