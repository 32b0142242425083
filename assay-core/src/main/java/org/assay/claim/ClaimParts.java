package org.assay.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a claim is made of, parsed for the checker. Every list is in text order and never null; every span points
 * into the article.
 *
 * @param quantities the figures in the claim, hedges and units parsed ("a dismal four percent" → 4 PERCENT EXACT)
 * @param ranks      the rankings ("the world's fifth-largest ... after China, Brazil, India and Australia")
 * @param subjects   the entities the claim is about: every entity named in the claim outside the compared side and the
 *                   ranked-ahead list, in text order; the first is the grammatical subject when the claim opens with it
 * @param comparison the comparison made, or {@code null}
 * @param change     the change reported, or {@code null}
 * @param metric     what is measured, normalised to a short word from a fixed vocabulary ("reserves", "production",
 *                   "exports", "approval", "trust", "population", "gdp" ...), or {@code null}
 * @param topic      the noun phrase around the metric as written ("rare earth metals reserves",
 *                   "resources of this kind", "approval rating"), or {@code null}
 * @param shareOf    for a share, the whole it is a share of ("global production" in "70 percent of global
 *                   production"), or {@code null}
 * @param year       the year the claim is about: written ("in 2024") or resolved from the article's date ("last
 *                   year", "this month", "last week"), or {@code null}
 * @param timeText   the time words as written ("in 2024", "last year", "this month"), or {@code null}
 * @param when       the day the claim speaks of when it is about one moment (a poll figure): the end of a named month
 *                   ("in December", "in March 2024") or of last month, else the article's date; {@code null} when
 *                   neither a month with its year nor the article's date is known
 * @param nearTop    "one of the largest", "among the world’s leading": a place near the top that the claim gives no
 *                   position for, or {@code null}; it is read only when {@code ranks} is empty
 * @param world      the claim speaks of the world as a whole ("world", "global", "worldwide", "total")
 * @param share      the claim calls a figure a part of a whole ("share", "of the world's", "of global", "of all")
 * @param negated    the claim denies its own statement ("is not the largest", "never", "no longer"); "not only",
 *                   "not least", "not just", "not even" are no denial
 * @param grain      the finest time the claim names: a day ("on Thursday"), a month ("in August", "last month"), a
 *                   quarter ("in the third quarter"), a year ("in 2004", "last year"), or {@code null} when it names none
 * @param day        for a day, the date it is ("on Thursday" in an article of Friday 2005-03-11 is 2005-03-10), else
 *                   {@code null}
 * @param average    the claim gives an average over its time ("averaged $1.47 in 2008", "on average")
 * @param places     the countries and groups of countries the claim names, in text order, as its {@link PlaceFinder}
 *                   found them (none when the claim was read without one), each tied to the analysis's entity when
 *                   the entity stage named one there
 * @param wholePlace for a share, the country its whole opens with ("Ukrainians" in "57% of Ukrainians", "China" in
 *                   "half of China’s", "Brazil" in "a third of that of Brazil"), or {@code null}
 * @param possessives the proper names the claim writes in the possessive ("Trump" in "Trump’s approval rating"), places
 *                   among them, each with the span of its name; no entity ids
 */
public record ClaimParts(List<Quantity> quantities, List<Rank> ranks, List<EntityRef> subjects, Comparison comparison,
                         Change change, String metric, String topic, String shareOf, Integer year, String timeText,
                         LocalDate when, NearTop nearTop, boolean world, boolean share, boolean negated,
                         TimeGrain grain, LocalDate day, boolean average, List<PlaceRef> places, PlaceRef wholePlace,
                         List<EntityRef> possessives) {

    public static final ClaimParts EMPTY = new ClaimParts(List.of(), List.of(), List.of(), null, null, null, null, null,
            null, null, null, null, false, false, false, null, null, false, List.of(), null, List.of());

    public ClaimParts {
        quantities = List.copyOf(Objects.requireNonNull(quantities, "quantities"));
        ranks = List.copyOf(Objects.requireNonNull(ranks, "ranks"));
        subjects = List.copyOf(Objects.requireNonNull(subjects, "subjects"));
        places = List.copyOf(Objects.requireNonNull(places, "places"));
        possessives = List.copyOf(Objects.requireNonNull(possessives, "possessives"));
    }

    public ClaimParts withSubjects(List<EntityRef> newSubjects) {
        return new ClaimParts(quantities, ranks, newSubjects, comparison, change, metric, topic, shareOf, year, timeText,
                when, nearTop, world, share, negated, grain, day, average, places, wholePlace, possessives);
    }

    /**
     * These parts with what they lack taken from {@code other}: the subjects when none are named, and the metric,
     * topic, share and year when unknown; the claim's own wording (ranks, figures, scope, denial, places) is kept. A correction ("it's well over 50 percent") is about what the claim it
     * corrects is about.
     */
    public ClaimParts filledFrom(ClaimParts other) {
        return new ClaimParts(quantities, ranks, subjects.isEmpty() ? other.subjects : subjects, comparison, change,
                metric == null ? other.metric : metric, topic == null ? other.topic : topic,
                shareOf == null ? other.shareOf : shareOf, year == null ? other.year : year,
                timeText == null ? other.timeText : timeText, when, nearTop, world, share, negated, grain, day, average,
                places, wholePlace, possessives);
    }

    /** Whether the claim's time is a start ("doubled since 2000", "has held rates since August"): a run to now. */
    public boolean sinceStart() {
        return TimeWords.startsRun(timeText);
    }

    /** True when the claim carries a figure, a ranking, a comparison or a change: something a dataset can decide. */
    public boolean isMeasurable() {
        return !quantities.isEmpty() || !ranks.isEmpty() || comparison != null || change != null;
    }
}
