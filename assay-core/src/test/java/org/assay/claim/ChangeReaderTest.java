package org.assay.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChangeReaderTest {

    private static Change read(String s) {
        return ChangeReader.read(s, 0, new QuantityParser().parse(s));
    }

    @Test
    void aCutEstimateIsADownwardChangeFromOneFigureToAnother() {
        Change c = read("The survey cut its estimate of Freedonia's tin reserves from 12 million tons to 4.1 million tons");
        assertThat(c.direction()).isEqualTo(Change.Direction.DOWN);
        assertThat(c.from().value()).isEqualTo(12e6);
        assertThat(c.to().value()).isCloseTo(4.1e6, org.assertj.core.api.Assertions.within(1.0));
    }

    @Test
    void aBoundRightAfterTheVerbIsTheLevelPassedNotTheSize() {
        Change below = read("Brent fell below $10 a barrel");
        assertThat(below.to()).isNotNull();
        assertThat(below.by()).isNull();
        Change over = read("Shares rose over 5% on Monday");
        assertThat(over.by()).isNotNull();
        assertThat(over.to()).isNull();
    }

    @Test
    void aHedgeBeforeAMultiplierSaysWhetherTheMultipleIsAFloor() {
        assertThat(read("Tin output more than tripled in 2023").hedge()).isEqualTo(Hedge.MORE_THAN);
        assertThat(read("Tin output at least doubled in 2023").hedge()).isEqualTo(Hedge.AT_LEAST);
        Change nearly = read("Tin output nearly doubled in 2023");
        assertThat(nearly.hedge()).isEqualTo(Hedge.NEARLY);
        assertThat(nearly.factor()).isEqualTo(2.0);
        assertThat(nearly.direction()).isEqualTo(Change.Direction.UP);
    }

    @Test
    void upFromNamesTheStartingFigureEvenWhenAnEstimateAndTheFigureReachedBeforeIt() {
        Change c = read("Tin output reached 9,000 tonnes, up from an estimated 7,500 tonnes");
        assertThat(c.direction()).isEqualTo(Change.Direction.UP);
        assertThat(c.from().value()).isEqualTo(7500.0);
        assertThat(c.to().value()).isEqualTo(9000.0);
    }

    @Test
    void aBareUpOrDownIsAChangeOnlyBeforeAShareOrASum() {
        Change c = read("Arlen sold 36,000 cars, up 50% from 30,000");
        assertThat(c.direction()).isEqualTo(Change.Direction.UP);
        assertThat(c.by().value()).isEqualTo(50.0);
        assertThat(c.to().value()).isEqualTo(36000.0);
        assertThat(read("The firm set up 5 offices")).isNull();
        assertThat(read("Losses narrowed by a third").direction()).isEqualTo(Change.Direction.DOWN);
        assertThat(read("Losses narrowed by a third").by().value()).isCloseTo(33.3, org.assertj.core.data.Offset.offset(0.1));
        assertThat(read("The fund grew fivefold").factor()).isEqualTo(5.0);
    }

    @Test
    void revisedDownAndHeldSteadyAreChangesWithADirection() {
        assertThat(read("The agency revised down its tin forecast").direction()).isEqualTo(Change.Direction.DOWN);
        assertThat(read("Tin prices held steady in May").direction()).isEqualTo(Change.Direction.NONE);
    }

    @Test
    void downFromReportsAChangeOnlyBeforeAFigure() {
        assertThat(read("The minister stepped down from his post in 2023")).isNull();
        assertThat(read("Tin output was 7,000 tonnes, down from 9,000 tonnes").direction())
                .isEqualTo(Change.Direction.DOWN);
    }

    @Test
    void aClauseWithoutAChangeVerbHasNoChange() {
        assertThat(read("Tin output was 9,000 tonnes in 2023")).isNull();
    }

    @Test
    void theFiguresOfALaterChangeOfAnotherThingAreNotThisChangesButARestatementsAre() {
        Change c = read("Tin output rose 12% in the year to May, down from 20% in March, and prices slowed to 2.5%");
        assertThat(c.by().value()).isEqualTo(12.0);
        assertThat(c.from().value()).isEqualTo(20.0);
        assertThat(c.to()).isNull();
        Change restated = read("Tin sales increased from £2bn to £3bn, a rise of 50%");
        assertThat(restated.by().value()).isEqualTo(50.0);
        assertThat(read("Tin sales rose 8% to £4.2bn, up from £3.9bn").from().value()).isEqualTo(3.9e9);
        assertThat(read("The rise in tin prices helped miners").of()).isEqualTo("tin");
        assertThat(read("Tin prices rose in May").of()).isNull();
    }
}
