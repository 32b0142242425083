package org.assay.verify;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Checks a change ("rose to 390,000 from 376,000", "fell", "more than tripled", "doubled"): between two years of one
 * edition when the measure has years (production), else between the previous edition and this one (reserves, which
 * publishers revise from edition to edition). Stateless and thread-safe.
 */
final class ChangeCheck {

    /** A change smaller than this share of the starting figure is no change at all: rounding noise. */
    private static final double FLAT = 0.005;

    /**
     * @param previous the family's edition before {@code d}, or {@code null}; used when the measure has no years
     * @param revised  whether {@code d}'s figures were published long after the claim and may have been revised since:
     *                 a rate whose change goes the claimed way but not by the claimed figures is then not refuted.
     *                 A change in a sum of money (not a price) is never refuted: its currency, prices, period and
     *                 coverage are seldom said.
     */
    Outcome check(Lookup l, Dataset d, Dataset previous, boolean revised) {
        if (l.entity() == null && !l.world()) {
            return Outcome.undecided("the claim names no country whose figures could be compared over time");
        }
        String who = l.world() ? "the world" : l.entity();
        Optional<Measure> to = d.measure(l.metric(), l.year());
        if (to.isEmpty()) {
            return Outcome.undecided(TableCheck.publisher(d) + " has no " + l.metric() + " figures for " + l.year());
        }
        Measure end = to.get();
        Dataset startData = d;
        Optional<Measure> from = end.year() == null ? Optional.empty() : l.since() != null
                ? d.measure(l.metric(), l.since()) : d.measureBefore(l.metric(), end.year());
        if (end.year() == null) {
            if (previous == null) {
                return Outcome.undecided(TableCheck.publisher(d) + " has only one edition loaded, so no change in "
                        + end.metric() + " can be seen");
            }
            startData = previous;
            from = previous.measure(l.metric(), null);
        }
        if (from.isEmpty()) {
            return Outcome.undecided(TableCheck.publisher(d) + " has no earlier " + end.metric() + " figure to compare");
        }
        OptionalDouble a = figure(startData, from.get(), l);
        OptionalDouble b = figure(d, end, l);
        if (a.isEmpty() || b.isEmpty()) {
            return Outcome.undecided(TableCheck.noFigure(a.isEmpty() ? startData : d, end, who));
        }
        double x = a.getAsDouble();
        double y = b.getAsDouble();
        double change = x == 0 ? Double.POSITIVE_INFINITY : (y - x) / x;
        int actual = Math.abs(change) < FLAT ? 0 : change > 0 ? 1 : -1;
        boolean holds = l.direction() == 0 || l.direction() == actual;
        boolean way = holds;
        if (l.multiple() > 0) {
            double ratio = x == 0 ? Double.POSITIVE_INFINITY : y / x;
            holds &= l.atLeast() ? ratio >= l.multiple() * (1 - Tolerance.MULTIPLE)
                    : Math.abs(ratio - l.multiple()) <= l.multiple() * Tolerance.MULTIPLE;
        }
        boolean rate = end.kind() == Measure.Kind.PERCENT || end.kind() == Measure.Kind.GROWTH;
        if (l.figure() != null) {
            // "fell by 2.6 percentage points" is the difference of the two rates; "rose 5%" a relative change.
            holds &= l.figure().points() && rate ? l.figure().holds(Math.abs(y - x))
                    : l.figure().percent() && !end.isPercent() ? l.figure().holds(Math.abs(change) * 100)
                    : l.figure().holds(y);
        }
        if (l.from() != null) {
            holds &= l.from().holds(x);
        }
        String start = end.year() == null ? "the " + TableCheck.label(startData) + " edition"
                : String.valueOf(from.get().year());
        String finish = end.year() == null ? "the " + TableCheck.label(d) + " edition" : String.valueOf(end.year());
        String verb = actual == 0 ? "barely changed," : actual > 0 ? "rose" : "fell";
        String finding = possessive(who) + " " + TableCheck.subject(d) + end.metric() + " " + verb + " from "
                + Figures.format(x, end.unit()) + " in " + start + " to " + Figures.format(y, end.unit()) + " in "
                + finish + (Double.isInfinite(change) ? "" : " (" + (change >= 0 ? "+" : "")
                + Figures.percent(change * 100) + ")") + (l.figure() == null || l.figure().percent() && !end.isPercent() ? ""
                : l.figure().points() && rate ? " (the claim: by " + l.figure().words("percentage points") + ")"
                : " (the claim: to " + l.figure().words(end.unit()) + ")");
        String detail = who + ", " + end.metric() + ": " + Figures.format(x, end.unit()) + " (" + start + ") → "
                + Figures.format(y, end.unit()) + " (" + finish + ")";
        if (!holds && Units.isMoney(end) && !end.unit().contains(" per ")) {
            return new Outcome(VerdictStatus.NOT_ENOUGH_DATA, finding + "; a change in money may be counted in another "
                    + "currency, at constant prices, over a month or a quarter, or of a wider total (goods and "
                    + "services), so figures in current dollars by year do not refute it", detail);
        }
        if (!holds && way && l.multiple() == 0 && revised && rate) {
            return new Outcome(VerdictStatus.NOT_ENOUGH_DATA, finding + "; the change goes the way the claim says, and "
                    + "the claim's figures may be first estimates or another definition", detail);
        }
        return Outcome.of(holds, finding, detail);
    }

    private static OptionalDouble figure(Dataset d, Measure m, Lookup l) {
        Optional<Row> row = l.world() && l.entity() == null ? d.total() : d.row(l.entity());
        return row.map(r -> r.figure(m)).orElse(OptionalDouble.empty());
    }

    private static String possessive(String who) {
        return who.equals("the world") ? "the world's" : Figures.possessive(who);
    }
}
