package org.assay.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import org.assay.article.Span;
import org.assay.quote.Quote;

/**
 * Scores predicted quotes against gold statements of one article: one-to-one matching at 80% of the longer span
 * (after {@link QuoteText#trim}), then the speaker test on each match. Optional gold items and the predictions they
 * match count neither way. Stateless.
 */
final class QuoteScorer {

    /** The figure and the errors behind it. */
    record Result(Score score, List<QuoteError> errors) {
        Result {
            errors = List.copyOf(errors);
        }
    }

    private QuoteScorer() {
    }

    static <G extends GoldStatement> Result score(String article, String figure, String text, List<G> gold,
                                                   List<Quote> predicted, BiPredicate<G, Quote> speakerRight) {
        List<Span> goldSpans = gold.stream().map(g -> QuoteText.trim(text, g.span())).toList();
        List<Span> predictedSpans = predicted.stream().map(q -> QuoteText.trim(text, q.span())).toList();
        List<SpanMatcher.Pair> pairs = SpanMatcher.match(goldSpans, predictedSpans, SpanMatcher.QUOTE_SHARE);
        boolean[] goldMatched = new boolean[gold.size()];
        boolean[] predictedMatched = new boolean[predicted.size()];
        List<QuoteError> errors = new ArrayList<>();
        int matched = 0;
        int right = 0;
        int ignoredPredictions = 0;
        for (SpanMatcher.Pair pair : pairs) {
            goldMatched[pair.gold()] = true;
            predictedMatched[pair.predicted()] = true;
            G g = gold.get(pair.gold());
            Quote q = predicted.get(pair.predicted());
            if (g.optional()) {
                ignoredPredictions++;
                continue;
            }
            matched++;
            if (speakerRight.test(g, q)) {
                right++;
            } else {
                errors.add(new QuoteError(article, figure, QuoteError.Type.WRONG_SPEAKER, q.start(), q.text(),
                        speakerName(q), mention(text, q), g.speakerLabel()));
            }
        }
        int goldCount = 0;
        for (int i = 0; i < gold.size(); i++) {
            G g = gold.get(i);
            if (!g.optional()) {
                goldCount++;
                if (!goldMatched[i]) {
                    errors.add(new QuoteError(article, figure, QuoteError.Type.MISSED, g.span().start(),
                            g.span().of(text), null, null, g.speakerLabel()));
                }
            }
        }
        for (int i = 0; i < predicted.size(); i++) {
            if (!predictedMatched[i]) {
                Quote q = predicted.get(i);
                errors.add(new QuoteError(article, figure, QuoteError.Type.SPURIOUS, q.start(), q.text(),
                        speakerName(q), mention(text, q), null));
            }
        }
        errors.sort((a, b) -> Integer.compare(a.start(), b.start()));
        Score score = Score.oneToOne(goldCount, predicted.size() - ignoredPredictions, matched, right);
        return new Result(score, errors);
    }

    static String speakerName(Quote q) {
        return q.speaker() == null ? null : q.speaker().name();
    }

    private static String mention(String text, Quote q) {
        return q.speaker() == null ? null : q.speaker().mention().of(text);
    }
}
