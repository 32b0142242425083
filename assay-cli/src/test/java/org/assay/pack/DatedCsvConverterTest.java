package org.assay.pack;

import static org.assay.pack.PackFixtures.cell;
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

class DatedCsvConverterTest {

    @TempDir
    Path world;

    private final List<String> warnings = new ArrayList<>();
    private final DatedCsvConverter converter = new DatedCsvConverter(warnings::add);

    /** BEA's layout: each change sits in the row of the year before the one it is for. */
    private static final String GDP_YEARS = "date,level-current,level-chained,change-current,change-chained\r\n"
            + "2002,10000,12000,5,4\r\n"
            + "2003,10500,12480,6,3.5\r\n"
            + "2004,11130,12916.8,2,1\r\n";

    private static String gdpRecipe(String shift) {
        return """
                {'source': 'gdp', 'datasets': [{'folder': 'gdp-annual', 'file': 'year.csv',
                  'period': {'column': 'date', 'axis': 'year'},
                  'columns': [
                    {'name': 'gdp_usd', 'from': 'level-current', 'multiply': ['1000000000']},
                    {'name': 'real_growth', 'from': 'change-chained', SHIFT
                     'check': {'changeOf': 'level-chained', 'periods': 1, 'within': 0.15}},
                    {'name': 'nominal_growth', 'from': 'change-current', SHIFT
                     'check': {'changeOf': 'level-current', 'periods': 1, 'within': 0.15}}],
                  'manifest': {'time': {'column': 'year', 'axis': 'year'}}}]}
                """.replace("SHIFT", shift);
    }

    @Test
    void aChangeColumnWrittenARowEarlyIsMovedToItsOwnYear() throws IOException {
        upstream(world, "gdp", "year.csv", GDP_YEARS);
        PackDataset d = converter.convert(recipe(gdpRecipe("'rowOffset': -1,")), world, null).get(0);

        assertThat(d.header()).containsExactly("year", "gdp_usd", "real_growth", "nominal_growth");
        assertThat(cell(d, "2002", "real_growth")).isEmpty();
        assertThat(cell(d, "2003", "real_growth")).isEqualTo("4");
        assertThat(cell(d, "2004", "real_growth")).isEqualTo("3.5");
        assertThat(cell(d, "2004", "nominal_growth")).isEqualTo("6");
        assertThat(PackFixtures.row(d, "2005")).containsExactly("2005", "", "1", "2");
        assertThat(warnings).isEmpty();
    }

    @Test
    void theCheckAgainstTheLevelsCatchesAChangeColumnLeftUnshifted() throws IOException {
        upstream(world, "gdp", "year.csv", GDP_YEARS);
        converter.convert(recipe(gdpRecipe("")), world, null);

        assertThat(warnings).anyMatch(w -> w.contains("real_growth 2003: 3.5 where level-chained gives 4"));
        assertThat(warnings).anyMatch(w -> w.contains("real_growth: 2 of 2 figures are more than 0.15"));
    }

    @Test
    void billionsAreWrittenExactlyInDollars() throws IOException {
        upstream(world, "gdp", "year.csv", GDP_YEARS);
        PackDataset d = converter.convert(recipe(gdpRecipe("'rowOffset': -1,")), world, null).get(0);

        assertThat(cell(d, "2003", "gdp_usd")).isEqualTo("10500000000000");
    }

    @Test
    void quartersDatedOnTheirFirstDayBecomeQuarterCellsAndTheirChangesAreAtAnnualRates() throws IOException {
        upstream(world, "gdp", "quarter.csv", """
                date,level,change
                2004-04-01,100,4.1
                2004-07-01,101,4.1
                2004-10-01,102.01,
                """);
        JsonNode r = recipe("""
                {'source': 'gdp', 'datasets': [{'folder': 'gdp-q', 'file': 'quarter.csv',
                  'period': {'column': 'date', 'axis': 'quarter'},
                  'columns': [{'name': 'level', 'from': 'level'},
                    {'name': 'growth_saar', 'from': 'change', 'rowOffset': -1,
                     'check': {'changeOf': 'level', 'periods': 1, 'annualise': 4, 'within': 0.15}},
                    {'name': 'recomputed', 'changeOf': 'level', 'periods': 1, 'annualise': 4}],
                  'manifest': {'time': {'column': 'quarter', 'axis': 'quarter'}}}]}
                """);
        PackDataset d = converter.convert(r, world, null).get(0);

        assertThat(d.rows()).extracting(row -> row.get(0)).containsExactly("2004-Q2", "2004-Q3", "2004-Q4");
        assertThat(cell(d, "2004-Q3", "growth_saar")).isEqualTo("4.1");
        assertThat(cell(d, "2004-Q3", "recomputed")).isEqualTo("4.0604");
        assertThat(warnings).isEmpty();
    }

    private static final String CPI = """
            Date,Index,Inflation
            2003-12-01,184.3,-0.11
            2004-01-01,185.2,0.49
            2004-02-01,186.2,0.54
            2004-03-01,187.4,0.64
            2004-04-01,188.0,0.32
            2004-05-01,189.1,0.59
            2004-06-01,189.7,0.32
            2004-07-01,189.4,-0.16
            2004-08-01,189.5,0.05
            2004-09-01,189.9,0.21
            2004-10-01,190.9,0.53
            2004-11-01,191.0,0.05
            2004-12-01,190.3,-0.37
            """;

    private static final JsonNode CPI_RECIPE = recipe("""
            {'source': 'cpi', 'datasets': [{'folder': 'cpi-m', 'file': 'cpiai.csv',
              'period': {'column': 'Date', 'axis': 'month'},
              'columns': [{'name': 'index', 'from': 'Index'},
                {'name': 'inflation_12m', 'changeOf': 'Index', 'periods': 12},
                {'name': 'change_1m', 'from': 'Inflation', 'blankAfterGap': true,
                 'check': {'changeOf': 'Index', 'periods': 1, 'within': 0.02}}],
              'manifest': {'time': {'column': 'month', 'axis': 'month'}}}]}
            """);

    @Test
    void inflationIsTheTwelveMonthChangeOfTheIndexAndTheMonthlyColumnStaysMonthly() throws IOException {
        upstream(world, "cpi", "cpiai.csv", CPI);
        PackDataset d = converter.convert(CPI_RECIPE, world, null).get(0);

        assertThat(cell(d, "2004-12", "inflation_12m")).isEqualTo("3.25556");
        assertThat(cell(d, "2004-11", "inflation_12m")).isEmpty();
        assertThat(cell(d, "2004-12", "change_1m")).isEqualTo("-0.37");
        assertThat(cell(d, "2004-04", "index")).isEqualTo("188.0");
        assertThat(warnings).isEmpty();
    }

    @Test
    void aMonthlyChangeAfterAMissingMonthIsLeftBlank() throws IOException {
        upstream(world, "cpi", "cpiai.csv", CPI.replace("2004-10-01,190.9,0.53\n", "")
                .replace("2004-11-01,191.0,0.05", "2004-11-01,191.0,0.58"));
        PackDataset d = converter.convert(CPI_RECIPE, world, null).get(0);

        assertThat(cell(d, "2004-11", "change_1m")).isEmpty();
        assertThat(cell(d, "2004-12", "change_1m")).isEqualTo("-0.37");
        assertThat(cell(d, "2004-12", "inflation_12m")).isEqualTo("3.25556");
        assertThat(warnings).containsExactly("cpi-m: change_1m 2004-11: left blank, the period before it is missing upstream");
    }

    @Test
    void annualAveragesNeedEveryMonthAndDecemberToDecemberNeedsDecember() throws IOException {
        StringBuilder csv = new StringBuilder("Date,Index,Inflation\n");
        for (int m = 1; m <= 12; m++) {
            csv.append(String.format("2003-%02d-01,100,%n", m));
        }
        for (int m = 1; m <= 12; m++) {
            csv.append(String.format("2004-%02d-01,%d,%n", m, 100 + m));
        }
        for (int m = 1; m <= 12; m++) {
            if (m != 10) {
                csv.append(String.format("2005-%02d-01,%s,%n", m, m == 12 ? "117.6" : "115"));
            }
        }
        csv.append("2006-01-01,118,\n");
        upstream(world, "cpi", "cpiai.csv", csv.toString());
        JsonNode r = recipe("""
                {'source': 'cpi', 'datasets': [{'folder': 'cpi-a', 'file': 'cpiai.csv',
                  'period': {'column': 'Date', 'axis': 'month'},
                  'rollUp': {'axis': 'year', 'columns': [{'name': 'mean', 'from': 'Index', 'take': 'mean'},
                                                         {'name': 'december', 'from': 'Index', 'take': 'last'}]},
                  'columns': [{'name': 'average', 'from': 'mean', 'significant': 6},
                    {'name': 'inflation', 'changeOf': 'mean', 'periods': 1},
                    {'name': 'dec_dec', 'changeOf': 'december', 'periods': 1}],
                  'manifest': {'time': {'column': 'year', 'axis': 'year'}}}]}
                """);
        PackDataset d = converter.convert(r, world, null).get(0);

        assertThat(d.rows()).extracting(row -> row.get(0)).containsExactly("2003", "2004", "2005");
        assertThat(PackFixtures.row(d, "2004")).containsExactly("2004", "106.5", "6.5", "12");
        assertThat(PackFixtures.row(d, "2005")).containsExactly("2005", "", "", "5");
    }

    private static final JsonNode JOBS_RECIPE = recipe("""
            {'source': 'jobs', 'datasets': [{'folder': 'jobs', 'file': 'aat1.csv',
              'period': {'column': 'year', 'axis': 'year'}, 'duplicates': 'keep-last',
              'columns': [{'name': 'labor_force', 'from': 'labor_force', 'multiply': ['1000']},
                {'name': 'unemployed', 'from': 'unemployed', 'multiply': ['1000']},
                {'name': 'rate', 'from': 'unemployed_percent'},
                {'name': 'comparability', 'from': 'footnotes', 'values': {'1': 'not strictly comparable'}}],
              'manifest': {'time': {'column': 'year', 'axis': 'year'}}}]}
            """);

    private static final String JOBS = """
            year,labor_force,unemployed,unemployed_percent,footnotes
            1946,57520,2270,3.9,
            1947,60168,2356,3.9,
            1947,59350,2311,3.9,
            1953,63015,1834,2.9,1
            2024,168106,6761,4.0
            """;

    @Test
    void thousandsArePeopleTheLaterOf1947IsKeptAndFlagsBecomeWords() throws IOException {
        upstream(world, "jobs", "aat1.csv", JOBS);
        PackDataset d = converter.convert(JOBS_RECIPE, world, null).get(0);

        assertThat(d.rows()).hasSize(4);
        assertThat(cell(d, "1947", "labor_force")).isEqualTo("59350000");
        assertThat(cell(d, "2024", "unemployed")).isEqualTo("6761000");
        assertThat(cell(d, "2024", "rate")).isEqualTo("4.0");
        assertThat(cell(d, "2024", "comparability")).isEmpty();
        assertThat(cell(d, "1953", "comparability")).isEqualTo("not strictly comparable");
        assertThat(warnings).containsExactly("jobs: two rows for 1947: kept the later one (line 4)");
    }

    @Test
    void aSecondRowForAPeriodIsAnErrorUnlessTheRecipeSaysWhichToKeep() throws IOException {
        upstream(world, "jobs", "aat1.csv", JOBS);
        JsonNode r = recipe(JOBS_RECIPE.toString().replace("\"duplicates\":\"keep-last\",", "").replace('"', '\''));

        assertThatThrownBy(() -> converter.convert(r, world, null)).hasMessageContaining("a second row for 1947");
    }

    @Test
    void aFlagTheRecipeDoesNotExplainIsAnError() throws IOException {
        upstream(world, "jobs", "aat1.csv", JOBS.replace("2.9,1", "2.9,2"));

        assertThatThrownBy(() -> converter.convert(JOBS_RECIPE, world, null))
                .hasMessageContaining("does not say what \"2\" means");
    }
}
