package org.assay.verify;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A loaded reference dataset: its manifest, where it was loaded from, and its rows.
 *
 * @param manifest what the data is
 * @param origin   where it was loaded from (a folder, or {@code bundled:} plus the pack folder)
 * @param rows     the rows that loaded (bad rows are left out and reported as {@link LoadProblem}s); for the bundled
 *                 pack, read on first use
 */
public record Dataset(Manifest manifest, String origin, List<Row> rows) {

    public Dataset {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(origin, "origin");
        rows = rows instanceof LazyRows ? rows : List.copyOf(rows);
    }

    public String id() {
        return manifest.id();
    }

    public String edition() {
        return manifest.edition();
    }

    public boolean isTotal(Row r) {
        return r.key().equals(manifest.key().total());
    }

    /** A row that lumps several places ("Other countries") or totals a group ("EUU"): never ranked among places. */
    public boolean isOther(Row r) {
        return manifest.key().others().contains(r.key()) || manifest.key().groups().containsKey(r.key());
    }

    /**
     * The row for one place (not the total, not an "other" lump), else the row of the group of that name
     * ("European Union").
     */
    public Optional<Row> row(String entity) {
        return rows.stream().filter(r -> r.entity().equals(entity) && !isTotal(r) && !isOther(r)).findFirst()
                .or(() -> rows.stream().filter(r -> r.entity().equals(entity)
                        && manifest.key().groups().containsKey(r.key())).findFirst());
    }

    public Optional<Row> total() {
        return rows.stream().filter(this::isTotal).findFirst();
    }

    /**
     * Entities with a figure for {@code m}, largest first; only those in {@code within} unless it is {@code null}.
     * Totals and "other" lumps are never ranked.
     */
    public List<Row> ranked(Measure m, Set<String> within) {
        return rows.stream()
                .filter(r -> !isTotal(r) && !isOther(r) && r.figure(m).isPresent())
                .filter(r -> within == null || within.contains(r.entity()))
                .sorted(Comparator.comparingDouble((Row r) -> r.figure(m).getAsDouble()).reversed())
                .toList();
    }

    /**
     * The measure of {@code metric} for {@code year}; with no year, the measure without a year (reserves) or the one
     * with the latest year (the figure current in this edition). Empty when this edition has no such figures.
     */
    public Optional<Measure> measure(String metric, Integer year) {
        List<Measure> ofMetric = manifest.measures().stream().filter(m -> m.metric().equals(metric)).toList();
        if (year != null) {
            return ofMetric.stream().filter(m -> year.equals(m.year())).findFirst()
                    .or(() -> ofMetric.stream().filter(m -> m.year() == null).findFirst());
        }
        return ofMetric.stream().filter(m -> m.year() == null).findFirst()
                .or(() -> ofMetric.stream().max(Comparator.comparingInt(Measure::year)));
    }

    /** The measure of {@code metric} for the year before {@code year}, for a change over one year. */
    public Optional<Measure> measureBefore(String metric, int year) {
        return manifest.measures().stream()
                .filter(m -> m.metric().equals(metric) && m.year() != null && m.year() < year)
                .max(Comparator.comparingInt(Measure::year));
    }

    /** For dated rows (polls): the date the row's fieldwork ended, else started; {@code null} when undated. */
    public LocalDate dateOf(Row r) {
        if (manifest.period() == null) {
            return null;
        }
        LocalDate end = r.date(manifest.period().end());
        return end != null ? end : r.date(manifest.period().start());
    }
}
