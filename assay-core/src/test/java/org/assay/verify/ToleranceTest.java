package org.assay.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.assay.claim.Hedge;
import org.junit.jupiter.api.Test;

class ToleranceTest {

    private static Claimed claimed(double value, Hedge hedge, double precision) {
        return new Claimed(value, value, hedge, precision, false, 0, false);
    }

    @Test
    void anExactFigureHoldsWithinItsRoundingButNotBeyondFivePercent() {
        assertThat(claimed(3_800_000, Hedge.EXACT, 100_000).holds(3_840_000)).isTrue();
        assertThat(claimed(3_800_000, Hedge.EXACT, 100_000).holds(3_900_000)).isFalse();
        assertThat(claimed(40_000_000, Hedge.EXACT, 10_000_000).holds(44_000_000)).isFalse();
    }

    @Test
    void aboutAllowsTenPercentEitherWay() {
        assertThat(claimed(44_000_000, Hedge.ABOUT, 1_000_000).holds(40_000_000)).isTrue();
        assertThat(claimed(44_000_000, Hedge.ABOUT, 1_000_000).holds(48_000_000)).isTrue();
        assertThat(claimed(44_000_000, Hedge.ABOUT, 1_000_000).holds(38_000_000)).isFalse();
    }

    @Test
    void nearlyMeansALittleBelowAndNotAbove() {
        assertThat(claimed(70, Hedge.NEARLY, 10).holds(69.2)).isTrue();
        assertThat(claimed(70, Hedge.NEARLY, 10).holds(60)).isFalse();
        assertThat(claimed(70, Hedge.NEARLY, 1).holds(75)).isFalse();
    }

    @Test
    void wellOverNeedsAClearMarginWhileMoreThanDoesNot() {
        assertThat(claimed(50, Hedge.WELL_OVER, 10).holds(57)).isTrue();
        assertThat(claimed(50, Hedge.WELL_OVER, 10).holds(52)).isFalse();
        assertThat(claimed(50, Hedge.MORE_THAN, 10).holds(52)).isTrue();
        assertThat(claimed(50, Hedge.MORE_THAN, 10).holds(40)).isFalse();
    }

    @Test
    void upperBoundsAllowAnythingBelow() {
        assertThat(claimed(500_000, Hedge.AT_MOST, 100_000).holds(100)).isTrue();
        assertThat(claimed(500_000, Hedge.LESS_THAN, 100_000).holds(890_000)).isFalse();
    }
}
