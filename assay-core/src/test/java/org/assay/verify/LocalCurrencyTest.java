package org.assay.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.assay.claim.ClaimExtractor;
import org.assay.claim.Quantity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalCurrencyTest {

    private static LocalCurrency local;

    @BeforeAll
    static void rates(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("data.csv"), "currency,month,per_usd\nINR,2005-01,43.6\nLKR,2005-01,99.5\n");
        Files.writeString(dir.resolve("dataset.json"), """
                {"id": "fx", "publisher": "P", "title": "Rates: monthly", "edition": "1", "published": "2020-01-01",
                 "source": "s", "licence": "l", "provenance": "p", "file": "data.csv",
                 "key": {"column": "currency", "kind": "name",
                         "aliases": {"INR": ["Indian rupee"], "LKR": ["Sri Lankan rupee"]}},
                 "time": {"column": "month", "axis": "month"},
                 "subject": "exchange rates", "subjectTerms": [],
                 "measures": [{"column": "per_usd", "metric": "per dollar", "unit": "currency units per USD",
                               "terms": ["exchange rate"]}]}
                """);
        DatasetLoader.Result loaded = new DatasetLoader().loadFolder(dir);
        assertThat(loaded.problems()).isEmpty();
        local = LocalCurrency.of(loaded.datasets(), Places.bundled());
    }

    private static Quantity first(String sentence) {
        return new ClaimExtractor().claimOf(sentence, null, LocalDate.of(2005, 1, 20)).parts().quantities().get(0);
    }

    @Test
    void aMoneyWordSeveralCountriesUseIsThePlacesOwnCurrency() {
        Quantity rupees = first("The banks have 25bn rupees of loans outstanding.");
        assertThat(local.code(rupees, "Sri Lanka")).contains("LKR");
        assertThat(local.code(rupees, "India")).contains("INR");
    }

    @Test
    void withNoPlaceOrNoLocalNameTheParsersReadingStands() {
        Quantity rupees = first("The banks have 25bn rupees of loans outstanding.");
        assertThat(local.code(rupees, null)).contains(rupees.unit().name());
        assertThat(local.code(rupees, "France")).contains(rupees.unit().name());
        assertThat(local.code(first("It paid $50m."), "Sri Lanka")).contains("USD");
        assertThat(local.code(first("Output rose 5%."), "Sri Lanka")).isEmpty();
    }
}
