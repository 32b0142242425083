package org.assay.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeWordsTest {

    private static final LocalDate ARTICLE = LocalDate.of(2025, 2, 25);

    @Test
    void aWrittenYearWins() {
        assertThat(TimeWords.year("output rose in 2024", ARTICLE)).isEqualTo(2024);
        assertThat(TimeWords.year("China's 2023 output", ARTICLE)).isEqualTo(2023);
        assertThat(TimeWords.year("Throughout 2024, jobs grew to the most since 1971", ARTICLE)).isEqualTo(2024);
    }

    @Test
    void aQuarterIsTheOneWrittenOrTheLatestEndedByTheArticlesDate() {
        LocalDate feb = LocalDate.of(2005, 2, 20);
        assertThat(TimeWords.quarter("grew 3.8% in the last quarter of 2004", feb)).isEqualTo(LocalDate.of(2004, 12, 31));
        assertThat(TimeWords.quarter("grew 3.9% in the three months to September", feb))
                .isEqualTo(LocalDate.of(2004, 9, 30));
        assertThat(TimeWords.quarter("grew 0.1% in the third quarter", feb)).isEqualTo(LocalDate.of(2004, 9, 30));
        assertThat(TimeWords.quarter("grew in the last quarter", feb)).isEqualTo(LocalDate.of(2004, 12, 31));
        assertThat(TimeWords.quarter("growth in the first quarter of 2005 is forecast at 2%", feb)).isNull();
        assertThat(TimeWords.quarter("grew 2% last year", feb)).isNull();
        assertThat(TimeWords.grain("in the three months to September")).isEqualTo(TimeGrain.QUARTER);
    }

    @Test
    void relativeYearsCountFromTheArticlesDate() {
        assertThat(TimeWords.year("production last year", ARTICLE)).isEqualTo(2024);
        assertThat(TimeWords.year("production this year", ARTICLE)).isEqualTo(2025);
        assertThat(TimeWords.year("production last year", null)).isNull();
    }

    @Test
    void aDatesYearAndFiguresAreNotTheClaimsYear() {
        assertThat(TimeWords.year("on February 25, 2025 the ministry said output was 2000 tonnes", ARTICLE)).isNull();
    }

    @Test
    void pollDatesComeFromNamedOrRelativeMonths() {
        assertThat(TimeWords.when("trust was 52 percent in December", ARTICLE)).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(TimeWords.when("a poll last month", ARTICLE)).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(TimeWords.when("a poll this month", ARTICLE)).isEqualTo(ARTICLE);
        assertThat(TimeWords.when("a poll", ARTICLE)).isEqualTo(ARTICLE);
        assertThat(TimeWords.when("a poll", null)).isNull();
    }

    @Test
    void aYearAfterAnyPrepositionAndRelativeMonthsAreReadWhenNothingNearerIs() {
        assertThat(TimeWords.year("exports have risen since 2019", ARTICLE)).isEqualTo(2019);
        assertThat(TimeWords.year("For 2005, the firm expects growth", ARTICLE)).isEqualTo(2005);
        assertThat(TimeWords.year("a loss in the year to March 2005", ARTICLE)).isEqualTo(2005);
        assertThat(TimeWords.year("output rose to 2000 tonnes", ARTICLE)).isNull();
        assertThat(TimeWords.year("a poll next month", ARTICLE)).isEqualTo(2025);
        assertThat(TimeWords.year("a poll last week", LocalDate.of(2025, 1, 3))).isEqualTo(2024);
    }

    @Test
    void aRunOfPastYearsStartsThatManyYearsBeforeTheArticle() {
        assertThat(TimeWords.year("the dollar has fallen 30% in the past three years", ARTICLE)).isEqualTo(2022);
        assertThat(TimeWords.year("exports doubled over the last 10 years", ARTICLE)).isEqualTo(2015);
        assertThat(TimeWords.year("prices rose in the past few years", ARTICLE)).isNull();
        assertThat(TimeWords.text("prices rose in the past few years")).isEqualTo("in the past few years");
        assertThat(TimeWords.startsRun(TimeWords.text("it fell in the past three years"))).isTrue();
        assertThat(TimeWords.startsRun("since 2000")).isTrue();
        assertThat(TimeWords.startsRun("last year")).isFalse();
    }

    @Test
    void theTimeWordsAsWrittenAreTheFirstYearOrRelativeTime() {
        assertThat(TimeWords.text("output rose in 2024 from 2023")).isEqualTo("in 2024");
        assertThat(TimeWords.text("output rose last year")).isEqualTo("last year");
        assertThat(TimeWords.text("output rose")).isNull();
    }

    @Test
    void theFinestTimeAClaimNamesIsItsGrain() {
        assertThat(TimeWords.grain("Brent closed at $55 on Thursday")).isEqualTo(TimeGrain.DAY);
        assertThat(TimeWords.grain("prices rose in August")).isEqualTo(TimeGrain.MONTH);
        assertThat(TimeWords.grain("the economy shrank in the third quarter")).isEqualTo(TimeGrain.QUARTER);
        assertThat(TimeWords.grain("the economy grew 3% last year")).isEqualTo(TimeGrain.YEAR);
        assertThat(TimeWords.grain("May said the economy grew")).isNull();
    }

    @Test
    void aWeekdayIsTheLatestOneOnOrBeforeTheArticlesDate() {
        LocalDate tuesday = LocalDate.of(2025, 2, 25);
        assertThat(TimeWords.day("it closed at $55 on Thursday", tuesday)).isEqualTo(LocalDate.of(2025, 2, 20));
        assertThat(TimeWords.day("it closed at $55 on Tuesday", tuesday)).isEqualTo(tuesday);
        assertThat(TimeWords.day("it fell yesterday", tuesday)).isEqualTo(LocalDate.of(2025, 2, 24));
        assertThat(TimeWords.day("it was set on 3 March 2004", tuesday)).isEqualTo(LocalDate.of(2004, 3, 3));
        assertThat(TimeWords.day("it closed at $55 on Thursday", null)).isNull();
    }
}
