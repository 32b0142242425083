package org.assay.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assay.article.Span;
import org.junit.jupiter.api.Test;

class SpanMatcherTest {

    @Test
    void spansSharingEightyPercentOfTheLongerOneMatch() {
        List<SpanMatcher.Pair> pairs = SpanMatcher.match(List.of(new Span(0, 100)), List.of(new Span(10, 100)), 0.8);

        assertThat(pairs).containsExactly(new SpanMatcher.Pair(0, 0));
    }

    @Test
    void spansSharingLessThanEightyPercentOfTheLongerOneDoNotMatch() {
        List<SpanMatcher.Pair> pairs = SpanMatcher.match(List.of(new Span(0, 100)), List.of(new Span(21, 100)), 0.8);

        assertThat(pairs).isEmpty();
    }

    @Test
    void aShortPredictionInsideALongGoldQuoteDoesNotMatch() {
        assertThat(SpanMatcher.match(List.of(new Span(0, 100)), List.of(new Span(10, 20)), 0.8)).isEmpty();
    }

    @Test
    void eachGoldSpanTakesTheBestOverlappingPredictionOnlyOnce() {
        List<Span> gold = List.of(new Span(0, 10), new Span(10, 20));
        List<Span> predicted = List.of(new Span(1, 10), new Span(0, 10), new Span(10, 19));

        List<SpanMatcher.Pair> pairs = SpanMatcher.match(gold, predicted, 0.8);

        assertThat(pairs).containsExactlyInAnyOrder(new SpanMatcher.Pair(0, 1), new SpanMatcher.Pair(1, 2));
    }

    @Test
    void withZeroShareAnySharedCharacterMatchesButTouchingSpansDoNot() {
        assertThat(SpanMatcher.match(List.of(new Span(0, 100)), List.of(new Span(99, 120)), 0)).hasSize(1);
        assertThat(SpanMatcher.match(List.of(new Span(0, 100)), List.of(new Span(100, 120)), 0)).isEmpty();
    }
}
