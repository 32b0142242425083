package org.assay.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConversionCheckTest {

    private static ReferenceVerifier verifier;
    private static final LocalDate DAY = LocalDate.of(2005, 6, 30);

    /** Sterling at $1.80-$1.90 and the yen at 105-110 over the year to June 2005; 2000 at 120 yen. */
    @BeforeAll
    static void rates(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("currency,month,per_usd\nJPY,2000-06,120\n");
        for (int m = 7; m <= 18; m++) {
            String month = (m <= 12 ? "2004-" : "2005-") + String.format("%02d", m <= 12 ? m : m - 12);
            csv.append("GBP,").append(month).append(',').append(m % 2 == 0 ? 1 / 1.8 : 1 / 1.9).append('\n');
            csv.append("JPY,").append(month).append(',').append(m % 2 == 0 ? 105 : 110).append('\n');
        }
        Files.writeString(dir.resolve("data.csv"), csv);
        Files.writeString(dir.resolve("dataset.json"), """
                {"id": "fx", "publisher": "P", "title": "Rates: monthly", "edition": "1", "published": "2020-01-01",
                 "source": "s", "licence": "l", "provenance": "p", "file": "data.csv",
                 "key": {"column": "currency", "kind": "name"}, "time": {"column": "month", "axis": "month"},
                 "subject": "exchange rates", "subjectTerms": [],
                 "measures": [{"column": "per_usd", "metric": "per dollar", "unit": "currency units per USD",
                               "terms": ["exchange rate"]}]}
                """);
        DatasetLoader.Result loaded = new DatasetLoader().loadFolder(dir);
        assertThat(loaded.problems()).isEmpty();
        verifier = new ReferenceVerifier(ReferenceData.of(loaded.datasets(), List.of()));
    }

    private static VerdictStatus status(String claim) {
        return verifier.check(claim, null, DAY).status();
    }

    @Test
    void aBracketedConversionHoldsWithinTheYearsRates() {
        assertThat(status("The firm agreed to pay $900m (£479m) to settle the case.")).isEqualTo(VerdictStatus.SUPPORTED);
        assertThat(status("The firm agreed to pay $900m (£700m) to settle the case."))
                .isEqualTo(VerdictStatus.CONTRADICTED);
    }

    @Test
    void currenciesOtherThanTheDollarConvertThroughIt() {
        // 300bn yen at 105-110 per dollar is $2.7bn-$2.9bn; at $1.80-$1.90 per pound, £1.44bn-£1.59bn.
        assertThat(status("It made a profit of 300bn yen (£1.5bn).")).isEqualTo(VerdictStatus.SUPPORTED);
        assertThat(status("It made a profit of 300bn yen (£3bn).")).isEqualTo(VerdictStatus.CONTRADICTED);
    }

    @Test
    void anEarlierYearTheClaimNamesWidensTheRates() {
        // At 2000's 120 yen, 331bn yen is $2.76bn; the year to June 2005 alone gives $3.0bn-$3.2bn.
        assertThat(status("In 2000 it made a 331bn yen ($2.7bn) profit.")).isEqualTo(VerdictStatus.SUPPORTED);
        assertThat(status("It made a 331bn yen ($2.7bn) profit.")).isEqualTo(VerdictStatus.CONTRADICTED);
    }

    @Test
    void aBracketThatIsNotAConversionIsLeftAlone() {
        assertThat(status("The player costs $99 (£69 in the UK) and ships in March."))
                .isEqualTo(VerdictStatus.UNCHECKED);
        assertThat(status("The player costs $99 and ships in March.")).isEqualTo(VerdictStatus.UNCHECKED);
    }

    @Test
    void noDateNoRate() {
        assertThat(verifier.check("The firm agreed to pay $900m (£700m).", null, null).status())
                .isEqualTo(VerdictStatus.UNCHECKED);
    }
}
