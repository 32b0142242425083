package org.assay.verify;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a percentage against polls: the polls whose fieldwork ended in the {@link Tolerance#POLL_WINDOW_DAYS} before
 * the claim's date (none after the article's date: they were not known yet), the nearest of them, and their spread.
 * The claim holds when its figure, with its hedge, meets the spread widened by {@link Tolerance#POLL_MARGIN}.
 * Stateless and thread-safe.
 */
final class PollCheck {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    Outcome check(Lookup l, Dataset d, LocalDate asOf) {
        Manifest man = d.manifest();
        Optional<Measure> measure = d.measure(l.metric(), null);
        if (measure.isEmpty()) {
            return Outcome.undecided("the polls give no " + l.metric() + " figure");
        }
        Measure m = measure.get();
        if (l.population() != null && man.population() != null && !l.population().equals(man.population())) {
            return Outcome.undecided("the polls asked people in " + man.population() + ", not in " + l.population());
        }
        LocalDate ref = l.when() != null ? l.when()
                : d.rows().stream().filter(r -> r.figure(m).isPresent()).map(d::dateOf).filter(x -> x != null)
                .max(Comparator.naturalOrder()).orElse(LocalDate.MIN);
        String undated = l.when() != null ? "" : " (the article's date is unknown, so the latest polls were used)";
        LocalDate day = ref;
        LocalDate known = asOf == null ? ref : asOf;
        List<Row> polls = d.rows().stream()
                .filter(r -> r.figure(m).isPresent() && d.dateOf(r) != null && !d.dateOf(r).isAfter(known)
                        && !d.dateOf(r).isAfter(ref))
                .toList();
        List<Row> window = polls.stream()
                .filter(r -> ChronoUnit.DAYS.between(d.dateOf(r), day) <= Tolerance.POLL_WINDOW_DAYS).toList();
        String about = "% " + verb(m) + " " + man.subject();
        if (window.isEmpty()) {
            Optional<Row> last = polls.stream().max(Comparator.comparing(d::dateOf));
            return Outcome.undecided("no poll in the " + Tolerance.POLL_WINDOW_DAYS + " days before " + DAY.format(ref)
                    + last.map(r -> "; the latest before it, " + poll(d, r) + ", found "
                    + Figures.format(r.figure(m).getAsDouble(), "") + about).orElse(""));
        }
        Row nearest = window.stream().min(Comparator.comparing(r -> ChronoUnit.DAYS.between(d.dateOf(r), day)))
                .orElseThrow();
        double low = window.stream().mapToDouble(r -> r.figure(m).getAsDouble()).min().orElseThrow();
        double high = window.stream().mapToDouble(r -> r.figure(m).getAsDouble()).max().orElseThrow();
        boolean holds = l.figure().high() >= low - Tolerance.POLL_MARGIN
                && l.figure().low() <= high + Tolerance.POLL_MARGIN;
        String finding = "the nearest poll, " + poll(d, nearest) + ", found "
                + Figures.format(nearest.figure(m).getAsDouble(), "") + about
                + (window.size() > 1 ? "; the " + window.size() + " polls in the " + Tolerance.POLL_WINDOW_DAYS
                + " days before " + DAY.format(ref) + " range from " + Figures.format(low, "percent") + " to "
                + Figures.format(high, "percent") : "")
                + " (the claim: " + l.figure().words("percent") + ")" + alias(l, m) + undated;
        String detail = String.join("; ", window.stream().map(r -> poll(d, r) + ": "
                + Figures.format(r.figure(m).getAsDouble(), "percent")
                + (man.sourceColumn() == null ? "" : " (" + r.cell(man.sourceColumn()) + ")")).toList());
        return Outcome.of(holds, finding, detail);
    }

    /** "; the polls measure trust, which the claim calls approval rating" when the claim's word is another. */
    private static String alias(Lookup l, Measure m) {
        String said = l.said().toLowerCase(Locale.ROOT);
        return said.isEmpty() || said.contains(m.metric()) ? ""
                : "; the polls measure " + m.metric() + ", which the claim calls " + said;
    }

    private static String verb(Measure m) {
        return m.metric().equals("trust") ? "trust" : m.metric().equals("distrust") ? "distrust" : m.metric() + " of";
    }

    private static String poll(Dataset d, Row r) {
        Manifest.Period p = d.manifest().period();
        LocalDate start = r.date(p.start());
        LocalDate end = r.date(p.end());
        String dates = start == null || start.equals(end) ? DAY.format(end)
                : start.getMonth() == end.getMonth() && start.getYear() == end.getYear()
                ? start.getDayOfMonth() + "-" + DAY.format(end) : DAY.format(start) + " - " + DAY.format(end);
        return r.key() + " (fieldwork " + dates + ")";
    }
}
