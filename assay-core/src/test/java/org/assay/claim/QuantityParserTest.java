package org.assay.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityParserTest {

    private final QuantityParser parser = new QuantityParser();

    private Quantity only(String text) {
        List<Quantity> found = parser.parse(text);
        assertThat(found).as("figures in: %s", text).hasSize(1);
        return found.get(0);
    }

    @Test
    void millionsWithDecimalKeepTheirRoundingStep() {
        Quantity q = only("Russia holds 3.8 million tons of reserves.");
        assertThat(q.value()).isEqualTo(3_800_000.0, within(1e-6));
        assertThat(q.unit()).isEqualTo(Unit.TONNE);
        assertThat(q.unitText()).isEqualTo("tons");
        assertThat(q.hedge()).isEqualTo(Hedge.EXACT);
        assertThat(q.precision()).isEqualTo(100_000.0, within(1e-6));
        assertThat(q.text()).isEqualTo("3.8 million tons");
        assertThat(q.roundedLow()).isEqualTo(3_750_000.0, within(1e-6));
        assertThat(q.roundedHigh()).isEqualTo(3_850_000.0, within(1e-6));
    }

    @Test
    void thousandsSeparatorsAreReadAndTrailingZerosSetThePrecision() {
        Quantity q = only("output was 830,000 tons last year");
        assertThat(q.value()).isEqualTo(830_000.0);
        assertThat(q.precision()).isEqualTo(10_000.0);
        Quantity big = only("a total of 1,500,000 people");
        assertThat(big.value()).isEqualTo(1_500_000.0);
        assertThat(big.unit()).isEqualTo(Unit.PEOPLE);
        assertThat(big.precision()).isEqualTo(100_000.0);
    }

    @Test
    void spanPointsIntoTheTextPlusTheBaseOffset() {
        String text = "It mined 830,000 tonnes.";
        Quantity q = parser.parse(text, 100).get(0);
        assertThat(q.span().start()).isEqualTo(100 + text.indexOf("830"));
        assertThat(q.span().end() - 100).isEqualTo(text.indexOf("."));
    }

    @Test
    void numberWordsWithPercentAreShares() {
        Quantity q = only("his approval rating was a dismal four percent");
        assertThat(q.value()).isEqualTo(4.0);
        assertThat(q.unit()).isEqualTo(Unit.PERCENT);
        assertThat(q.precision()).isEqualTo(1.0);
        assertThat(q.text()).isEqualTo("four percent");
    }

    @Test
    void percentSignAndPerCentAreBothPercent() {
        assertThat(only("57% of Ukrainians").value()).isEqualTo(57.0);
        assertThat(only("57% of Ukrainians").unit()).isEqualTo(Unit.PERCENT);
        assertThat(only("rose 12 per cent").unit()).isEqualTo(Unit.PERCENT);
        assertThat(only("up 2.5 percentage points").unit()).isEqualTo(Unit.PERCENTAGE_POINTS);
    }

    @Test
    void wellOverIsItsOwnHedgeAndFiftyIsRoundedToTens() {
        Quantity q = only("it's well over 50 percent, according to recent polls");
        assertThat(q.hedge()).isEqualTo(Hedge.WELL_OVER);
        assertThat(q.hedge().direction()).isEqualTo(Hedge.Direction.ABOVE);
        assertThat(q.value()).isEqualTo(50.0);
        assertThat(q.precision()).isEqualTo(10.0);
        assertThat(q.text()).isEqualTo("well over 50 percent");
    }

    @Test
    void everyHedgeFamilyIsRecognised() {
        assertThat(only("about 44 million tons").hedge()).isEqualTo(Hedge.ABOUT);
        assertThat(only("roughly 44 million tons").hedge()).isEqualTo(Hedge.ABOUT);
        assertThat(only("some 44 million tons").hedge()).isEqualTo(Hedge.ABOUT);
        assertThat(only("around 44 million tons").hedge()).isEqualTo(Hedge.ABOUT);
        assertThat(only("approximately 44 million tons").hedge()).isEqualTo(Hedge.ABOUT);
        assertThat(only("nearly 70 percent of global production").hedge()).isEqualTo(Hedge.NEARLY);
        assertThat(only("almost 70 percent").hedge()).isEqualTo(Hedge.NEARLY);
        assertThat(only("more than 200 people").hedge()).isEqualTo(Hedge.MORE_THAN);
        assertThat(only("over 200 people").hedge()).isEqualTo(Hedge.MORE_THAN);
        assertThat(only("above 5%").hedge()).isEqualTo(Hedge.MORE_THAN);
        assertThat(only("at least 12 people").hedge()).isEqualTo(Hedge.AT_LEAST);
        assertThat(only("less than 1 percent").hedge()).isEqualTo(Hedge.LESS_THAN);
        assertThat(only("under 1 percent").hedge()).isEqualTo(Hedge.LESS_THAN);
        assertThat(only("fewer than 300 voters").hedge()).isEqualTo(Hedge.LESS_THAN);
        assertThat(only("up to 40,000 troops").hedge()).isEqualTo(Hedge.AT_MOST);
        assertThat(only("at most 3 percent").hedge()).isEqualTo(Hedge.AT_MOST);
        assertThat(only("only 4 percent").hedge()).isEqualTo(Hedge.ONLY);
        assertThat(only("exactly 4 percent").hedge()).isEqualTo(Hedge.EXACT);
    }

    @Test
    void hedgesAfterTheFigureCount() {
        assertThat(only("50,000 people or more").hedge()).isEqualTo(Hedge.AT_LEAST);
        assertThat(only("20 years or so").hedge()).isEqualTo(Hedge.ABOUT);
    }

    @Test
    void aHedgeWordInsideAnotherWordIsNotAHedge() {
        assertThat(only("thunder 5 percent").hedge()).isEqualTo(Hedge.EXACT);
    }

    @Test
    void fractionsAreSharesInPercent() {
        Quantity third = only("a third of global output");
        assertThat(third.value()).isEqualTo(100.0 / 3, within(1e-9));
        assertThat(third.unit()).isEqualTo(Unit.PERCENT);
        assertThat(only("two thirds of the country").value()).isEqualTo(200.0 / 3, within(1e-9));
        assertThat(only("two-thirds of the country").value()).isEqualTo(200.0 / 3, within(1e-9));
        assertThat(only("three quarters of voters").value()).isEqualTo(75.0);
        Quantity half = only("more than half of the reserves");
        assertThat(half.value()).isEqualTo(50.0);
        assertThat(half.hedge()).isEqualTo(Hedge.MORE_THAN);
        assertThat(only("one in five Americans").value()).isEqualTo(20.0);
    }

    @Test
    void fractionWordsOutsideAShareAreIgnored() {
        assertThat(parser.parse("in the second half the team scored")).isEmpty();
        assertThat(parser.parse("the third round of talks")).isEmpty();
    }

    @Test
    void halfAMillionIsAFigure() {
        assertThat(only("half a million people").value()).isEqualTo(500_000.0);
    }

    @Test
    void currencyPrefixesAndScaleAbbreviations() {
        Quantity q = only("a deal worth $8.4 billion");
        assertThat(q.value()).isEqualTo(8.4e9, within(1.0));
        assertThat(q.unit()).isEqualTo(Unit.USD);
        assertThat(q.unit().isCurrency()).isTrue();
        assertThat(q.precision()).isEqualTo(1e8, within(1.0));
        assertThat(only("€3.5bn in aid").unit()).isEqualTo(Unit.EUR);
        assertThat(only("€3.5bn in aid").value()).isEqualTo(3.5e9, within(1.0));
        assertThat(only("£200m a year").value()).isEqualTo(2e8, within(1.0));
        assertThat(only("10 billion dollars").unit()).isEqualTo(Unit.USD);
    }

    @Test
    void unitsOfMassAreTonnes() {
        assertThat(only("44 million metric tons").unit()).isEqualTo(Unit.TONNE);
        assertThat(only("44 million metric tons").unitText()).isEqualTo("metric tons");
        assertThat(only("270,000 tonnes").unit()).isEqualTo(Unit.TONNE);
        assertThat(only("3.8 million t of rare earth oxide").unit()).isEqualTo(Unit.TONNE);
    }

    @Test
    void compoundNumberWordsAddUp() {
        assertThat(only("forty-two percent").value()).isEqualTo(42.0);
        assertThat(only("one hundred and five people").value()).isEqualTo(105.0);
        assertThat(only("two million people").value()).isEqualTo(2e6);
        assertThat(only("two million people").precision()).isEqualTo(1e6);
        assertThat(only("a dozen people").value()).isEqualTo(12.0);
    }

    @Test
    void countedNounsAreKeptAsUnitText() {
        Quantity q = only("areas in four oblasts");
        assertThat(q.unit()).isEqualTo(Unit.NONE);
        assertThat(q.unitText()).isEqualTo("oblasts");
        assertThat(q.text()).isEqualTo("four");
    }

    @Test
    void rangesKeepBothEnds() {
        Quantity q = only("between 3 and 4 million tons");
        assertThat(q.hedge()).isEqualTo(Hedge.BETWEEN);
        assertThat(q.value()).isEqualTo(3e6);
        assertThat(q.upper()).isEqualTo(4e6);
        assertThat(q.unit()).isEqualTo(Unit.TONNE);
        Quantity dash = only("3-4%");
        assertThat(dash.value()).isEqualTo(3.0);
        assertThat(dash.upper()).isEqualTo(4.0);
        assertThat(dash.unit()).isEqualTo(Unit.PERCENT);
        Quantity to = only("10 to 15 percent");
        assertThat(to.value()).isEqualTo(10.0);
        assertThat(to.upper()).isEqualTo(15.0);
    }

    @Test
    void fromXToYStaysTwoFigures() {
        List<Quantity> found = parser.parse("output rose from 376,000 to 390,000 tons");
        assertThat(found).extracting(Quantity::value).containsExactly(376_000.0, 390_000.0);
        assertThat(parser.parse("rose to 390,000 tons from 376,000 tons")).hasSize(2);
    }

    @Test
    void yearsDatesAndCodesAreNotFigures() {
        assertThat(parser.parse("since it launched an invasion in 2022")).isEmpty();
        assertThat(parser.parse("on February 24 and 25 March")).isEmpty();
        assertThat(parser.parse("the G7 and COVID-19 and F-16 jets")).isEmpty();
        assertThat(parser.parse("the 21st century and the 1990s")).isEmpty();
        assertThat(parser.parse("one of the largest producers")).isEmpty();
        assertThat(parser.parse("between 2022-2024")).isEmpty();
    }

    @Test
    void severalFiguresInOneSentenceComeInTextOrder() {
        List<Quantity> found = parser.parse(
                "China has 44 million tons, Brazil about 21 million and India 6.9 million tons.");
        assertThat(found).extracting(Quantity::value).containsExactly(44e6, 21e6, 6.9e6);
        assertThat(found.get(1).hedge()).isEqualTo(Hedge.ABOUT);
    }

    @Test
    void numbersThatNameRatherThanCountAreNotFigures() {
        assertThat(parser.parse("he spoke on BBC Radio 4 and at 10 Downing Street")).isEmpty();
        assertThat(parser.parse("under Article 5 of the treaty")).isEmpty();
        assertThat(parser.parse("the show's 4's and 6's")).isEmpty();
        assertThat(parser.parse("the list, #2 of a series")).isEmpty();
        assertThat(parser.parse("after World War Two, Fathers 4 Justice met at 1200 GMT")).isEmpty();
        assertThat(parser.parse("In 2004 the firm hired 300 people")).extracting(Quantity::value).containsExactly(300.0);
    }

    @Test
    void centsAndPenceAreHundredthsOfTheirCurrency() {
        Quantity cents = only("the euro averaged about 85 US cents");
        assertThat(cents.unit()).isEqualTo(Unit.USD);
        assertThat(cents.value()).isCloseTo(0.85, within(1e-9));
        Quantity pence = only("a rise of 5 pence a litre");
        assertThat(pence.unit()).isEqualTo(Unit.GBP);
        assertThat(pence.value()).isCloseTo(0.05, within(1e-9));
    }
}
