package org.assay.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {

    @Test
    void overlapCountsSharedCharacters() {
        assertThat(new Span(0, 10).overlap(new Span(5, 20))).isEqualTo(5);
        assertThat(new Span(0, 10).overlap(new Span(10, 20))).isZero();
        assertThat(new Span(0, 10).overlaps(new Span(10, 20))).isFalse();
    }

    @Test
    void spanCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new Span(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Span(-1, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void spansOrderByStartThenEnd() {
        assertThat(new Span(1, 5)).isLessThan(new Span(2, 3));
        assertThat(new Span(1, 3)).isLessThan(new Span(1, 5));
    }
}
