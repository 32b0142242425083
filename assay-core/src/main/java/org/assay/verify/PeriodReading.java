package org.assay.verify;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.assay.claim.Change;
import org.assay.claim.ClaimParts;
import org.assay.claim.Quantity;
import org.assay.claim.Rank;
import org.assay.claim.TimeGrain;

/**
 * Reads a figure said of a day, a month or a quarter into a PERIOD {@link Lookup} against a series by day, month or
 * quarter (prices, exchange rates, Bank Rate, monthly CPI). Stateless.
 */
final class PeriodReading {

    private PeriodReading() {
    }

    /**
     * A figure said of a day, month or quarter, read against a series by day, month or quarter: the claim's day (or
     * none: the days before the article), its month, its quarter; its change's start and direction.
     */
    static Reading read(String text, ClaimParts parts, Dataset d, String family, String metric, List<Quantity> all,
                          String place, LocalDate asOf) {
        Measure measure = d.measure(metric, null).orElse(null);
        List<Quantity> numbers = all.stream().filter(q -> measure == null || Units.fits(q, measure)).toList();
        Change c = parts.change();
        Quantity figure = c != null && c.to() != null && numbers.contains(c.to()) ? c.to()
                : numbers.stream().filter(q -> c == null || q != c.from() && q != c.by()).findFirst().orElse(null);
        Quantity from = c != null && c.from() != null && numbers.contains(c.from()) ? c.from() : null;
        int direction = c == null ? 0 : c.direction() == Change.Direction.UP ? 1
                : c.direction() == Change.Direction.DOWN ? -1 : 0;
        if (figure == null && from == null) {
            return Reading.skip(VerdictStatus.NOT_ENOUGH_DATA, "The claim states no figure that "
                    + TableCheck.publisher(d) + "'s " + metric + " series could decide.");
        }
        if (c != null && parts.sinceStart() && parts.ranks().stream().noneMatch(r -> r.past() != null)) {
            return Reading.skip(VerdictStatus.NOT_ENOUGH_DATA, "The claim's change runs from a start to now (\""
                    + parts.timeText() + "\"), and changes over a run are read from yearly figures only.");
        }
        // "has held rates at 5.25% since August": the figure is today's.
        boolean held = (c == null || c.direction() == Change.Direction.NONE) && parts.sinceStart()
                && parts.ranks().stream().noneMatch(r -> r.past() != null);
        TimeGrain grain = held ? TimeGrain.DAY : parts.grain();
        LocalDate when = switch (grain == null ? TimeGrain.DAY : grain) {
            case DAY -> parts.day() != null && text.contains(parts.day().getMonth().getDisplayName(
                    java.time.format.TextStyle.FULL, Locale.ENGLISH)) ? parts.day() : null;
            case MONTH, QUARTER -> parts.when() == null ? null : parts.when().withDayOfMonth(1);
            default -> null;
        };
        String entity = d.manifest().key().fixed() != null ? d.manifest().key().fixed() : place;
        if (parts.grain() == TimeGrain.YEAR && parts.average() && parts.year() != null && figure != null && c == null) {
            // "the pound averaged $1.28 in 2024": the mean of the year's figures.
            return Reading.of(new Lookup(Lookup.Check.PERIOD, family, metric, entity, false, null, null,
                    Claimed.of(figure), null, 0, false, 0, parts.year(), null, null, null, null, "", false));
        }
        if (parts.grain() == TimeGrain.YEAR || parts.grain() == TimeGrain.WEEK) {
            return Reading.skip(VerdictStatus.NOT_ENOUGH_DATA, "The claim speaks of a "
                    + parts.grain().name().toLowerCase(Locale.ROOT) + " as a whole, and the " + metric
                    + " figures loaded are by " + d.manifest().time().axis().name().toLowerCase(Locale.ROOT) + ".");
        }
        Claimed stated = figure == null ? null : Claimed.of(figure);
        // "contracted at an 8.5% rate" is growth of -8.5%; "eased to 2.4%" names the rate it eased to.
        boolean fallRate = measure != null && measure.kind() == Measure.Kind.GROWTH && direction < 0 && from == null
                && stated != null && stated.value() > 0 && figure != c.to();
        // "the lowest since 1998": the figure's day is checked against every one after that year.
        Rank past = parts.ranks().stream().filter(r -> r.past() != null && r.past().sinceYear() != null)
                .findFirst().orElse(null);
        return Reading.of(new Lookup(Lookup.Check.PERIOD, family, metric, entity, false, null, past,
                fallRate ? stated.negative() : stated, from == null ? null : Claimed.of(from), 0, false, direction,
                null, when, null, null, null, "", false, past == null ? null : past.past().sinceYear()));
    }
}
