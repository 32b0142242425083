package org.assay.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArithmeticCheckTest {

    private static final ReferenceVerifier NO_DATA = new ReferenceVerifier(ReferenceData.of(List.of(), List.of()));
    private static final LocalDate DAY = LocalDate.of(2005, 3, 10);

    private static Verdict check(String claim) {
        return NO_DATA.check(claim, null, DAY);
    }

    @Test
    void aChangeBySomePercentAgreesWithItsStartAndEnd() {
        Verdict v = check("Profits rose 25% to £1.2bn from £960m.");
        assertThat(v.status()).isEqualTo(VerdictStatus.SUPPORTED);
        assertThat(v.evidence()).extracting(Evidence::dataset).containsExactly(ArithmeticCheck.ARTICLE);
    }

    @Test
    void aChangeWhoseSizeDoesNotFitItsFiguresIsContradicted() {
        assertThat(check("Sales fell 10% to $450m from $520m.").status()).isEqualTo(VerdictStatus.CONTRADICTED);
    }

    @Test
    void roundingOfTheEndFigureIsAllowed() {
        assertThat(check("Revenue rose 4% to £1.2bn from £1.15bn.").status()).isEqualTo(VerdictStatus.SUPPORTED);
    }

    @Test
    void aMultipleIsCheckedAgainstItsFigures() {
        assertThat(check("The number of branches doubled from 3 to 6.").status()).isEqualTo(VerdictStatus.SUPPORTED);
        assertThat(check("The number of branches doubled from 3 to 9.").status())
                .isEqualTo(VerdictStatus.CONTRADICTED);
    }

    @Test
    void aPartOfAWholeIsCheckedAgainstTheShareItIsSaidToBe() {
        assertThat(check("Twelve of the 40 members, or 30%, voted against.").status())
                .isEqualTo(VerdictStatus.SUPPORTED);
        assertThat(check("12 of the 40 members, or 45%, voted against.").status())
                .isEqualTo(VerdictStatus.CONTRADICTED);
    }

    @Test
    void aClaimWhoseFiguresSayNothingOfEachOtherIsLeftToTheData() {
        assertThat(check("Profits rose to £1.2bn.").status()).isEqualTo(VerdictStatus.UNCHECKED);
    }

    @Test
    void aShareMayComeBeforeOrAfterItsPartAndWhole() {
        assertThat(check("The Greens won 18 of the council's 60 seats, or 30%.").status())
                .isEqualTo(VerdictStatus.SUPPORTED);
        assertThat(check("The firm will cut 15% of its 2,400 staff, or 480 jobs.").status())
                .isEqualTo(VerdictStatus.CONTRADICTED);
        assertThat(check("A fifth of the 350 flights, around 70, were cancelled.").status())
                .isEqualTo(VerdictStatus.SUPPORTED);
    }

    @Test
    void aSmallCountIsNotReadAsRoundedToTens() {
        assertThat(check("Seven of the 20 board members, or 45%, are women.").status())
                .isEqualTo(VerdictStatus.CONTRADICTED);
    }

    @Test
    void aMultipleIsReadOnTheWrittenFiguresAndABareStartTakesTheEndsUnit() {
        assertThat(check("Visitor numbers tripled, from 12,000 to 30,000.").status())
                .isEqualTo(VerdictStatus.CONTRADICTED);
        assertThat(check("The fund grew fivefold, from $80m to $400m.").status()).isEqualTo(VerdictStatus.SUPPORTED);
        assertThat(check("Shipments jumped 40% to 2.8 million tonnes from 2 million.").status())
                .isEqualTo(VerdictStatus.SUPPORTED);
    }
}
