package org.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimingsTest {

    @Test
    void percentilesAreNearestRank() {
        double[] values = new double[100];
        for (int i = 0; i < 100; i++) {
            values[i] = 100 - i;
        }
        assertThat(Timings.percentile(values, 50)).isEqualTo(50);
        assertThat(Timings.percentile(values, 90)).isEqualTo(90);
        assertThat(Timings.percentile(values, 99)).isEqualTo(99);
        assertThat(Timings.percentile(new double[] {7}, 99)).isEqualTo(7);
    }

    @Test
    void medianOfOddRunsIsTheMiddleOne() {
        assertThat(Timings.median(List.of(30.0, 10.0, 20.0))).isEqualTo(20);
    }

    @Test
    void throughputIsArticlesOverWallTime() {
        Timings t = new Timings(2.0, new double[] {1, 2, 3, 4}, new double[] {1, 1, 3, 3}, 0.02);
        assertThat(t.articlesPerSecond()).isEqualTo(2.0);
        assertThat(t.meanCpuMs()).isEqualTo(2.0);
        assertThat(t.processCpuMsPerArticle()).isEqualTo(5.0);
    }
}
