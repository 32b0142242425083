package org.assay.verify;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Checks a figure ranked against its own past in a table with a figure per year: "inflation in 2022 was the highest
 * since 1981" holds when every year from 1982 to 2021 was lower; "the lowest unemployment for 29 years" when each of
 * the 28 years before was higher. Stateless and thread-safe.
 */
final class PastRankCheck {

    Outcome check(Lookup l, Dataset d) {
        if (l.entity() == null && !l.world()) {
            return Outcome.undecided("the claim names no country whose past figures could be compared");
        }
        String who = l.world() ? "the world" : l.entity();
        Optional<Measure> at = d.measure(l.metric(), l.year());
        OptionalDouble now = at.isEmpty() ? OptionalDouble.empty() : figure(d, at.get(), l);
        if (now.isEmpty()) {
            return Outcome.undecided(at.isEmpty() ? TableCheck.publisher(d) + " has no " + l.metric() + " figures for "
                    + l.year() : TableCheck.noFigure(d, at.get(), who));
        }
        Measure m = at.get();
        double v = now.getAsDouble();
        boolean highest = l.rank().largestFirst();
        int first = l.since() + 1;
        int years = l.year() - first;
        if (years < 1) {
            return Outcome.undecided("the claim's run of years (since " + l.since() + ") holds no year before "
                    + l.year());
        }
        int missing = 0;
        Integer beatenBy = null;
        double beating = 0;
        Integer best = null;
        double bestValue = 0;
        for (int y = first; y < l.year(); y++) {
            Optional<Measure> my = d.measure(l.metric(), y);
            OptionalDouble u = my.isEmpty() ? OptionalDouble.empty() : figure(d, my.get(), l);
            if (u.isEmpty()) {
                missing++;
                continue;
            }
            double x = u.getAsDouble();
            if (best == null || (highest ? x > bestValue : x < bestValue)) {
                best = y;
                bestValue = x;
            }
            boolean beats = highest ? x > v + Math.abs(v) * Tolerance.PAST_RANK_TIE
                    : x < v - Math.abs(v) * Tolerance.PAST_RANK_TIE;
            if (beats && beatenBy == null) {
                beatenBy = y;
                beating = x;
            }
        }
        String word = highest ? "highest" : "lowest";
        String figureNow = possessive(who) + " " + m.metric() + " " + l.year() + " (" + Figures.format(v, m.unit()) + ")";
        String detail = who + ", " + m.metric() + ": " + Figures.format(v, m.unit()) + " (" + l.year() + ")"
                + (best == null ? "" : "; " + word + " of " + first + "-" + (l.year() - 1) + ": "
                + Figures.format(bestValue, m.unit()) + " (" + best + ")");
        if (beatenBy != null) {
            return Outcome.of(false, figureNow + " is not the " + word + " since " + l.since() + ": " + beatenBy
                    + " had " + Figures.format(beating, m.unit()), detail);
        }
        if (missing > years * Tolerance.PAST_RANK_GAPS) {
            return Outcome.undecided(TableCheck.publisher(d) + " lacks " + m.metric() + " figures for " + missing
                    + " of the " + years + " years from " + first + " to " + (l.year() - 1) + " for " + who);
        }
        return Outcome.of(true, figureNow + " is the " + word + " since " + l.since() + ": every year from " + first
                + " to " + (l.year() - 1) + " was " + (highest ? "lower" : "higher") + " (the " + word + " of them "
                + Figures.format(bestValue, m.unit()) + " in " + best + ")", detail);
    }

    private static OptionalDouble figure(Dataset d, Measure m, Lookup l) {
        Optional<Row> row = l.world() && l.entity() == null ? d.total() : d.row(l.entity());
        return row.map(r -> r.figure(m)).orElse(OptionalDouble.empty());
    }

    private static String possessive(String who) {
        return who.equals("the world") ? "the world's" : Figures.possessive(who);
    }
}
