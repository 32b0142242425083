package org.assay.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeriodCheckTest {

    private static ReferenceVerifier verifier(Path dir, String csv, String time, String subjectTerms, String fixed,
                                              String unit, String terms) throws Exception {
        Files.writeString(dir.resolve("data.csv"), csv);
        Files.writeString(dir.resolve("dataset.json"), """
                {"id": "t", "publisher": "P", "title": "T", "edition": "1", "published": "2024-12-31",
                 "source": "s", "licence": "l", "provenance": "p", "file": "data.csv", "publisherNames": ["Bank of England"],
                 "key": {"fixed": "%s"}, "time": %s, "subject": "s", "subjectTerms": %s,
                 "measures": [{"column": "v", "metric": "m", "unit": "%s", "terms": %s}]}
                """.formatted(fixed, time, subjectTerms, unit, terms));
        DatasetLoader.Result loaded = new DatasetLoader().loadFolder(dir);
        assertThat(loaded.problems()).isEmpty();
        return new ReferenceVerifier(ReferenceData.of(loaded.datasets(), List.of()));
    }

    @Test
    void aStepSeriesGivesTheRateInForceAndTheOneBefore(@TempDir Path dir) throws Exception {
        ReferenceVerifier v = verifier(dir, "date,v\n2004-08-05,4.75\n2005-08-04,4.5\n",
                "{\"column\": \"date\", \"axis\": \"day\", \"holds\": \"until-next\"}", "[]", "United Kingdom",
                "percent", "[\"interest rates\"]");
        LocalDate after = LocalDate.of(2005, 8, 10);
        assertThat(v.check("The Bank of England cut interest rates to 4.5% from 4.75%.", null, after).status())
                .isEqualTo(VerdictStatus.SUPPORTED);
        assertThat(v.check("The Bank of England cut interest rates to 4.25% from 4.75%.", null, after).status())
                .isEqualTo(VerdictStatus.CONTRADICTED);
    }

    @Test
    void aRateMentionedWithNoDateNorDecisionOrAWishedForRateIsNotRefuted(@TempDir Path dir) throws Exception {
        ReferenceVerifier v = verifier(dir, "date,v\n1989-10-05,15\n2004-08-05,4.75\n",
                "{\"column\": \"date\", \"axis\": \"day\", \"holds\": \"until-next\"}", "[]", "United Kingdom",
                "percent", "[\"interest rates\"]");
        LocalDate day = LocalDate.of(2005, 2, 10);
        assertThat(v.check("Under the Conservatives, interest rates were 15%.", null, day).status())
                .isEqualTo(VerdictStatus.NOT_ENOUGH_DATA);
        assertThat(v.check("A member of the Bank of England's committee voted for a rise in interest rates to 5%.",
                null, day).status()).isEqualTo(VerdictStatus.NOT_ENOUGH_DATA);
        assertThat(v.check("The Bank of England raised interest rates to 5%.", null, day).status())
                .isEqualTo(VerdictStatus.CONTRADICTED);
    }

    @Test
    void aDailyPriceWithNoDateCanSupportButNotRefute(@TempDir Path dir) throws Exception {
        ReferenceVerifier v = verifier(dir, "date,v\n2005-06-27,58.0\n2005-06-28,59.0\n2005-06-29,60.0\n",
                "{\"column\": \"date\", \"axis\": \"day\"}", "[\"Brent\"]", "world", "USD per barrel",
                "[\"a barrel\"]");
        LocalDate day = LocalDate.of(2005, 6, 30);
        assertThat(v.check("Brent rose to $59 a barrel.", null, day).status()).isEqualTo(VerdictStatus.SUPPORTED);
        assertThat(v.check("Brent rose to $40 a barrel.", null, day).status())
                .isEqualTo(VerdictStatus.NOT_ENOUGH_DATA);
        assertThat(v.check("Brent stood at $40 a barrel on 29 June.", null, day).status())
                .isEqualTo(VerdictStatus.CONTRADICTED);
    }

    @Test
    void aDaysFigureRankedAgainstThePastMustBeatEveryDayAfterThatYear(@TempDir Path dir) throws Exception {
        ReferenceVerifier v = verifier(dir, "date,v\n1998-12-10,9.1\n2003-03-03,20.0\n2019-06-03,50.0\n"
                        + "2020-04-20,17.4\n2020-04-21,9.12\n", "{\"column\": \"date\", \"axis\": \"day\"}",
                "[\"Brent\"]", "world", "USD per barrel", "[\"a barrel\"]");
        LocalDate day = LocalDate.of(2020, 4, 22);
        assertThat(v.check("Brent fell below $10 a barrel on April 21, the lowest since 1998.", null, day).status())
                .isEqualTo(VerdictStatus.SUPPORTED);
        assertThat(v.check("Brent fell below $10 a barrel on April 21, the lowest since 1990.", null, day).status())
                .isEqualTo(VerdictStatus.CONTRADICTED);
    }

    @Test
    void aYearsAverageIsTheMeanOfItsMonthsWhenAllTwelveAreThere(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("month,v\n");
        for (int m = 1; m <= 12; m++) {
            csv.append(String.format("2023-%02d,%s%n", m, m <= 6 ? "70" : "90"));
        }
        csv.append("2024-01,80\n");
        ReferenceVerifier v = verifier(dir, csv.toString(), "{\"column\": \"month\", \"axis\": \"month\"}",
                "[\"Brent\"]", "world", "USD per barrel", "[\"a barrel\"]");
        LocalDate day = LocalDate.of(2024, 6, 30);
        assertThat(v.check("Brent averaged $80 a barrel in 2023.", null, day).status()).isEqualTo(VerdictStatus.SUPPORTED);
        assertThat(v.check("Brent averaged $60 a barrel in 2023.", null, day).status())
                .isEqualTo(VerdictStatus.CONTRADICTED);
        assertThat(v.check("Brent averaged $80 a barrel in 2024.", null, day).status())
                .isEqualTo(VerdictStatus.NOT_ENOUGH_DATA);
    }
}
