package org.assay.verify;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.assay.claim.Rank;

/**
 * What one claim asks of the reference data, read from its parts (see {@link ClaimReading}).
 *
 * @param check      which check decides it
 * @param family     the dataset family that holds the measure
 * @param metric     the measure's metric ("reserves")
 * @param entity     the canonical country the claim is about, or {@code null} (the world, or a poll's subject)
 * @param world      the claim is about the world total ("global production")
 * @param other      for a comparison: the country compared against, or {@code null}
 * @param rank       for a ranking: the asserted position
 * @param figure     the stated figure (quantity, share, poll percentage, or a change's end figure), or {@code null}
 * @param from       for a change: the stated starting figure, or {@code null}
 * @param multiple   for a change or comparison: the stated multiple ("tripled" 3, "twice" 2, "halved" 0.5), or 0
 * @param atLeast    the multiple or difference is a floor ("more than tripled", "significantly more")
 * @param direction  for a change or comparison: +1 up/more, -1 down/less, 0 not said
 * @param year       the year the claim refers to, or {@code null} (the latest figure)
 * @param when       the date a poll claim refers to (the article's date unless the claim says otherwise)
 * @param population for a poll: the people the claim says were asked ("Ukrainians" gives "Ukraine"), or {@code null}
 * @param region     for a ranking: the countries the ranking is within, or {@code null} for the world
 * @param regionName the region's name as said ("Europe"), or {@code null}
 * @param said       the words that named the metric ("approval rating"), or {@code ""}
 * @param negated    the claim denies what it states ("China is not the largest producer")
 * @param since      for a ranking against the past: the last year before the run of years the figure beats ("the
 *                   highest since 1981" 1981, "the lowest for 29 years" in 2004 1975), or {@code null}
 */
record Lookup(Check check, String family, String metric, String entity, boolean world, String other, Rank rank,
              Claimed figure, Claimed from, double multiple, boolean atLeast, int direction, Integer year,
              LocalDate when, String population, List<String> region, String regionName, String said, boolean negated,
              Integer since) {

    /** A lookup of any check but a ranking against the past. */
    Lookup(Check check, String family, String metric, String entity, boolean world, String other, Rank rank,
           Claimed figure, Claimed from, double multiple, boolean atLeast, int direction, Integer year,
           LocalDate when, String population, List<String> region, String regionName, String said, boolean negated) {
        this(check, family, metric, entity, world, other, rank, figure, from, multiple, atLeast, direction, year, when,
                population, region, regionName, said, negated, null);
    }

    /** The same lookup, negated or not. */
    Lookup negated(boolean n) {
        return new Lookup(check, family, metric, entity, world, other, rank, figure, from, multiple, atLeast, direction,
                year, when, population, region, regionName, said, n, since);
    }

    /** The same lookup with its stated figures widened by {@code points} either way (see {@link Claimed#widened}). */
    Lookup widened(double points) {
        return new Lookup(check, family, metric, entity, world, other, rank,
                figure == null ? null : figure.widened(points), from == null ? null : from.widened(points), multiple,
                atLeast, direction, year, when, population, region, regionName, said, negated, since);
    }

    /** The kinds of check, one per way a claim can rest on a table of figures. */
    enum Check { QUANTITY, SHARE, RANKING, PAST_RANK, COMPARISON, CHANGE, GROWTH, PERIOD, POLL }

    Lookup {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(metric, "metric");
        region = region == null ? null : List.copyOf(region);
        said = said == null ? "" : said;
    }
}
