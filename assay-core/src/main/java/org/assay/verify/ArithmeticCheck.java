package org.assay.verify;

import java.util.List;
import java.util.Optional;
import org.assay.claim.Change;
import org.assay.claim.ClaimParts;
import org.assay.claim.Quantity;
import org.assay.claim.Unit;

/**
 * Checks what a claim's own figures say of each other, with no dataset: a change's start, end and size ("rose 25% to
 * £1.2bn from £960m", "doubled from 3 to 6", "fell 2 percentage points to 5% from 7%"), and a part, its whole and the
 * share it is ("12 of the 40 members, or 30%"). Every figure is taken with its rounding: the claim holds when some
 * values that round to the written figures make it true. Stateless and thread-safe.
 */
final class ArithmeticCheck {

    /** The evidence's dataset name: the figures are the article's own. */
    static final String ARTICLE = "article";

    /** The verdict, or empty when the claim's figures say nothing checkable of each other. */
    Optional<Verdict> check(ClaimParts parts, String text, int base) {
        Change c = parts.change();
        if (c != null && c.from() != null && c.to() != null && sameUnit(c.from(), c.to())) {
            if (c.factor() != null) {
                return Optional.of(multiple(c));
            }
            if (c.by() != null && c.by() != c.from() && c.by() != c.to()) {
                return Optional.ofNullable(by(c));
            }
        }
        return ratio(parts.quantities(), text, base);
    }

    private static Verdict multiple(Change c) {
        double low = c.to().roundedLow() / c.from().roundedHigh();
        double high = c.to().roundedHigh() / Math.max(c.from().roundedLow(), Double.MIN_VALUE);
        double f = c.factor();
        boolean floor = c.hedge() == org.assay.claim.Hedge.MORE_THAN || c.hedge() == org.assay.claim.Hedge.AT_LEAST;
        boolean holds = floor ? high >= f * (1 - Tolerance.MULTIPLE)
                : high >= f * (1 - Tolerance.MULTIPLE) && low <= f * (1 + Tolerance.MULTIPLE);
        double ratio = c.to().value() / c.from().value();
        return verdict(holds, "from " + c.from().text() + " to " + c.to().text() + " is "
                + Figures.format(Math.round(ratio * 100) / 100.0, "") + " times the start, and the claim says it "
                + c.verb());
    }

    /** A change by a percentage (of the start) or by percentage points (a rate's difference) or by an amount. */
    private static Verdict by(Change c) {
        Quantity by = c.by();
        double sign = c.direction() == Change.Direction.DOWN ? -1 : 1;
        Claimed said = Claimed.of(by);
        double low;
        double high;
        String what;
        if (by.isPercent() && !c.to().isPercent()) {
            low = 100 * (c.to().roundedLow() - c.from().roundedHigh()) / c.from().roundedHigh();
            high = 100 * (c.to().roundedHigh() - c.from().roundedLow()) / Math.max(c.from().roundedLow(), Double.MIN_VALUE);
            what = Figures.percent(100 * (c.to().value() - c.from().value()) / c.from().value());
        } else if (by.unit() == Unit.PERCENTAGE_POINTS && c.to().isPercent() || sameUnit(by, c.to())) {
            low = c.to().roundedLow() - c.from().roundedHigh();
            high = c.to().roundedHigh() - c.from().roundedLow();
            what = Figures.format(c.to().value() - c.from().value(), by.isPercent() ? "" : "");
        } else {
            return null;
        }
        double lo = sign > 0 ? low : -high;
        double hi = sign > 0 ? high : -low;
        boolean holds = said.high() >= lo && said.low() <= hi;
        return verdict(holds, "from " + c.from().text() + " to " + c.to().text() + " is a change of " + what
                + ", and the claim says " + c.verb() + " " + by.text());
    }

    /** "12 of the 40 members, or 30%": a count, "of" a larger count, then a percentage of it. */
    private static Optional<Verdict> ratio(List<Quantity> qs, String text, int base) {
        for (int i = 0; i + 2 < qs.size(); i++) {
            Quantity part = qs.get(i);
            Quantity whole = qs.get(i + 1);
            Quantity share = qs.get(i + 2);
            if (part.isPercent() || whole.isPercent() || !share.isPercent() || !sameUnit(part, whole)) {
                continue;
            }
            String between = between(text, base, part, whole);
            String after = between(text, base, whole, share);
            if (between == null || after == null || !between.matches("(?i)\\s+of\\s+(?:the\\s+|its\\s+|their\\s+)?")
                    || !after.matches("(?i)[^.;]{0,40}?(?:,\\s*or|\\(|,)\\s*(?:about\\s+|some\\s+|nearly\\s+|almost\\s+)?")) {
                continue;
            }
            double low = 100 * part.roundedLow() / whole.roundedHigh();
            double high = 100 * part.roundedHigh() / whole.roundedLow();
            Claimed said = Claimed.of(share);
            boolean holds = said.high() >= low && said.low() <= high;
            return Optional.of(verdict(holds, part.text() + " of " + whole.text() + " is "
                    + Figures.percent(100 * part.value() / whole.value()) + ", and the claim says " + share.text()));
        }
        return Optional.empty();
    }

    private static String between(String text, int base, Quantity a, Quantity b) {
        int from = a.span().end() - base;
        int to = b.span().start() - base;
        return from < 0 || to > text.length() || from > to ? null : text.substring(from, to);
    }

    private static boolean sameUnit(Quantity a, Quantity b) {
        return a.unit() == b.unit();
    }

    private static Verdict verdict(boolean holds, String finding) {
        String why = "The claim's own figures " + (holds ? "agree" : "disagree") + ": " + finding + ".";
        return new Verdict(holds ? VerdictStatus.SUPPORTED : VerdictStatus.CONTRADICTED, why,
                List.of(new Evidence(ARTICLE, "", "the article's own figures: " + finding)));
    }
}
