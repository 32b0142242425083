package org.assay.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.assay.article.Article;
import org.assay.claim.Claim;
import org.assay.claim.ClaimKind;
import org.assay.claim.ClaimParts;
import org.assay.claim.Claimant;
import org.assay.claim.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceVerifierTest {

    private static final ReferenceVerifier VERIFIER = new ReferenceVerifier(ReferenceData.load(List.of()));
    private static final LocalDate MARCH_2025 = LocalDate.of(2025, 3, 10);

    private static Claim claim(String id, String text, Stance stance) {
        return new Claim(id, ClaimKind.OTHER, text, 0, text.length(), 0.9, Claimant.ARTICLE, null, Verdict.UNCHECKED,
                ClaimParts.EMPTY, stance);
    }

    @Test
    void aRankingVerdictNamesTheEditionAndNotesTheEarlierEditionsDifferentRank() {
        Verdict v = VERIFIER.check("Brazil has the third-largest rare earth reserves", null, MARCH_2025);
        assertThat(v.status()).isEqualTo(VerdictStatus.CONTRADICTED);
        assertThat(v.explanation()).contains("Mineral Commodity Summaries 2025").contains("ranks second")
                .contains("In the Mineral Commodity Summaries 2024 edition").contains("ranked third");
        assertThat(v.evidence()).extracting(Evidence::edition).containsExactly("2025-01", "2024-01");
    }

    @Test
    void aCountryTheDataDoesNotListGetsNotEnoughDataWithTheReason() {
        Verdict v = VERIFIER.check("Poland has more rare earth reserves than Brazil", null, MARCH_2025);
        assertThat(v.status()).isEqualTo(VerdictStatus.NOT_ENOUGH_DATA);
        assertThat(v.explanation()).startsWith("USGS lists no rare earths reserves figure for Poland");
    }

    @Test
    void aMeasureNoDatasetHoldsIsUnchecked() {
        Verdict v = VERIFIER.check("The literacy rate in Brazil reached 95 percent last year", null, MARCH_2025);
        assertThat(v.status()).isEqualTo(VerdictStatus.UNCHECKED);
        assertThat(v.evidence()).isEmpty();
    }

    @Test
    void anArticlesCorrectionBorrowsTheMeasureOfTheClaimItDisputes() {
        Claim disputed = claim("c1", "her approval rating had sunk to 12 percent",
                new Stance(Stance.Kind.DISPUTED, "wrongly said", "c2"));
        Claim correction = claim("c2", "in fact it is close to 60 percent",
                new Stance(Stance.Kind.CORRECTION, "in fact", "c1"));
        Article article = Article.of("a", "Ukraine's president Zelensky. " + disputed.text() + " " + correction.text())
                .withPublished(LocalDate.of(2025, 2, 25));
        List<Claim> checked = VERIFIER.checkAll(List.of(disputed, correction), article);
        assertThat(checked.get(0).verdict().status()).isEqualTo(VerdictStatus.CONTRADICTED);
        assertThat(checked.get(0).verdict().explanation()).contains("The article itself disputes this claim")
                .contains("\"wrongly said\"");
        assertThat(checked.get(1).verdict().status()).isEqualTo(VerdictStatus.SUPPORTED);
        assertThat(checked.get(1).verdict().explanation()).contains("correction of claim c1");
        assertThat(checked.get(1).verdict().evidence()).extracting(Evidence::dataset)
                .containsExactly("ukraine-trust-in-president-polls", StanceNote.ARTICLE);
    }

    @Test
    void aCorrectionAloneWithoutItsDisputedClaimIsUnchecked() {
        Verdict v = VERIFIER.check(claim("c1", "in fact it is close to 60 percent", Stance.NONE), MARCH_2025);
        assertThat(v.status()).isEqualTo(VerdictStatus.UNCHECKED);
    }

    @Test
    void withoutTheArticlesDateAPollClaimMeetsTheLatestPolls() {
        Verdict v = VERIFIER.check("Only 4 percent of Ukrainians trust Zelensky", null, null);
        assertThat(v.status()).isEqualTo(VerdictStatus.CONTRADICTED);
        assertThat(v.explanation()).contains("the latest polls were used");
    }

    @Test
    void withoutTheArticlesDateATableClaimUsesTheLatestEditionAndSaysSo() {
        Verdict v = VERIFIER.check("Russia has 3.8 million tons of rare earth reserves", null, null);
        assertThat(v.status()).isEqualTo(VerdictStatus.SUPPORTED);
        assertThat(v.explanation()).contains("date is unknown");
    }

    @Test
    void aPublisherNamedInTheClaimIsNotReadAsACountry() {
        Verdict v = VERIFIER.check("China produced 270,000 tons of rare earths in 2024, the U.S. Geological Survey said",
                "U.S. Geological Survey", MARCH_2025);
        assertThat(v.status()).isEqualTo(VerdictStatus.SUPPORTED);
        assertThat(v.explanation()).contains("China's mine production 2024");
    }

    @Test
    void aYearOnlyAnEarlierEditionHoldsIsCheckedAgainstThatEdition() {
        Verdict v = VERIFIER.check("Australia mined 18,000 tons of rare earths in 2022", null, MARCH_2025);
        assertThat(v.status()).isEqualTo(VerdictStatus.SUPPORTED);
        assertThat(v.evidence().get(0).dataset()).isEqualTo("usgs-mcs2024-rare-earths");
    }

    @Test
    void userDatasetsAreCheckedLikeBundledOnes(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("dataset.json"), """
                {"id": "steel-2024", "publisher": "Test Statistics Office", "title": "Crude steel: 2024",
                 "edition": "2024", "published": "2024-03-01", "source": "https://example.org", "licence": "CC0",
                 "provenance": "written for this test", "file": "steel.csv",
                 "key": {"column": "country", "kind": "country", "total": "World"},
                 "subject": "steel", "subjectTerms": ["steel", "crude steel"],
                 "measures": [{"column": "t2023", "metric": "steel output", "unit": "t", "year": 2023,
                               "terms": ["output", "produced", "producer"]}]}
                """);
        Files.writeString(dir.resolve("steel.csv"),
                "country,t2023\nChina,1019000000\nJapan,87000000\nIndia,140000000\nWorld,1890000000\n");
        ReferenceVerifier v = new ReferenceVerifier(ReferenceData.load(List.of(dir)));
        assertThat(v.check("India is the world's largest steel producer", null, MARCH_2025).status())
                .isEqualTo(VerdictStatus.CONTRADICTED);
        assertThat(v.check("India produced about 140 million tons of crude steel in 2023", null, MARCH_2025).status())
                .isEqualTo(VerdictStatus.SUPPORTED);
        assertThat(v.check("India produced about 140 million tons of rare earths in 2023", null, MARCH_2025).status())
                .isEqualTo(VerdictStatus.CONTRADICTED);
    }

    private static final LocalDate JUNE_2020 = LocalDate.of(2020, 6, 1);

    private static Verdict june2020(String claim) {
        return VERIFIER.check(claim, null, JUNE_2020);
    }

    @Test
    void aPercentageOfAPlacesMeasureOrOfAnotherThingIsNotThePlacesShare() {
        Verdict part = june2020("Cars make up about 10% of Japan's total exports");
        assertThat(part.status()).isEqualTo(VerdictStatus.UNCHECKED);
        assertThat(part.explanation()).contains("a part of Japan's merchandise exports");
        Verdict other = june2020("Tanzania is home to 40% of the world's remaining black rhinos");
        assertThat(other.status()).isEqualTo(VerdictStatus.UNCHECKED);
        assertThat(other.explanation()).contains("\"world's remaining black rhinos\"");
    }

    @Test
    void aRankingOfSomethingOtherThanPlacesIsUnchecked() {
        Verdict v = june2020("China, home to the world's largest port, has long drawn traders");
        assertThat(v.status()).isEqualTo(VerdictStatus.UNCHECKED);
        assertThat(v.explanation()).contains("ranks \"port\"");
    }

    @Test
    void aRankingAgainstThePastIsCheckedYearByYear() {
        Verdict lowest = june2020("Japan's unemployment rate in 2019 was the lowest since 1992");
        assertThat(lowest.status()).isEqualTo(VerdictStatus.SUPPORTED);
        assertThat(lowest.explanation()).contains("every year from 1993 to 2018 was higher");
        Verdict highest = june2020("Japan's unemployment rate in 2019 was the highest since 1992");
        assertThat(highest.status()).isEqualTo(VerdictStatus.CONTRADICTED);
        assertThat(highest.explanation()).contains("is not the highest since 1992: 1993 had");
        Verdict before = june2020("Japan's unemployment rate in 2002 was the highest since 1960");
        assertThat(before.status()).isEqualTo(VerdictStatus.NOT_ENOUGH_DATA);
    }

    @Test
    void aChangeInASumOfMoneyIsNotRefutedByCurrentDollars() {
        Verdict v = june2020("Japan's exports fell 5% in 2015");
        assertThat(v.status()).isEqualTo(VerdictStatus.NOT_ENOUGH_DATA);
        assertThat(v.explanation()).contains("(-9.5%)").contains("another currency");
    }

    @Test
    void aFuturesPriceOrAGapBetweenTwoMeasuresIsAnotherFigure() {
        assertThat(june2020("Brent crude rose to $80 a barrel for March delivery").status())
                .isEqualTo(VerdictStatus.UNCHECKED);
        Verdict gap = june2020("The gap between Japan's exports and imports was $20bn in 2015");
        assertThat(gap.status()).isEqualTo(VerdictStatus.UNCHECKED);
        assertThat(gap.explanation()).contains("\"gap between\"");
    }

    @Test
    void aChangeNamedAsANounOfAnotherThingIsNotThePlacesChange() {
        Verdict v = june2020("The rise in tourism has helped the Thai economy grow");
        assertThat(v.status()).isEqualTo(VerdictStatus.UNCHECKED);
        assertThat(v.explanation()).contains("\"rise in tourism\"");
    }

    @Test
    void aChangeSinceAYearRunsFromThatYearToTheLatest() {
        Verdict v = VERIFIER.check("The world economy has roughly tripled in size since 2000", null,
                LocalDate.of(2024, 9, 24));
        assertThat(v.status()).isEqualTo(VerdictStatus.SUPPORTED);
        assertThat(v.explanation()).contains("in 2000 to").contains("in 2023");
    }

    @Test
    void aRateAFallIsSaidAtIsANegativeRate() {
        LocalDate asOf = LocalDate.of(2021, 8, 2);
        assertThat(VERIFIER.check("America's economy contracted at an annualised rate of about 28% in the second "
                + "quarter of 2020", null, asOf).status()).isEqualTo(VerdictStatus.SUPPORTED);
        assertThat(VERIFIER.check("America's economy grew at an annualised rate of about 28% in the second "
                + "quarter of 2020", null, asOf).status()).isEqualTo(VerdictStatus.CONTRADICTED);
    }

    @Test
    void theWordsOfAPlaceAndTheWorldAsWritersUseThem() {
        assertThat(VERIFIER.check("US real GDP grew 2.9% in 2023", null, LocalDate.of(2024, 3, 28)).explanation())
                .contains("the United States' GDP growth 2023");
        assertThat(VERIFIER.check("The planet is now home to more than 8 billion people", null,
                LocalDate.of(2024, 1, 20)).explanation()).contains("the world's population 2023");
    }

    @Test
    void aSubjectAndAFigureInTheUnitOfItsOneMeasureNameThatMeasure() {
        Verdict gold = VERIFIER.check("Gold slid about 15% in 2013", null, LocalDate.of(2014, 2, 1));
        assertThat(gold.status()).isEqualTo(VerdictStatus.SUPPORTED);
        assertThat(gold.evidence()).extracting(Evidence::dataset).containsExactly("gold-annual");
        Verdict gas = VERIFIER.check("Henry Hub gas averaged more than $13 in October 2005", null,
                LocalDate.of(2005, 11, 3));
        assertThat(gas.status()).isEqualTo(VerdictStatus.SUPPORTED);
        assertThat(VERIFIER.check("Peru's copper came to 2.6 million tonnes in 2023", null, LocalDate.of(2024, 3, 1))
                .status()).isEqualTo(VerdictStatus.UNCHECKED);
    }

    @Test
    void anExchangeRateIsReadFromTheCurrencysNameAndTheFigureEitherWay() {
        Verdict dollars = VERIFIER.check("The euro averaged about $1.47 over 2008", null, LocalDate.of(2009, 1, 5));
        assertThat(dollars.status()).isEqualTo(VerdictStatus.SUPPORTED);
        assertThat(dollars.evidence()).extracting(Evidence::dataset).containsExactly("fed-h10-fx-annual");
        assertThat(VERIFIER.check("The yen averaged about 110 to the dollar in 2004", null, LocalDate.of(2005, 1, 5))
                .status()).isEqualTo(VerdictStatus.SUPPORTED);
        assertThat(VERIFIER.check("The yen averaged about 150 to the dollar in 2004", null, LocalDate.of(2005, 1, 5))
                .status()).isEqualTo(VerdictStatus.CONTRADICTED);
        Verdict day = VERIFIER.check("The dollar was buying 104 yen at 0950 GMT", null, LocalDate.of(2005, 1, 5));
        assertThat(day.status()).isEqualTo(VerdictStatus.NOT_ENOUGH_DATA);
        assertThat(day.explanation()).contains("averages by");
        assertThat(VERIFIER.check("Investors poured $20bn into oil projects", null, LocalDate.of(2005, 1, 5))
                .evidence()).extracting(Evidence::dataset).noneMatch(d -> d.startsWith("eia-"));
        assertThat(VERIFIER.check("Samsung won a contract worth $1bn against the dollar", null,
                LocalDate.of(2005, 6, 1)).evidence()).extracting(Evidence::dataset)
                .doesNotContain("fed-h10-fx-annual", "fed-h10-fx-monthly");
    }
}
