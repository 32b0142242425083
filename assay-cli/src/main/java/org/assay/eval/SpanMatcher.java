package org.assay.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.assay.article.Span;

/**
 * One-to-one matching of gold and predicted spans, greedy by overlap.
 *
 * <p>A pair is a candidate when the spans share at least one character and at least {@code minShare} of the longer
 * span. Candidates are taken best first: highest share of the longer span, then most shared characters, then text
 * order; a pair is kept when neither side is matched yet.
 */
final class SpanMatcher {

    /** The contract's quote rule: 80% of the longer span. */
    static final double QUOTE_SHARE = 0.8;

    private SpanMatcher() {
    }

    /** A matched pair: indexes into the gold and predicted lists. */
    record Pair(int gold, int predicted) {
    }

    static List<Pair> match(List<Span> gold, List<Span> predicted, double minShare) {
        record Candidate(int gold, int predicted, int overlap, double share) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                Span a = gold.get(g);
                Span b = predicted.get(p);
                int overlap = a.overlap(b);
                int longer = Math.max(a.length(), b.length());
                if (overlap > 0 && overlap >= minShare * longer) {
                    candidates.add(new Candidate(g, p, overlap, (double) overlap / longer));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::share).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::overlap).reversed())
                .thenComparingInt(Candidate::gold)
                .thenComparingInt(Candidate::predicted));
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] predictedUsed = new boolean[predicted.size()];
        List<Pair> pairs = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!goldUsed[c.gold] && !predictedUsed[c.predicted]) {
                goldUsed[c.gold] = true;
                predictedUsed[c.predicted] = true;
                pairs.add(new Pair(c.gold, c.predicted));
            }
        }
        return pairs;
    }
}
