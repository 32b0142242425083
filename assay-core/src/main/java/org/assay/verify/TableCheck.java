package org.assay.verify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.assay.claim.Hedge;
import org.assay.claim.Rank;

/**
 * Checks a quantity, share, ranking or comparison against one edition of a table dataset (one row per country).
 * Stateless and thread-safe.
 */
final class TableCheck {

    private static final int NAMES_SHOWN = 6;

    Outcome check(Lookup l, Dataset d) {
        Optional<Measure> measure = d.measure(l.metric(), l.year());
        if (measure.isEmpty()) {
            return Outcome.undecided(publisher(d) + " has no " + l.metric() + " figures for " + l.year() + " in the "
                    + label(d) + " edition");
        }
        Measure m = measure.get();
        return switch (l.check()) {
            case QUANTITY -> quantity(l, d, m);
            case SHARE -> share(l, d, m);
            case RANKING -> ranking(l, d, m);
            case COMPARISON -> comparison(l, d, m);
            case GROWTH -> growth(l, d, m);
            default -> throw new IllegalArgumentException("not a table check: " + l.check());
        };
    }

    private Outcome quantity(Lookup l, Dataset d, Measure m) {
        if (l.entity() == null && !l.world()) {
            return Outcome.undecided("the claim names no country, so " + publisher(d) + "'s figures cannot be matched");
        }
        Optional<Row> row = l.world() ? d.total() : d.row(l.entity());
        String who = l.world() ? "the world" : l.entity();
        OptionalDouble v = row.flatMap(r -> Optional.of(r.figure(m))).orElse(OptionalDouble.empty());
        if (v.isEmpty()) {
            return Outcome.undecided(noFigure(d, m, who));
        }
        String qualifier = row.get().qualifier(m);
        String actual = (qualifier.isEmpty() ? "" : qualifier + " ") + Figures.format(v.getAsDouble(), m.unit());
        String finding = publisher(d) + " gives " + possessive(who) + " " + m.label() + " as " + actual
                + " (the claim: " + l.figure().words(m.unit()) + ")";
        String detail = who + ", " + m.label() + ": " + actual;
        if (l.figure().holds(v.getAsDouble())) {
            return Outcome.of(true, finding, detail).withActual(v.getAsDouble());
        }
        if (qualifier.matches("(?i)more than|over|at least|>") && l.figure().high() > v.getAsDouble()) {
            return new Outcome(VerdictStatus.NOT_ENOUGH_DATA, finding, detail);
        }
        return Outcome.of(false, finding, detail).withActual(v.getAsDouble());
    }

    /** A growth rate: its direction, and its size when the claim gives one ("grew 3.2%", "shrank"). */
    private Outcome growth(Lookup l, Dataset d, Measure m) {
        if (l.entity() == null && !l.world()) {
            return Outcome.undecided("the claim names no country, so " + publisher(d) + "'s figures cannot be matched");
        }
        Optional<Row> row = l.entity() == null ? d.total() : d.row(l.entity());
        String who = l.entity() == null ? "the world" : l.entity();
        OptionalDouble v = row.map(r -> r.figure(m)).orElse(OptionalDouble.empty());
        if (v.isEmpty()) {
            return Outcome.undecided(noFigure(d, m, who));
        }
        double rate = v.getAsDouble();
        boolean direction = l.direction() == 0 || (l.direction() > 0 ? rate > 0 : rate < 0);
        boolean holds = direction && (l.figure() == null || l.figure().holds(Math.abs(rate)));
        String said = (l.direction() > 0 ? "growth" : l.direction() < 0 ? "a fall" : "a change")
                + (l.figure() == null ? "" : " of " + l.figure().words("percent"));
        String finding = publisher(d) + " gives " + possessive(who) + " " + m.label() + " as "
                + Figures.format(rate, m.unit()) + " (the claim: " + said + ")";
        return Outcome.of(holds, finding, who + ", " + m.label() + ": " + Figures.format(rate, m.unit()))
                .withActual(l.direction() < 0 ? -rate : rate);
    }

    private Outcome share(Lookup l, Dataset d, Measure m) {
        if (l.entity() == null) {
            return Outcome.undecided("the claim names no country whose share could be worked out");
        }
        OptionalDouble v = d.row(l.entity()).map(r -> r.figure(m)).orElse(OptionalDouble.empty());
        if (v.isEmpty()) {
            return Outcome.undecided(noFigure(d, m, l.entity()));
        }
        Optional<Row> total = d.total();
        if (total.isEmpty() || total.get().figure(m).isEmpty()) {
            return Outcome.undecided(publisher(d) + " gives no world total for " + m.label());
        }
        double t = total.get().figure(m).getAsDouble();
        double share = 100 * v.getAsDouble() / t;
        String qualifier = total.get().qualifier(m);
        String finding = possessive(l.entity()) + " " + Figures.format(v.getAsDouble(), m.unit()) + " is "
                + (qualifier.isEmpty() ? "" : "at most ") + Figures.percent(share) + " of the world's " + m.label() + " ("
                + (qualifier.isEmpty() ? "" : qualifier + " ") + Figures.format(t, m.unit()) + ")";
        String detail = l.entity() + " " + Figures.format(v.getAsDouble(), m.unit()) + " of world "
                + Figures.format(t, m.unit()) + " = " + Figures.percent(share);
        boolean holds = l.figure().holds(share);
        if (!holds && qualifier.matches("(?i)more than|over|at least|>") && l.figure().low() < share) {
            return new Outcome(VerdictStatus.NOT_ENOUGH_DATA, finding, detail);
        }
        return Outcome.of(holds, finding, detail);
    }

    private Outcome ranking(Lookup l, Dataset d, Measure m) {
        Rank rank = l.rank();
        if (l.entity() == null) {
            return Outcome.undecided("the claim names no country whose rank could be checked");
        }
        if (d.manifest().key().fixed() != null) {
            return Outcome.undecided(publisher(d) + "'s table is about " + d.manifest().key().fixed()
                    + " alone, so it ranks nothing");
        }
        String where = l.regionName() == null ? "" : l.regionName().startsWith("outside ") ? " " + l.regionName()
                : " in " + l.regionName();
        if (l.region() != null && !l.region().contains(l.entity())) {
            return Outcome.undecided(l.entity() + " is not " + (where.startsWith(" outside") ? "" : "in ")
                    + l.regionName() + " as Assay's country list has it");
        }
        OptionalDouble v = d.row(l.entity()).map(r -> r.figure(m)).orElse(OptionalDouble.empty());
        if (v.isEmpty()) {
            return Outcome.undecided(noFigure(d, m, l.entity()));
        }
        List<Row> ranked = new ArrayList<>(d.ranked(m, l.region() == null ? null : new HashSet<>(l.region())));
        if (!rank.largestFirst()) {
            Collections.reverse(ranked);
        }
        double own = v.getAsDouble();
        List<Row> ahead = ranked.stream().filter(r -> rank.largestFirst() ? r.figure(m).getAsDouble() > own
                : r.figure(m).getAsDouble() < own).toList();
        int position = ahead.size() + 1;
        boolean holds = rank.hedge() == Hedge.AT_MOST ? position <= rank.position() : position == rank.position();
        if (holds && !rank.ahead().isEmpty()) {
            holds = ahead.stream().map(Row::entity).collect(Collectors.toSet()).containsAll(rank.ahead());
        }
        String order = rank.largestFirst() ? "" : " from the bottom";
        String finding = Figures.country(l.entity()) + " (" + Figures.format(own, m.unit()) + ") ranks " + Figures.ordinal(position)
                + order + where + " for " + subject(d) + m.label()
                + (ahead.isEmpty() ? "" : ", behind " + names(ahead));
        String detail = m.label() + where + ", " + m.unit() + ": " + ranked.stream()
                .limit(Math.max(position + 1, 3))
                .map(r -> r.key() + " " + Figures.format(r.figure(m).getAsDouble(), ""))
                .collect(Collectors.joining("; ")) + " (" + l.entity() + " " + Figures.ordinal(position) + " of "
                + ranked.size() + " with a figure)";
        return Outcome.of(holds, finding, detail);
    }

    private Outcome comparison(Lookup l, Dataset d, Measure m) {
        if (l.entity() == null || l.other() == null) {
            return Outcome.undecided("the claim does not name two countries to compare");
        }
        OptionalDouble a = d.row(l.entity()).map(r -> r.figure(m)).orElse(OptionalDouble.empty());
        OptionalDouble b = d.row(l.other()).map(r -> r.figure(m)).orElse(OptionalDouble.empty());
        if (a.isEmpty() || b.isEmpty()) {
            return Outcome.undecided(noFigure(d, m, a.isEmpty() ? l.entity() : l.other()));
        }
        double x = a.getAsDouble();
        double y = b.getAsDouble();
        double ratio = y == 0 ? Double.POSITIVE_INFINITY : x / y;
        boolean holds;
        if (l.figure() != null) {
            holds = !Double.isInfinite(ratio) && l.figure().holds(100 * ratio);
        } else if (l.multiple() > 0) {
            holds = l.atLeast() ? ratio >= l.multiple() * (1 - Tolerance.MULTIPLE)
                    : Math.abs(ratio - l.multiple()) <= l.multiple() * Tolerance.MULTIPLE;
        } else if (l.direction() < 0) {
            holds = l.atLeast() ? ratio <= 1 / Tolerance.SIGNIFICANT_RATIO : x < y;
        } else {
            holds = l.atLeast() ? ratio >= Tolerance.SIGNIFICANT_RATIO : x > y;
        }
        String finding = Figures.country(l.entity()) + " has " + Figures.format(x, m.unit()) + " of " + subject(d)
                + m.label() + " against " + possessive(l.other()) + " " + Figures.format(y, m.unit())
                + (Double.isInfinite(ratio) ? "" : " (" + Figures.format(Math.round(ratio * 100) / 100.0, "")
                + " times as much)");
        String detail = m.label() + ": " + l.entity() + " " + Figures.format(x, m.unit()) + "; " + l.other() + " "
                + Figures.format(y, m.unit());
        return Outcome.of(holds, finding, detail);
    }

    static String noFigure(Dataset d, Measure m, String who) {
        boolean listed = d.row(who).isPresent();
        return publisher(d) + (listed ? " gives no " : " lists no ") + subject(d) + m.metric()
                + " figure for " + who;
    }

    /** The subject before a measure's name ("rare earths "), or "" when the dataset names none of its own (GDP). */
    static String subject(Dataset d) {
        return d.manifest().subjectTerms().isEmpty() ? "" : d.manifest().subject() + " ";
    }

    static String publisher(Dataset d) {
        List<String> names = d.manifest().publisherNames();
        return names.isEmpty() ? d.manifest().publisher() : names.get(0);
    }

    /** "Mineral Commodity Summaries 2025" from the title "Mineral Commodity Summaries 2025: Rare Earths (...)". */
    static String label(Dataset d) {
        String t = d.manifest().title();
        int colon = t.indexOf(':');
        return colon > 0 ? t.substring(0, colon) : d.edition();
    }

    private static String possessive(String who) {
        return Figures.possessive(who);
    }

    private static String names(List<Row> rows) {
        List<String> shown = rows.stream().limit(NAMES_SHOWN).map(r -> Figures.country(r.entity())).toList();
        String list = Figures.and(shown);
        return rows.size() > NAMES_SHOWN ? list + " and " + (rows.size() - NAMES_SHOWN) + " others" : list;
    }
}
