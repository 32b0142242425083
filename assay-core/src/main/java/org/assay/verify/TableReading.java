package org.assay.verify;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.assay.article.Span;
import org.assay.claim.Change;
import org.assay.claim.ClaimParts;
import org.assay.claim.Comparison;
import org.assay.claim.Hedge;
import org.assay.claim.PlaceRef;
import org.assay.claim.Quantity;
import org.assay.claim.Rank;

/**
 * Reads a claim whose measure is in a table of places by year or by edition (World Bank indicators, USGS commodities,
 * a user's table) into its {@link Lookup}: which places, which check, which figures. What the claim states comes from
 * its {@link ClaimParts}; the claim's words are read only against the datasets' own measure and subject words. Used by
 * {@link ClaimReading}, which chooses the measure first. Immutable and thread-safe.
 */
final class TableReading {

    private final ReferenceData data;
    private final Vocabulary vocabulary;
    private final Places places = Places.bundled();
    private final MeasurePhrase phrase = MeasurePhrase.bundled();

    TableReading(ReferenceData data, Vocabulary vocabulary) {
        this.data = data;
        this.vocabulary = vocabulary;
    }

    /** Intensifiers and hedges that make a comparison's multiple or difference a floor ("far more", "over twice"). */
    private static final Set<String> FLOOR = Set.of("significantly", "far", "much", "considerably", "substantially",
            "vastly", "many times", "a lot", "more than", "over", "at least");

    /**
     * The lookup of a claim read against a table of places: a change, a ranking (against other places or the place's
     * own past), a ratio or comparison of two places, a rate, a share or a level. {@code text} is the claim's words
     * (its parts' spans start at {@code base}), {@code claimPlaces} the places it names (offsets into {@code text}),
     * {@code correctedPlaces} those of the claim it corrects, read when it names none.
     */
    Reading read(String text, int base, ClaimParts parts, List<Places.Found> claimPlaces,
                         List<Places.Found> correctedPlaces,
                         String family, String metric, List<Quantity> numbers, List<Rank> ranked, LocalDate asOf,
                         Integer claimYear, Integer sinceYear) {
        List<Places.Found> found = claimPlaces;
        if (found.isEmpty()) {
            found = correctedPlaces;
        }
        List<Places.Found> countries = found.stream().filter(f -> !f.region()).toList();
        Integer year = claimYear;
        boolean world = parts.world();
        Comparison comparison = parts.comparison();
        boolean comparative = comparison != null;
        Change said = parts.change();
        boolean up = said != null && said.direction() == Change.Direction.UP;
        boolean down = said != null && said.direction() == Change.Direction.DOWN;
        boolean multiplied = said != null && said.factor() != null;
        List<Quantity> percents = numbers.stream().filter(Quantity::isPercent).toList();
        List<Quantity> amounts = numbers.stream().filter(q -> !q.isPercent()).toList();
        String entity = countries.isEmpty() ? found.stream().filter(Places.Found::region).map(Places.Found::name)
                .findFirst().orElse(null) : countries.get(0).name();
        Dataset table = data.choose(family, asOf).current();
        if (entity == null && table.manifest().key().fixed() != null) {
            entity = table.manifest().key().fixed();
        }
        if (entity == null && !table.manifest().key().isCountry() && vocabulary.namesSubject(family, text)) {
            entity = onlyKey(table);
        }
        Measure named = table.measure(metric, year).orElse(null);
        boolean rate = named != null && (named.kind() == Measure.Kind.PERCENT || named.kind() == Measure.Kind.GROWTH);

        if (multiplied || (up || down) && !comparative && (ranked.isEmpty() || numbers.size() >= 2)) {
            return change(said, table, family, metric, entity, world, numbers, year, sinceYear);
        }
        if (!ranked.isEmpty() && ranked.get(0).past() != null
                && !placeAfter(ranked.get(0), base, found)) {
            return pastRank(ranked.get(0), table, family, metric, entity, world, year);
        }
        boolean fromHeadline = found.size() == 1 && found.get(0).start() == text.length();
        if (!ranked.isEmpty() && fromHeadline) {
            return Reading.skip(VerdictStatus.NOT_ENOUGH_DATA, "The claim ranks something but names no country; its "
                    + "article's headline names " + Figures.country(found.get(0).name()) + ", too weak a tie for a rank.");
        }
        if (!ranked.isEmpty()) {
            Rank rank = ranked.get(0);
            Reading notPlaces = rankedThing(text, rank, base, family, metric, found);
            if (notPlaces != null) {
                return notPlaces;
            }
            List<String> ahead = asCountries(rank.ahead());
            List<String> excluded = asCountries(rank.excluded());
            String subject = countries.stream().map(Places.Found::name)
                    .filter(n -> !ahead.contains(n) && !excluded.contains(n)).findFirst().orElse(null);
            List<String> region = null;
            String regionName = null;
            if (!excluded.isEmpty()) {
                regionName = "outside " + Figures.and(excluded);
                region = places.countries().stream().filter(c -> !excluded.contains(c)).toList();
            } else if (rank.scope() != null && places.isRegion(regionOf(rank.scope()))) {
                regionName = regionOf(rank.scope());
                region = List.copyOf(places.members(regionName, year));
            } else {
                Places.Found r = found.stream().filter(Places.Found::region).findFirst().orElse(null);
                if (r != null) {
                    regionName = r.name();
                    region = List.copyOf(places.members(r.name(), year));
                }
            }
            return Reading.of(new Lookup(Lookup.Check.RANKING, family, metric, subject, false, null,
                    new Rank(rank.position(), rank.hedge(), rank.superlative(), rank.largestFirst(), ahead,
                            rank.scope(), rank.text(), rank.span()), null, null, 0, false, 0, year, null, null, region,
                    regionName, "", false));
        }
        Places.Found ratioOf = ratioOf(parts, percents, countries);
        if (ratioOf != null && !comparative) {
            String a = countries.stream().filter(c -> c != ratioOf).map(Places.Found::name).findFirst().orElse(null);
            return Reading.of(new Lookup(Lookup.Check.COMPARISON, family, metric, a, false, ratioOf.name(), null,
                    Claimed.of(percents.get(0)), null, 0, false, 0, year, null, null, null, null, "", false));
        }
        if (comparative) {
            int at = comparison.thanStart() - base;
            String a = countries.stream().filter(c -> c.start() < at).map(Places.Found::name).findFirst().orElse(null);
            String b = countries.stream().filter(c -> c.start() >= at).map(Places.Found::name).findFirst().orElse(null);
            double multiple = comparison.factor() == null ? 0 : comparison.factor();
            boolean floor = FLOOR.contains(comparison.intensifier().toLowerCase(Locale.ROOT));
            int direction = !comparison.greater() && multiple == 0 ? -1 : 1;
            return Reading.of(new Lookup(Lookup.Check.COMPARISON, family, metric, a, false, b, null, null, null,
                    multiple, floor, direction, year, null, null, null, null, "", false));
        }
        if (rate && !percents.isEmpty() && !comparative && ranked.isEmpty() && said == null) {
            return Reading.of(new Lookup(Lookup.Check.QUANTITY, family, metric, entity, entity == null && world, null,
                    null, Claimed.of(percents.get(0)), null, 0, false, 0, year, null, null, null, null, "", false));
        }
        if (!percents.isEmpty() && (parts.share() || world)) {
            return Reading.of(new Lookup(Lookup.Check.SHARE, family, metric, entity, false, null, null,
                    Claimed.of(percents.get(0)), null, 0, false, 0, year, null, null, null, null, "", false));
        }
        if (!amounts.isEmpty()) {
            return Reading.of(new Lookup(Lookup.Check.QUANTITY, family, metric, entity, entity == null && world, null,
                    null, Claimed.of(amounts.get(0)), null, 0, false, 0, year, null, null, null, null, "", false));
        }
        return Reading.skip(VerdictStatus.NOT_ENOUGH_DATA, "The claim states no figure, rank or comparison that the "
                + data.subject(family) + " " + metric + " data could decide.");
    }

    /**
     * A change's lookup: its multiple and direction from the verb; its end figure the change's "to" (or its "by": a
     * percentage is read as the size of the change) and its start the change's "from", else the claim's other figures
     * in order (the first the end, the next the start: "reached 13,000 tonnes, up from 3,600").
     */
    private static Reading change(Change said, Dataset table, String family, String metric, String entity,
                                 boolean world, List<Quantity> numbers, Integer year, Integer since) {
        Measure m = table.measure(metric, year).orElse(null);
        boolean rateFigures = said.from() != null && said.from().isPercent() || said.to() != null && said.to().isPercent();
        if (m != null && m.kind() == Measure.Kind.LEVEL && !m.isPercent() && rateFigures) {
            return Reading.skip(VerdictStatus.UNCHECKED, "The claim's change is from or to a percentage, and the "
                    + metric + " figures are amounts, not rates.");
        }
        boolean multiplied = said.factor() != null;
        double multiple = multiplied ? said.factor() : 0;
        boolean floor = multiplied && (said.hedge() == Hedge.MORE_THAN || said.hedge() == Hedge.AT_LEAST);
        Quantity from = numbers.contains(said.from()) ? said.from() : null;
        Quantity to = numbers.contains(said.to()) ? said.to() : numbers.contains(said.by()) ? said.by() : null;
        for (Quantity q : numbers) {
            if (q == from || q == to) {
                continue;
            }
            if (to == null) {
                to = q;
            } else if (from == null) {
                from = q;
            }
        }
        int direction = multiplied ? (multiple >= 1 ? 1 : -1) : said.direction() == Change.Direction.UP ? 1
                : said.direction() == Change.Direction.DOWN ? -1 : 0;
        return Reading.of(new Lookup(Lookup.Check.CHANGE, family, metric, entity, entity == null && world, null, null,
                to == null ? null : Claimed.of(to), from == null ? null : Claimed.of(from), multiple, floor, direction,
                year, null, null, null, null, "", false, since));
    }

    /**
     * A growth claim ("the economy grew 3.2%", "Brazil's economy shrank in 2016"): a change said of a level whose
     * dataset also holds its growth rate (GDP growth for GDP) is read against that rate, not against the change of the
     * level (which would mix prices into real growth). Empty when the claim is no such claim.
     */
    Optional<Reading> growth(ClaimParts parts, Dataset d, String metric, String family, List<Quantity> numbers,
                                    List<Places.Found> found, Integer year) {
        Change c = parts.change();
        Measure level = d.measure(metric, year).orElse(null);
        if (c == null || c.factor() != null || level == null || parts.comparison() != null) {
            return Optional.empty();
        }
        Optional<Measure> rate = level.kind() == Measure.Kind.GROWTH ? Optional.of(level)
                : d.manifest().measures().stream().filter(m -> m.kind() == Measure.Kind.GROWTH
                && level.metric().equalsIgnoreCase(m.growthOf())).findFirst();
        if (rate.isEmpty()) {
            return Optional.empty();
        }
        List<Quantity> percents = numbers.stream().filter(Quantity::isPercent).toList();
        Quantity figure = c.by() != null && c.by().isPercent() ? c.by()
                : c.to() == null && c.from() == null && !percents.isEmpty() ? percents.get(0) : null;
        if (figure == null && (c.to() != null || c.from() != null || c.direction() == Change.Direction.NONE)) {
            return Optional.empty();
        }
        // "the population dropped below 140 million": a level reached, read against the level, not its growth.
        if (figure == null && numbers.stream().anyMatch(q -> !q.isPercent() && Units.fits(q, level))) {
            return Optional.empty();
        }
        List<Places.Found> countries = found.stream().filter(f -> !f.region()).toList();
        String entity = !countries.isEmpty() ? countries.get(0).name()
                : found.stream().map(Places.Found::name).findFirst().orElse(d.manifest().key().fixed());
        int direction = c.direction() == Change.Direction.UP ? 1 : c.direction() == Change.Direction.DOWN ? -1 : 0;
        return Optional.of(Reading.of(new Lookup(Lookup.Check.GROWTH, family, rate.get().metric(), entity,
                entity == null && parts.world(), null, null, figure == null ? null : Claimed.of(figure), null, 0, false,
                direction, year, null, null, null, null, "", false)));
    }

    /**
     * The country in "half of China's", "a third of that of Brazil": the whole the claim's share is of
     * ({@link ClaimParts#shareOf()}) opens with another country than the claim's, or null.
     */
    private static Places.Found ratioOf(ClaimParts parts, List<Quantity> percents, List<Places.Found> countries) {
        if (percents.isEmpty() || countries.size() < 2 || parts.wholePlace() == null) {
            return null;
        }
        String base = parts.wholePlace().name();
        return base == null || countries.stream().noneMatch(o -> !o.name().equals(base)) ? null
                : countries.stream().filter(c -> c.name().equals(base)).findFirst().orElse(null);
    }

    /** Words that leave a whole as the world's or a place's total, naming nothing of its own. */
    private static final Pattern TOTAL_WORDS = Pattern.compile("(?i)\\b(?:the|world['’]?s?|global|total|all|entire"
            + "|whole|earth['’]?s?|planet['’]?s?|its|their|combined|in|of|\\d[\\d.,]*)\\b|['’]s\\b");

    /**
     * A percentage of something other than the place's measure: "13% of South Africa's total exports" is a part of
     * the country's exports (the vehicle industry's), "20% of the 1,500 giant pandas in the world" a part of pandas.
     * No dataset holds either, so the claim is UNCHECKED; {@code null} when the percentage is of the measure itself
     * ("20% of the world's population", "70 percent of global production") or of nothing said. Reads the whole the
     * claim's parts give ({@link ClaimParts#shareOf()}) against the datasets' words and the gazetteer.
     */
    Reading partOf(Vocabulary.Hit hit, Measure measure, String place, ClaimParts parts) {
        String whole = parts.shareOf();
        if (whole == null || measure == null || measure.kind() != Measure.Kind.LEVEL
                || parts.quantities().stream().noneMatch(Quantity::isPercent)) {
            return null;
        }
        boolean sameMeasure = vocabulary.metrics(whole).stream().anyMatch(h -> h.family().equals(hit.family())
                && h.metric().equals(hit.metric()));
        PlaceRef owner = parts.wholePlace();
        boolean possessive = owner != null && owner.possessive();
        if (possessive && sameMeasure) {
            return Reading.skip(VerdictStatus.UNCHECKED, "The claim gives a part of " + Figures.possessiveOrNone(place)
                    + hit.metric() + " (\"of " + whole + "\"), which no dataset holds.");
        }
        boolean named = sameMeasure || !vocabulary.subjectSpans(hit.family(), whole).isEmpty()
                || owner != null || TOTAL_WORDS.matcher(whole).replaceAll(" ").isBlank();
        if (named || !parts.share() && !parts.world()) {
            return null;
        }
        return Reading.skip(VerdictStatus.UNCHECKED, "The claim's percentage is of \"" + whole + "\", not of "
                + Figures.possessiveOrNone(place) + hit.metric() + ".");
    }

    /**
     * A ranking of something other than places ("the world's largest port", "the biggest trading partner"): the checks
     * rank places, so the claim is UNCHECKED; {@code null} when what is ranked is a place or its measure ("Asia's
     * fourth-largest economy", "the world's fifth-largest reserves", "the largest in the world").
     */
    private Reading rankedThing(String text, Rank r, int base, String family, String metric, List<Places.Found> found) {
        Span rank = r.span().relativeTo(base);
        int end = Math.max(0, Math.min(rank.end(), text.length()));
        String words = r.ranked();
        if (words.isEmpty()) {
            return null;
        }
        boolean measure = vocabulary.metrics(words).stream().anyMatch(h -> h.family().equals(family))
                || !vocabulary.subjectSpans(family, words).isEmpty()
                || java.util.Arrays.stream(words.split("\\s+")).anyMatch(phrase::rankedPlaceWord)
                || found.stream().anyMatch(f -> f.start() >= end && f.start() <= end + words.length() + 1);
        return measure ? null : Reading.skip(VerdictStatus.UNCHECKED, "The claim ranks \"" + words + "\", not places by "
                + metric + ".");
    }

    /** Whether a place word or a place's name follows a ranking ("the largest producer for ten years"). */
    private boolean placeAfter(Rank r, int base, List<Places.Found> found) {
        Span rank = r.span().relativeTo(base);
        String words = r.ranked();
        return java.util.Arrays.stream(words.split("\\s+")).anyMatch(phrase::rankedPlaceWord)
                || found.stream().anyMatch(f -> f.start() >= rank.end() && f.start() <= rank.end() + words.length() + 1);
    }

    /**
     * A ranking of one place's figure against its own past ("inflation in 2022 was the highest since 1981"), checked
     * in a table with a figure per year; NOT_ENOUGH_DATA when the table has none or the words give no run of years.
     */
    private static Reading pastRank(Rank rank, Dataset table, String family, String metric, String entity,
                                   boolean world, Integer year) {
        Manifest.TimeAxis t = table.manifest().time();
        boolean yearly = table.manifest().isLong() && t != null && t.axis() == Manifest.Axis.YEAR;
        Integer since = year == null ? null : rank.past().since(year);
        if (!yearly || since == null) {
            return Reading.skip(VerdictStatus.NOT_ENOUGH_DATA, "The claim ranks a figure against earlier years (\""
                    + rank.text() + " … " + rank.past().text() + "\"), and " + (yearly ? "its words give no run of "
                    + "years to compare" : "the " + metric + " figures are not a series by year") + ".");
        }
        return Reading.of(new Lookup(Lookup.Check.PAST_RANK, family, metric, entity, entity == null && world, null, rank,
                null, null, 0, false, 0, year, null, null, null, null, "", false, since));
    }

    /**
     * A change named as a noun of another thing: "the rise in remittances helps protect the Mexican economy" tells of
     * remittances, not of the economy; {@code null} when the change is the measure's ("a fall in output") or a verb.
     */
    Reading changeOfAnother(String text, int base, Change said, String family, List<Places.Found> found) {
        if (said == null || said.of() == null) {
            return null;
        }
        Span verb = said.span().relativeTo(base);
        int at = verb.end() < 0 || verb.end() > text.length() ? -1 : text.indexOf(said.of(), verb.end());
        if (at < 0) {
            return null;
        }
        boolean measure = vocabulary.metrics(text).stream().anyMatch(h -> h.family().equals(family)
                && h.span().start() <= at && h.span().end() > at)
                || vocabulary.subjectSpans(family, text).stream().anyMatch(sp -> sp.start() <= at && sp.end() > at)
                || found.stream().anyMatch(f -> f.start() <= at && f.end() > at) || phrase.placeWord(said.of());
        return measure ? null : Reading.skip(VerdictStatus.UNCHECKED, "The claim's change (\"" + text.substring(
                verb.start(), at + said.of().length()) + "\") is of another thing than a place's measure.");
    }

    /** Names as the prose writes them ("the US", "Burma"), each as its canonical country when it is one. */
    private List<String> asCountries(List<String> names) {
        return names.stream().map(n -> places.country(n).orElse(n)).toList();
    }

    private static String regionOf(String scope) {
        return scope.replaceFirst("(?i)^the\\s+", "").strip();
    }

    /** The one thing a table's rows are about (a user's table of one company), or {@code null} when they are about more. */
    private static String onlyKey(Dataset d) {
        List<String> keys = d.rows().stream().map(Row::entity).distinct().limit(2).toList();
        return keys.size() == 1 ? keys.get(0) : null;
    }
}
