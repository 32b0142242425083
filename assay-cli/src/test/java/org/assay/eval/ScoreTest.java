package org.assay.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScoreTest {

    @Test
    void figuresFollowFromTheCounts() {
        Score s = Score.oneToOne(10, 8, 6, 3);

        assertThat(s.precision()).isEqualTo(0.75);
        assertThat(s.recall()).isEqualTo(0.6);
        assertThat(s.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, within(1e-9));
        assertThat(s.accuracy()).isEqualTo(0.5);
        assertThat(s.endToEndF1()).isCloseTo(2 * 3.0 / 18, within(1e-9));
    }

    @Test
    void totalsAddCountsNotRatios() {
        Score total = Score.oneToOne(1, 1, 1, 1).plus(Score.oneToOne(9, 0, 0, 0));

        assertThat(total.recall()).isEqualTo(0.1);
        assertThat(total.precision()).isEqualTo(1.0);
    }

    @Test
    void undefinedFiguresAreNotANumberAndNothingPredictedGivesZeroF1() {
        assertThat(Score.ZERO.f1()).isNaN();
        assertThat(Score.oneToOne(3, 0, 0, 0).precision()).isNaN();
        assertThat(Score.oneToOne(3, 0, 0, 0).f1()).isZero();
    }

    @Test
    void inconsistentCountsAreRejected() {
        assertThatThrownBy(() -> Score.oneToOne(1, 1, 2, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
