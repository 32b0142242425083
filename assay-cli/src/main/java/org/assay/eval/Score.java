package org.assay.eval;

/**
 * Counts behind one figure (quotes, indirect statements, people, claims ...), summable over articles (micro-average).
 *
 * <p>Gold and predicted items are counted apart so that a scorer may match many predictions to one gold item
 * ("all attributions"); for a one-to-one matching {@code matchedGold == matchedPredicted} and
 * {@code rightGold == rightPredicted}. "Right" is the figure's second test on a match: the speaker for quotes, the
 * titles for people, the kind for claims.
 *
 * @param gold             gold items that count (optional ones excluded)
 * @param predicted        predicted items that count (those matched to an optional gold item excluded)
 * @param matchedGold      gold items with a matching prediction
 * @param matchedPredicted predictions that match a gold item
 * @param rightGold        gold items with a matching prediction that is also right
 * @param rightPredicted   predictions that match a gold item and are right
 */
public record Score(int gold, int predicted, int matchedGold, int matchedPredicted, int rightGold, int rightPredicted) {

    public static final Score ZERO = new Score(0, 0, 0, 0, 0, 0);

    public Score {
        if (gold < 0 || predicted < 0 || matchedGold > gold || matchedPredicted > predicted
                || rightGold > matchedGold || rightPredicted > matchedPredicted || rightGold < 0 || rightPredicted < 0) {
            throw new IllegalArgumentException("inconsistent counts " + gold + "/" + predicted + "/" + matchedGold + "/"
                    + matchedPredicted + "/" + rightGold + "/" + rightPredicted);
        }
    }

    /** Counts of a one-to-one matching. */
    public static Score oneToOne(int gold, int predicted, int matched, int right) {
        return new Score(gold, predicted, matched, matched, right, right);
    }

    public Score plus(Score o) {
        return new Score(gold + o.gold, predicted + o.predicted, matchedGold + o.matchedGold,
                matchedPredicted + o.matchedPredicted, rightGold + o.rightGold, rightPredicted + o.rightPredicted);
    }

    /** Matched predictions over predictions; NaN when nothing was predicted. */
    public double precision() {
        return ratio(matchedPredicted, predicted);
    }

    /** Matched gold items over gold items; NaN when there is no gold item. */
    public double recall() {
        return ratio(matchedGold, gold);
    }

    /** Harmonic mean of precision and recall (an undefined side counts 0); NaN when there is neither gold nor prediction. */
    public double f1() {
        return f1(matchedPredicted, matchedGold);
    }

    /** Right predictions over matched predictions (attribution accuracy for quotes); NaN without matches. */
    public double accuracy() {
        return ratio(rightPredicted, matchedPredicted);
    }

    /** F1 counting only matches that are also right (end-to-end F1 for quotes). */
    public double endToEndF1() {
        return f1(rightPredicted, rightGold);
    }

    private double f1(int goodPredicted, int goodGold) {
        if (gold == 0 && predicted == 0) {
            return Double.NaN;
        }
        double p = predicted == 0 ? 0 : (double) goodPredicted / predicted;
        double r = gold == 0 ? 0 : (double) goodGold / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }
}
