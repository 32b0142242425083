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

    /**
     * A multiple ("doubled", "grew fivefold") is read on the written figures: {@link Tolerance#MULTIPLE} already allows
     * for their rounding.
     */
    private static Verdict multiple(Change c) {
        double ratio = c.to().value() / c.from().value();
        double f = c.factor();
        boolean floor = c.hedge() == org.assay.claim.Hedge.MORE_THAN || c.hedge() == org.assay.claim.Hedge.AT_LEAST;
        boolean holds = ratio >= f * (1 - Tolerance.MULTIPLE) && (floor || ratio <= f * (1 + Tolerance.MULTIPLE));
        return verdict(holds, "from " + c.from().text() + " to " + c.to().text() + " is "
                + Figures.format(Math.round(ratio * 100) / 100.0, "") + " times the start, and the claim says it "
                + c.verb() + (c.verb().endsWith("fold") || f == 2 || f == 3 || f == 4 || f == 0.5 ? ""
                : " " + Figures.format(f, "") + "-fold"));
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
            low = 100 * (low(c.to()) - high(c.from())) / high(c.from());
            high = 100 * (high(c.to()) - low(c.from())) / Math.max(low(c.from()), Double.MIN_VALUE);
            what = Figures.percent(100 * (c.to().value() - c.from().value()) / c.from().value());
        } else if (by.unit() == Unit.PERCENTAGE_POINTS && c.to().isPercent() || sameUnit(by, c.to())) {
            low = low(c.to()) - high(c.from());
            high = high(c.to()) - low(c.from());
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

    /** "the council's", "its": up to three words between "of" and the whole. */
    private static final String OF = "(?i)\\s+of\\s+(?:[\\p{L}'’.-]+\\s+){0,3}";

    /** Where the last figure follows: ", or 30%", " (30%)", ", some 300 people". */
    private static final String THEN = "(?i)[^.;]{0,40}?(?:,\\s*or|\\(|,)\\s*(?:about\\s+|some\\s+|around\\s+|nearly\\s+|almost\\s+)?";

    /**
     * A part, its whole and the share the part is, in either order: "12 of the 40 members, or 30%", "a quarter of its
     * 1,200 staff, some 300 people".
     */
    private static Optional<Verdict> ratio(List<Quantity> qs, String text, int base) {
        for (int i = 0; i + 2 < qs.size(); i++) {
            Quantity first = qs.get(i);
            Quantity whole = qs.get(i + 1);
            Quantity last = qs.get(i + 2);
            if (whole.isPercent() || first.isPercent() == last.isPercent()) {
                continue;
            }
            Quantity share = first.isPercent() ? first : last;
            Quantity part = first.isPercent() ? last : first;
            String of = between(text, base, first, whole);
            String then = between(text, base, whole, last);
            if (!sameUnit(part, whole) || of == null || then == null || !of.matches(OF) || !then.matches(THEN)) {
                continue;
            }
            double lowShare = 100 * low(part) / high(whole);
            double highShare = 100 * high(part) / Math.max(low(whole), Double.MIN_VALUE);
            Claimed said = Claimed.of(share);
            boolean holds = said.high() >= lowShare && said.low() <= highShare;
            return Optional.of(verdict(holds, part.text() + " of " + whole.text() + " is "
                    + Figures.percent(100 * part.value() / whole.value()) + ", and the claim says " + share.text()));
        }
        return Optional.empty();
    }

    /** The smallest true value a written figure stands for: its rounding, capped as {@link Tolerance#ROUNDING_CAP}. */
    private static double low(Quantity q) {
        return q.value() - rounding(q);
    }

    private static double high(Quantity q) {
        return q.upper() + rounding(q);
    }

    private static double rounding(Quantity q) {
        return Math.min(q.precision() / 2, Math.abs(q.value()) * Tolerance.ROUNDING_CAP);
    }

    private static String between(String text, int base, Quantity a, Quantity b) {
        int from = a.span().end() - base;
        int to = b.span().start() - base;
        return from < 0 || to > text.length() || from > to ? null : text.substring(from, to);
    }

    /** The same unit, or a bare figure that takes the other's ("to 2.8 million tonnes from 2 million"). */
    private static boolean sameUnit(Quantity a, Quantity b) {
        return a.unit() == b.unit() || bare(a) && !b.isPercent() || bare(b) && !a.isPercent();
    }

    private static boolean bare(Quantity q) {
        return q.unit() == Unit.NONE && q.unitText().isEmpty();
    }

    private static Verdict verdict(boolean holds, String finding) {
        String why = "The claim's own figures " + (holds ? "agree" : "disagree") + ": " + finding + ".";
        return new Verdict(holds ? VerdictStatus.SUPPORTED : VerdictStatus.CONTRADICTED, why,
                List.of(new Evidence(ARTICLE, "", "the article's own figures: " + finding)));
    }
}
