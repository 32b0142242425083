package org.assay.verify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks a figure said of a day, a month or a quarter against a series with one figure per day, month or quarter
 * (prices, policy rates): the figure on the day the claim names (or the last one before it), the figure of its month;
 * a claim that names no time is read against the days just before the article. A series whose figures hold until the
 * next row (a rate set on the days it changed) gives the figure in force. A change ("cut rates to 4.5% from 4.75%",
 * "rose to $55") is read against the figure before. Stateless and thread-safe.
 */
final class PeriodCheck {

    /**
     * A claim that names no day speaks of the days just before the article: a week covers a story written over a
     * weekend about "this week's" prices, and no older price is news.
     */
    static final int RECENT_DAYS = 7;

    /** A day's price may be missing (a holiday); the last figure up to five days before stands for it. */
    static final int GAP_DAYS = 5;

    Outcome check(Lookup l, Dataset d, LocalDate asOf) {
        Manifest.TimeAxis axis = d.manifest().time();
        Measure m = d.measure(l.metric(), null).orElse(null);
        if (m == null || axis == null) {
            return Outcome.undecided(TableCheck.publisher(d) + " has no " + l.metric() + " figures");
        }
        List<Row> rows = rows(d, l);
        if (rows.isEmpty()) {
            return Outcome.undecided(TableCheck.publisher(d) + " has no " + m.metric() + " figures for "
                    + (l.entity() == null ? "it" : l.entity()));
        }
        if (l.year() != null && l.when() == null) {
            return yearAverage(l, d, m, rows);
        }
        LocalDate asked = l.when() != null ? l.when() : asOf;
        if (asked != null && d.manifest().published() != null && asked.isAfter(d.manifest().published())) {
            // A rate set by decision holds until the next one, but a file cannot know of decisions after it came out.
            return Outcome.undecided(TableCheck.publisher(d) + "'s " + m.metric() + " figures end with the edition of "
                    + d.manifest().published() + ", before the time the claim speaks of");
        }
        List<Row> candidates = new ArrayList<>();
        String when;
        if (l.when() != null) {
            Optional<Row> at = at(rows, l.when(), axis);
            at.ifPresent(candidates::add);
            when = describe(l.when(), axis);
        } else if (asOf != null && axis.axis() == Manifest.Axis.DAY) {
            LocalDate from = asOf.minusDays(RECENT_DAYS);
            rows.stream().filter(r -> !r.time().isBefore(from) && !r.time().isAfter(asOf)).forEach(candidates::add);
            if (axis.step() || candidates.isEmpty()) {
                at(rows, asOf, axis).ifPresent(r -> {
                    if (!candidates.contains(r)) {
                        candidates.add(0, r);
                    }
                });
            }
            when = "in the week to " + asOf;
        } else {
            return Outcome.undecided("the claim does not say which " + axis.axis().name().toLowerCase(java.util.Locale.ROOT)
                    + " its figure is for");
        }
        candidates.removeIf(r -> r.figure(m).isEmpty());
        if (candidates.isEmpty()) {
            return Outcome.undecided(TableCheck.publisher(d) + " has no " + m.metric() + " figure " + when);
        }
        Row best = null;
        boolean holds = false;
        for (Row r : candidates) {
            boolean ok = holds(l, r, rows, m, axis.step());
            if (best == null || ok && !holds) {
                best = r;
                holds = ok;
            }
        }
        double v = best.figure(m).getAsDouble();
        String range = candidates.size() == 1 ? "" : " (" + Figures.format(min(candidates, m), m.unit()) + " to "
                + Figures.format(max(candidates, m), m.unit()) + " " + when + ")";
        Row before = previous(rows, best);
        String change = l.direction() == 0 && l.from() == null || before == null ? ""
                : ", after " + Figures.format(before.figure(m).getAsDouble(), m.unit()) + " on " + before.time();
        String of = d.manifest().key().fixed() == null && l.entity() != null ? l.entity() : null;
        String finding = TableCheck.publisher(d) + " gives " + (of == null ? "" : of + "'s ") + m.metric() + " as "
                + Figures.format(v, m.unit()) + (axis.axis() == Manifest.Axis.DAY ? " on " : " in ")
                + describe(best.time(), axis) + change + range + (l.figure() == null ? ""
                : " (the claim: " + l.figure().words(m.unit()) + ")");
        String detail = (of == null ? "" : of + ", ") + m.metric() + ", " + describe(best.time(), axis) + ": "
                + Figures.format(v, m.unit()) + change + range;
        if (l.since() != null && l.rank() != null) {
            PastRun run = pastRun(rows, best, m, l.since(), l.rank().largestFirst());
            holds &= run.holds();
            finding += run.finding();
            detail += run.finding();
        }
        if (!holds && l.when() == null && axis.axis() == Manifest.Axis.DAY && !axis.step()) {
            return new Outcome(VerdictStatus.NOT_ENOUGH_DATA, finding + "; the claim names no date, and a price of "
                    + "another day may be meant", detail);
        }
        if (!holds && l.when() == null && axis.step() && l.direction() == 0 && l.from() == null) {
            return new Outcome(VerdictStatus.NOT_ENOUGH_DATA, finding + "; the claim names no date and reports no "
                    + "decision, so a rate of another time may be meant", detail);
        }
        return Outcome.of(holds, finding, detail).withActual(v);
    }

    /**
     * "Averaged $1.28 in 2024": the mean of the year's figures, when they cover all twelve of its months (a month's
     * figure each, or days in every month).
     */
    private static Outcome yearAverage(Lookup l, Dataset d, Measure m, List<Row> rows) {
        List<Row> year = rows.stream().filter(r -> r.time().getYear() == l.year() && r.figure(m).isPresent()).toList();
        long months = year.stream().map(r -> r.time().getMonth()).distinct().count();
        if (months < 12) {
            return Outcome.undecided(TableCheck.publisher(d) + " has " + m.metric() + " figures for " + months
                    + " of the 12 months of " + l.year());
        }
        double mean = year.stream().mapToDouble(r -> r.figure(m).getAsDouble()).average().orElseThrow();
        String of = d.manifest().key().fixed() == null && l.entity() != null ? l.entity() + "'s " : "";
        String finding = "the " + year.size() + " " + d.manifest().time().axis().name().toLowerCase(java.util.Locale.ROOT)
                + "ly figures " + TableCheck.publisher(d) + " gives for " + of + m.metric() + " in " + l.year()
                + " average " + Figures.format(mean, m.unit()) + " (the claim: " + l.figure().words(m.unit()) + ")";
        String detail = (of.isEmpty() ? "" : l.entity() + ", ") + m.metric() + ", mean of " + year.size() + " figures of "
                + l.year() + ": " + Figures.format(mean, m.unit());
        return Outcome.of(l.figure().holds(mean), finding, detail).withActual(mean);
    }

    /** Whether a figure beats every one after a year, and the words that say so. */
    private record PastRun(boolean holds, String finding) {
    }

    /**
     * "The lowest since 1998": {@code best}'s figure is below (for {@code highest}, above) every figure from the year
     * after {@code since} to the row before it; the finding names the nearest rival.
     */
    private static PastRun pastRun(List<Row> rows, Row best, Measure m, int since, boolean highest) {
        double v = best.figure(m).getAsDouble();
        LocalDate from = LocalDate.of(since + 1, 1, 1);
        Row rival = null;
        for (Row r : rows) {
            if (r.time().isBefore(from) || !r.time().isBefore(best.time()) || r.figure(m).isEmpty()) {
                continue;
            }
            double x = r.figure(m).getAsDouble();
            if (rival == null || (highest ? x > rival.figure(m).getAsDouble() : x < rival.figure(m).getAsDouble())) {
                rival = r;
            }
        }
        if (rival == null) {
            return new PastRun(false, "; no figures between " + since + " and it to rank it against");
        }
        double x = rival.figure(m).getAsDouble();
        boolean beats = highest ? v > x : v < x;
        return new PastRun(beats, "; the " + (highest ? "highest" : "lowest") + " from " + (since + 1) + " until then was "
                + Figures.format(x, m.unit()) + " on " + rival.time());
    }

    /**
     * Whether one row makes the claim right: its figure, and the change from the row before when one is said. A rate
     * set by decision (a step series) is stated exactly: "5%" is not 4.75%.
     */
    private static boolean holds(Lookup l, Row r, List<Row> rows, Measure m, boolean step) {
        double v = r.figure(m).getAsDouble();
        Claimed figure = l.figure() == null || !step ? l.figure() : l.figure().exact();
        boolean ok = figure == null || figure.holds(v);
        if (l.direction() != 0 || l.from() != null) {
            Row before = previous(rows, r);
            if (before == null) {
                return false;
            }
            double b = before.figure(m).getAsDouble();
            ok &= l.direction() == 0 || (l.direction() > 0 ? v > b : v < b);
            ok &= l.from() == null || (step ? l.from().exact() : l.from()).holds(b);
        }
        return ok;
    }

    private static List<Row> rows(Dataset d, Lookup l) {
        String fixed = d.manifest().key().fixed();
        return d.rows().stream()
                .filter(r -> fixed != null || l.entity() != null && r.entity().equals(l.entity()))
                .sorted(Comparator.comparing(Row::time)).collect(Collectors.toList());
    }

    /** The row of the day, month or quarter that holds {@code day}; for days, the last up to {@link #GAP_DAYS} before. */
    private static Optional<Row> at(List<Row> rows, LocalDate day, Manifest.TimeAxis axis) {
        Row best = null;
        for (Row r : rows) {
            if (r.time().isAfter(day)) {
                break;
            }
            best = r;
        }
        if (best == null) {
            return Optional.empty();
        }
        LocalDate t = best.time();
        boolean inside = switch (axis.axis()) {
            case DAY -> axis.step() || !t.isBefore(day.minusDays(GAP_DAYS));
            case MONTH -> t.getYear() == day.getYear() && t.getMonth() == day.getMonth();
            case QUARTER -> t.getYear() == day.getYear() && (t.getMonthValue() - 1) / 3 == (day.getMonthValue() - 1) / 3;
            case YEAR -> t.getYear() == day.getYear();
        };
        return inside ? Optional.of(best) : Optional.empty();
    }

    /** The row before {@code r} (for a step series, the change before: repeated rates are not written). */
    private static Row previous(List<Row> rows, Row r) {
        int i = rows.indexOf(r);
        return i > 0 ? rows.get(i - 1) : null;
    }

    private static String describe(LocalDate t, Manifest.TimeAxis axis) {
        return switch (axis.axis()) {
            case DAY -> t.toString();
            case MONTH -> t.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " "
                    + t.getYear();
            case QUARTER -> t.getYear() + " Q" + ((t.getMonthValue() - 1) / 3 + 1);
            case YEAR -> String.valueOf(t.getYear());
        };
    }

    private static double min(List<Row> rows, Measure m) {
        return rows.stream().mapToDouble(r -> r.figure(m).getAsDouble()).min().orElse(0);
    }

    private static double max(List<Row> rows, Measure m) {
        return rows.stream().mapToDouble(r -> r.figure(m).getAsDouble()).max().orElse(0);
    }
}
