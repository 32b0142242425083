package org.assay.verify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.assay.article.Span;
import org.assay.claim.Change;
import org.assay.claim.Claim;
import org.assay.claim.ClaimParts;
import org.assay.claim.Comparison;
import org.assay.claim.Hedge;
import org.assay.claim.NearTop;
import org.assay.claim.Quantity;
import org.assay.claim.Rank;
import org.assay.claim.TimeGrain;
import org.assay.claim.TimeWords;
import org.assay.claim.Unit;

/**
 * Turns a claim into a {@link Lookup}: which dataset family and metric, which country, the year or poll date, and the
 * kind of check (quantity, share, ranking, comparison, change, poll). Everything the claim states is read from its
 * {@link ClaimParts}, which the claim stage parses: figures, rankings, the comparison, the change, the time, world and
 * share words, a denial, the places it names ({@link ClaimParts#places()}) and the possessives ("Biden's approval").
 * The claim's words are read here only against what the loaded datasets alone know: their measure and subject words,
 * their publishers' names (masked, so "United States Geological Survey" is no country), and what stands right around
 * a measure's words ({@link MeasurePhrase}: "sales growth" is no country's growth).
 *
 * <p>Immutable and thread-safe.
 */
final class ClaimReading {

    /** A lookup, or why there is none: UNCHECKED (no dataset holds the measure) or NOT_ENOUGH_DATA. */
    record Result(Lookup lookup, VerdictStatus status, String reason) {
        static Result of(Lookup l) {
            return new Result(l, null, null);
        }

        static Result skip(VerdictStatus status, String reason) {
            return new Result(null, status, reason);
        }
    }

    /** Intensifiers and hedges that make a comparison's multiple or difference a floor ("far more", "over twice"). */
    private static final Set<String> FLOOR = Set.of("significantly", "far", "much", "considerably", "substantially",
            "vastly", "many times", "a lot", "more than", "over", "at least");
    /** Between a possessive name and the measure it holds: "’s approval", "'s job approval". */
    private static final Pattern HOLDER_GAP = Pattern.compile("['’]s\\s+(?:\\p{Ll}+\\s+){0,2}");

    private final ReferenceData data;
    private final Vocabulary vocabulary;
    private final Places places = Places.bundled();
    private final MeasurePhrase phrase = MeasurePhrase.bundled();

    private final LocalCurrency local;

    ClaimReading(ReferenceData data, Vocabulary vocabulary) {
        this.data = data;
        this.vocabulary = vocabulary;
        this.local = LocalCurrency.of(data.datasets(), places);
    }

    /**
     * Reads one claim.
     *
     * @param claim           the claim: its words, cited source and parts
     * @param base            the offset of the claim's words in the text its parts' spans point into (the claim's start
     *                        for a claim read from an article, 0 for a claim read from its words alone)
     * @param corrected       the claim that supplies the measure when the claim itself names none (the disputed claim
     *                        an article's correction answers: "(it's well over 50 percent)"), read through its parts,
     *                        or {@code null}
     * @param article         what the article names: the dataset families whose subject it names (a claim that
     *                        names no subject ("resources of this kind") can only be about one of these), and the one
     *                        country of its headline (a claim that names no place is about it)
     *                        ("resources of this kind") can only be about one of these
     */
    Result read(Claim claim, int base, LocalDate asOf, Claim corrected, ArticleContext article) {
        Set<String> articleSubjects = article.subjects();
        ClaimParts parts = claim.parts();
        List<Span> masked = masked(claim.text(), claim.citedSource(), placesOf(parts, base, List.of(), claim.text()));
        String text = blank(claim.text(), masked);
        String about = text;
        List<Places.Found> named0 = placesOf(parts, base, masked, text);
        List<Vocabulary.Hit> termsWritten = vocabulary.metrics(text);
        List<Vocabulary.Hit> all = termsWritten.isEmpty() ? implied(text, parts, base, asOf) : termsWritten;
        // A term such as "production" hits every commodity's family at one span: read each span once per subject.
        Set<String> textWords = Phrases.words(text);
        Map<String, Boolean> placeMeasure = new HashMap<>();
        Map<Span, Boolean> noOtherFigure = new HashMap<>();
        List<Vocabulary.Hit> hits = all.stream().filter(h -> {
            List<Span> own = vocabulary.subjectSpans(h.family(), text, textWords);
            return placeMeasure.computeIfAbsent(h.span().start() + " " + own, k -> phrase.namesThePlaceMeasure(text,
                    h.span().start(), named0, subjectWords(own, text)))
                    && noOtherFigure.computeIfAbsent(h.span(), sp -> phrase.anotherFigureInClause(text, sp).isEmpty());
        }).toList();
        Optional<String> another = all.isEmpty() ? Optional.empty() : phrase.anotherFigureInClause(text, all.get(0).span());
        if (hits.isEmpty() && another.isPresent()) {
            return Result.skip(VerdictStatus.UNCHECKED, "The claim's figure is another than " + all.get(0).metric()
                    + " (\"" + another.get() + "\"), which no dataset holds.");
        }
        if (hits.isEmpty() && !all.isEmpty()) {
            return Result.skip(VerdictStatus.UNCHECKED, "The claim's " + all.get(0).metric() + " words are of another "
                    + "thing (\"" + around(text, all.get(0).span()) + "\"), not of a place's " + all.get(0).metric() + ".");
        }
        boolean borrowed = hits.isEmpty() && corrected != null;
        List<Places.Found> aboutPlaces = named0;
        List<org.assay.claim.EntityRef> aboutPossessives = parts.possessives();
        int aboutBase = base;
        if (borrowed) {
            List<Span> maskedThere = masked(corrected.text(), null, List.of());
            about = blank(corrected.text(), maskedThere);
            aboutPlaces = placesOf(corrected.parts(), corrected.start(), maskedThere, about);
            aboutPossessives = corrected.parts().possessives();
            aboutBase = corrected.start();
            hits = vocabulary.metrics(about);
        }
        if (hits.isEmpty()) {
            return Result.skip(VerdictStatus.UNCHECKED, "No reference dataset holds the measure this claim is about.");
        }
        String words = about;
        Set<String> families = new LinkedHashSet<>();
        hits.forEach(h -> families.add(h.family()));
        List<String> anyNamed = families.stream().filter(f -> vocabulary.namesSubject(f, words)
                || vocabulary.keyNamed(f, words, true).isPresent() || currencyKey(f, parts, article.place()).isPresent())
                .toList();
        List<String> ownNamed = anyNamed.stream().filter(f -> vocabulary.namesOwnSubject(f, words)).toList();
        List<String> named = ownNamed.isEmpty() ? anyNamed : ownNamed;
        List<String> generic = families.stream().filter(vocabulary::generic).toList();
        List<String> specific = named.isEmpty() ? families.stream().filter(articleSubjects::contains).toList() : named;
        Set<String> union = new LinkedHashSet<>(specific);
        union.addAll(generic);
        List<String> candidates = List.copyOf(union);
        // "foreign exchange reserves" is a measure's words, not the exchange rates' subject "foreign exchange".
        Optional<String> other = vocabulary.otherSubject(borrowed ? words
                : blank(words, hits.stream().map(Vocabulary.Hit::span).toList()), families);
        if (named.isEmpty() && other.isPresent()) {
            return Result.skip(VerdictStatus.UNCHECKED, "No reference dataset has " + hits.get(0).metric()
                    + " figures for " + other.get() + ".");
        }
        if (candidates.isEmpty()) {
            return Result.skip(VerdictStatus.UNCHECKED, "Neither the claim nor its article names a subject a reference "
                    + "dataset covers (" + String.join(", ", families.stream().map(this::subject).distinct().toList())
                    + ").");
        }
        List<Quantity> numbers = parts.quantities().stream()
                .filter(q -> masked.stream().noneMatch(m -> m.overlaps(local(q.span(), base)))).toList();
        List<Rank> ranked = new ArrayList<>(parts.ranks());
        NearTop near = parts.nearTop();
        if (ranked.isEmpty() && near != null) {
            ranked.add(new Rank(Tolerance.ONE_OF_THE_TOP, Hedge.AT_MOST, near.superlative(), true, List.of(), null,
                    near.text(), near.span()));
        }
        boolean anchored = !borrowed && (!ranked.isEmpty() || !numbers.isEmpty() || parts.change() != null);
        int anchor = borrowed ? 0 : !ranked.isEmpty() ? ranked.get(0).span().start() - base
                : !numbers.isEmpty() ? numbers.get(0).span().start() - base
                : parts.change() != null ? parts.change().span().start() - base : 0;
        List<Quantity> stated = numbers;
        List<Places.Found> written = named0;
        List<Places.Found> places0 = !written.isEmpty() || article.place() == null || parts.world() ? written
                : List.of(new Places.Found(article.place(), text.length(), text.length(), false));
        String place = places0.isEmpty() ? null : places0.get(0).name();
        Map<String, Dataset> currentOf = new HashMap<>();
        candidates.forEach(f -> currentOf.put(f, data.choose(f, asOf).current()));
        // A table without a row for the currency (or other key) the claim names serves it worse than one with it.
        Map<String, Integer> keyFit = new HashMap<>();
        candidates.forEach(f -> keyFit.put(f, vocabulary.keyNamed(f, text, !termsWritten.isEmpty())
                .or(() -> currencyKey(f, parts, place)).map(k -> currentOf.get(f).row(k).isPresent() ? 0 : 1)
                .orElse(0)));
        // "the budget deficit was 7% of GDP": the whole a share is of names the unit, not the measure.
        int whole = parts.shareOf() == null ? -1 : text.indexOf(parts.shareOf());
        Vocabulary.Hit hit = hits.stream().filter(h -> candidates.contains(h.family()))
                .filter(h -> placeAllowed(currentOf.get(h.family()), place, claim.text()))
                .min(java.util.Comparator.comparingInt((Vocabulary.Hit h) -> whole >= 0 && h.span().start() >= whole
                                && h.span().end() <= whole + parts.shareOf().length() ? 1 : 0)
                        .thenComparingInt(h -> Math.abs(h.span().start() - anchor))
                        .thenComparingInt(h -> named.contains(h.family()) ? 0 : 1)
                        .thenComparingInt(h -> unitFit(currentOf.get(h.family()), h.metric(), stated))
                        .thenComparingInt(h -> keyFit.get(h.family()))
                        // a ranking needs a table of many places, not one country's own series
                        .thenComparingInt(h -> ranked.stream().anyMatch(r -> r.past() == null)
                                && currentOf.get(h.family()).manifest().key().fixed() != null ? 1 : 0)
                        .thenComparingInt(h -> -grainFit(currentOf.get(h.family()), parts.grain()))
                        .thenComparingInt(h -> -fit(currentOf.get(h.family()), place))
                        .thenComparingInt(h -> specific.contains(h.family()) ? 0 : 1))
                .orElse(null);
        if (hit != null && anchored && Math.abs(hit.span().start() - anchor) > Tolerance.TERM_DISTANCE) {
            return Result.skip(VerdictStatus.UNCHECKED, "The words naming " + hit.metric() + " stand too far from the "
                    + "claim's figure or verb to say the figure is of it.");
        }
        if (hit == null) {
            return Result.skip(VerdictStatus.NOT_ENOUGH_DATA, "The datasets that hold " + hits.get(0).metric()
                    + " figures are each about one country, and the claim names neither it nor their publisher.");
        }
        List<String> specificLeft = specific.stream().filter(f -> !generic.contains(f)).toList();
        if (named.isEmpty() && !generic.contains(hit.family())
                && specificLeft.stream().map(this::subject).distinct().count() > 1) {
            return Result.skip(VerdictStatus.UNCHECKED, "The claim does not say what its " + hit.metric()
                    + " figure is of, and more than one dataset has one.");
        }
        String family = hit.family();
        Optional<String> key = vocabulary.keyNamed(family, text, !termsWritten.isEmpty())
                .or(() -> currencyKey(family, parts, place));
        List<Places.Found> where = key.isPresent()
                ? List.of(new Places.Found(key.get(), 0, 0, false)) : places0;
        String placeOrKey = key.orElse(place);
        ReferenceData.Choice choice = data.choose(family, asOf);
        if (choice.current().manifest().isSeries()) {
            return poll(about, aboutPossessives, aboutBase, family, hit, parts, numbers.stream().filter(q -> q.unit() == Unit.PERCENT
                    || q.unit() == Unit.NONE).toList(), asOf, !named.isEmpty());
        }
        Dataset current = choice.current();
        Measure measure = current.measure(hit.metric(), null).orElse(null);
        Manifest.TimeAxis axis = current.manifest().time();
        boolean averaged = axis != null && !axis.step() && axis.axis() != Manifest.Axis.DAY && current.manifest()
                .measures().stream().anyMatch(m -> m.metric().equals(hit.metric()) && Units.isPrice(m));
        boolean noPeriodNamed = parts.year() == null && parts.when() == null; // no time, and no article date
        if (averaged && !parts.average() && (parts.grain() == null || parts.grain() == TimeGrain.DAY
                || parts.grain() == TimeGrain.WEEK || since(parts) || noPeriodNamed)) {
            return Result.skip(VerdictStatus.NOT_ENOUGH_DATA, "The claim gives a price or rate of one day"
                    + (since(parts) ? " (a change to today's)" : "") + ", and " + publisherOf(current) + " gives "
                    + hit.metric() + " as averages by " + axis.axis().name().toLowerCase(Locale.ROOT) + " only.");
        }
        numbers = numbers.stream().filter(q -> !countsTime(q) || measure != null && measure.unit().equals("years"))
                .toList();
        List<Quantity> fitting = numbers.stream().filter(q -> measure == null || Units.fits(q, measure)
                || q.isPercent()).toList();
        List<Quantity> amounts = numbers.stream().filter(q -> !q.isPercent()).toList();
        boolean noneFits = !amounts.isEmpty() && amounts.stream().noneMatch(q -> measure == null || Units.fits(q, measure));
        if (noneFits || fitting.isEmpty() && !numbers.isEmpty() && ranked.isEmpty() && parts.change() == null) {
            Quantity q = noneFits ? amounts.get(0) : numbers.get(0);
            return Result.skip(Units.isCurrency(q) && Units.isMoney(measure) ? VerdictStatus.NOT_ENOUGH_DATA
                            : VerdictStatus.UNCHECKED,
                    "The claim's figure (\"" + q.text() + "\") is not in the unit of " + publisherOf(current) + "'s "
                            + hit.metric() + " figures (" + measure.unitName() + ").");
        }
        // A figure in the measure's own unit ("450 million people") before a bare count ("27 member states").
        numbers = fitting.stream().sorted(java.util.Comparator.comparingInt((Quantity q) -> q.unit() == Unit.NONE
                || q.isPercent() || q.unit() == Unit.PERCENTAGE_POINTS ? 1 : 0)).toList();
        if (measure != null && measure.kind() == Measure.Kind.LEVEL && parts.shareOf() != null && !parts.world()
                && measure.terms().stream().anyMatch(t -> parts.shareOf().toLowerCase(Locale.ROOT)
                .contains(t.toLowerCase(Locale.ROOT)))) {
            return Result.skip(VerdictStatus.UNCHECKED, "The claim gives a part of " + possessiveOrNot(place)
                    + hit.metric() + " (\"" + parts.shareOf() + "\"), which no dataset holds.");
        }
        Result part = partOf(hit, measure, place, parts);
        if (part != null) {
            return part;
        }
        Result otherChange = changeOfAnother(text, base, parts.change(), hit.family(), written);
        if (otherChange != null) {
            return otherChange;
        }
        boolean pastRun = parts.ranks().stream().anyMatch(r -> r.past() != null);
        Integer year = pastRun && since(parts) ? null : parts.year();
        Integer sinceYear = null;
        if (current.manifest().isLong() && current.manifest().time().axis() != Manifest.Axis.YEAR) {
            Result r = period(text, parts, current, family, hit.metric(), numbers, placeOrKey, asOf);
            boolean rate = measure != null && measure.kind() != Measure.Kind.LEVEL && measure.kind() != Measure.Kind.INDEX;
            return r.lookup() != null && rate && revisedSince(current, asOf)
                    ? Result.of(r.lookup().widened(Tolerance.REVISION_POINTS)) : r;
        }
        if (current.manifest().isLong()) {
            if (parts.grain() == TimeGrain.MONTH || parts.grain() == TimeGrain.QUARTER
                    || parts.grain() == TimeGrain.WEEK || parts.grain() == TimeGrain.DAY) {
                return Result.skip(VerdictStatus.NOT_ENOUGH_DATA, "The claim is about a "
                        + parts.grain().name().toLowerCase(Locale.ROOT) + ", and " + publisherOf(current)
                        + " gives " + hit.metric() + " figures for whole years only.");
            }
            if (parts.change() == null && since(parts) && !pastRun) {
                return Result.skip(VerdictStatus.NOT_ENOUGH_DATA, "The claim speaks of a run of years (\""
                        + parts.timeText() + "\") as a whole, and " + publisherOf(current) + " gives " + hit.metric()
                        + " year by year.");
            }
            if (year == null && parts.change() != null && since(parts) && !pastRun) {
                return Result.skip(VerdictStatus.NOT_ENOUGH_DATA, "The claim's change runs over years it does not "
                        + "count (\"" + parts.timeText() + "\").");
            }
            if (year != null && asOf != null && parts.change() != null && since(parts) && !pastRun) {
                sinceYear = year;
                year = asOf.getYear() - 1;
            }
            if (year == null && asOf != null) {
                year = asOf.getYear() - 1;
            }
            if (year != null && asOf != null && year >= asOf.getYear()) {
                return Result.skip(VerdictStatus.NOT_ENOUGH_DATA, "The claim is about " + year + ", which had not "
                        + "ended on the article's date, and " + publisherOf(current) + " gives figures for whole years.");
            }
        }
        Optional<Result> growth = growth(parts, current, hit.metric(), family, numbers, where, year);
        if (growth.isPresent() && sinceYear != null && growth.get().lookup() != null) {
            return Result.skip(VerdictStatus.NOT_ENOUGH_DATA, "The claim gives growth over the years " + sinceYear
                    + "-" + year + ", and " + publisherOf(current) + " gives growth year by year.");
        }
        Result table = growth.isPresent() ? growth.get() : table(text, base, parts, where, borrowed ? aboutPlaces : List.of(), family,
                hit.metric(), numbers, ranked, asOf, year, sinceYear);
        if (table.lookup() == null) {
            return table;
        }
        Lookup l = table.lookup().negated(parts.negated());
        Measure checked = current.measure(l.metric(), l.year()).orElse(null);
        boolean rate = checked != null && checked.kind() != Measure.Kind.LEVEL && checked.kind() != Measure.Kind.INDEX;
        return Result.of(rate && revisedSince(current, asOf) ? l.widened(Tolerance.REVISION_POINTS) : l);
    }

    /**
     * The measure a claim names only by its subject and its figure's unit: "Brent closed at $73.81" is Brent's price,
     * "gold fell 15%" gold's price, since each of those datasets has one measure in dollars. A hit on the subject's
     * words for each family whose current dataset has exactly one measure the claim's first figure fits (for a
     * percentage with a change verb, exactly one measure of levels); none when the subject's measures are several
     * ("170,000 tonnes of cobalt": production or reserves).
     */
    private List<Vocabulary.Hit> implied(String text, ClaimParts parts, int base, LocalDate asOf) {
        Quantity first = parts.quantities().isEmpty() ? null : parts.quantities().get(0);
        if (first == null) {
            return List.of();
        }
        List<Vocabulary.Hit> out = new ArrayList<>();
        Set<String> named = new LinkedHashSet<>(vocabulary.subjectsNamed(text));
        named.addAll(vocabulary.keysNamed(text));
        for (String family : named) {
            List<Span> spans = vocabulary.subjectSpans(family, text);
            if (spans.isEmpty()) {
                spans = vocabulary.keySpan(family, text, false).map(List::of).orElse(List.of());
            }
            if (spans.isEmpty()) {
                continue;
            }
            Dataset d = data.choose(family, asOf).current();
            List<String> metrics = d.manifest().measures().stream().map(Measure::metric).distinct().toList();
            List<String> fitting = d.manifest().measures().stream()
                    .filter(m -> first.isPercent() ? parts.change() != null && m.kind() == Measure.Kind.LEVEL
                            : Units.fits(first, m) && m.kind() == Measure.Kind.LEVEL)
                    .map(Measure::metric).distinct().toList();
            if (fitting.size() == 1 && (!first.isPercent() || metrics.size() == 1)) {
                out.add(new Vocabulary.Hit(family, fitting.get(0), spans.get(0)));
            }
        }
        return out;
    }

    /**
     * "The dollar averaged 158 yen" names the yen's row of a table keyed by currency: the code of the claim's first
     * figure when it is a rate in another currency than the dollar, a plain number with no "million" or "bn" (a sum
     * such as "£600m" is no exchange rate); "100 rupees" in an article on Sri Lanka is Sri Lanka's rupee.
     */
    private Optional<String> currencyKey(String family, ClaimParts parts, String place) {
        Quantity q = parts.quantities().stream().filter(x -> !x.isPercent()).findFirst().orElse(null);
        boolean rate = q != null && q.unit().isCurrency() && q.unit() != Unit.USD && q.value() < MAX_RATE
                && !Units.scaled(q);
        return rate ? local.code(q, place).filter(code -> vocabulary.hasKey(family, code)) : Optional.empty();
    }

    /** More units of a currency per dollar than any currency the bundled rates hold has been quoted at. */
    private static final double MAX_RATE = 100_000;

    /** Whether the claim's time is a start ("doubled since 2000"): its change runs from that year to the latest. */
    private static boolean since(ClaimParts parts) {
        return TimeWords.startsRun(parts.timeText());
    }

    /**
     * Whether a family's subject words ({@code own}, where they stand in {@code text}) cover an offset of {@code text},
     * or subject words of another family that go on from this family's ("oil" in "US crude oil", where "US crude" is
     * WTI's and "crude oil" Brent's).
     */
    private java.util.function.IntPredicate subjectWords(List<Span> own, String text) {
        return at -> own.stream().anyMatch(sp -> sp.start() <= at && sp.end() > at)
                || own.stream().anyMatch(o -> o.end() > at - 2 && o.end() <= at)
                && vocabulary.anySubjectSpans(text).stream().anyMatch(sp -> sp.start() <= at && sp.end() > at
                        && own.stream().anyMatch(o -> o.end() > sp.start() && o.start() < sp.start()));
    }

    /** The word before a span and the span: "sales growth". */
    private static String around(String text, Span s) {
        String before = text.substring(0, s.start()).stripTrailing();
        int from = Math.max(before.lastIndexOf(' '), 0);
        return text.substring(from, s.end()).strip();
    }

    /** "three months", "a 40-year low", "two decades": a span of time, never a measure's figure but a life's. */
    private static boolean countsTime(Quantity q) {
        return q.unit() == Unit.NONE && q.unitText().toLowerCase(Locale.ROOT)
                .matches("(?:consecutive\\s+|straight\\s+)?(?:month|year|quarter|week|day|decade|hour)s?");
    }

    /** Whether a long table was taken more than a year after the article: its figures may have been revised since. */
    static boolean revisedSince(Dataset d, LocalDate asOf) {
        Manifest.TimeAxis t = d.manifest().time();
        boolean statistics = t != null && (t.axis() == Manifest.Axis.YEAR || t.axis() == Manifest.Axis.QUARTER);
        return statistics && asOf != null
                && d.manifest().published().isAfter(asOf.plusDays(ReferenceVerifier.EDITION_GRACE_DAYS));
    }

    private Result table(String text, int base, ClaimParts parts, List<Places.Found> claimPlaces,
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
            return Result.skip(VerdictStatus.NOT_ENOUGH_DATA, "The claim ranks something but names no country; its "
                    + "article's headline names " + Figures.country(found.get(0).name()) + ", too weak a tie for a rank.");
        }
        if (!ranked.isEmpty()) {
            Rank rank = ranked.get(0);
            Result notPlaces = rankedThing(text, rank, base, family, metric, found);
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
            return Result.of(new Lookup(Lookup.Check.RANKING, family, metric, subject, false, null,
                    new Rank(rank.position(), rank.hedge(), rank.superlative(), rank.largestFirst(), ahead,
                            rank.scope(), rank.text(), rank.span()), null, null, 0, false, 0, year, null, null, region,
                    regionName, "", false));
        }
        Places.Found ratioOf = ratioOf(parts, percents, countries);
        if (ratioOf != null && !comparative) {
            String a = countries.stream().filter(c -> c != ratioOf).map(Places.Found::name).findFirst().orElse(null);
            return Result.of(new Lookup(Lookup.Check.COMPARISON, family, metric, a, false, ratioOf.name(), null,
                    Claimed.of(percents.get(0)), null, 0, false, 0, year, null, null, null, null, "", false));
        }
        if (comparative) {
            int at = comparison.thanStart() - base;
            String a = countries.stream().filter(c -> c.start() < at).map(Places.Found::name).findFirst().orElse(null);
            String b = countries.stream().filter(c -> c.start() >= at).map(Places.Found::name).findFirst().orElse(null);
            double multiple = comparison.factor() == null ? 0 : comparison.factor();
            boolean floor = FLOOR.contains(comparison.intensifier().toLowerCase(Locale.ROOT));
            int direction = !comparison.greater() && multiple == 0 ? -1 : 1;
            return Result.of(new Lookup(Lookup.Check.COMPARISON, family, metric, a, false, b, null, null, null,
                    multiple, floor, direction, year, null, null, null, null, "", false));
        }
        if (rate && !percents.isEmpty() && !comparative && ranked.isEmpty() && said == null) {
            return Result.of(new Lookup(Lookup.Check.QUANTITY, family, metric, entity, entity == null && world, null,
                    null, Claimed.of(percents.get(0)), null, 0, false, 0, year, null, null, null, null, "", false));
        }
        if (!percents.isEmpty() && (parts.share() || world)) {
            return Result.of(new Lookup(Lookup.Check.SHARE, family, metric, entity, false, null, null,
                    Claimed.of(percents.get(0)), null, 0, false, 0, year, null, null, null, null, "", false));
        }
        if (!amounts.isEmpty()) {
            return Result.of(new Lookup(Lookup.Check.QUANTITY, family, metric, entity, entity == null && world, null,
                    null, Claimed.of(amounts.get(0)), null, 0, false, 0, year, null, null, null, null, "", false));
        }
        return Result.skip(VerdictStatus.NOT_ENOUGH_DATA, "The claim states no figure, rank or comparison that the "
                + subject(family) + " " + metric + " data could decide.");
    }

    /**
     * A change's lookup: its multiple and direction from the verb; its end figure the change's "to" (or its "by": a
     * percentage is read as the size of the change) and its start the change's "from", else the claim's other figures
     * in order (the first the end, the next the start: "reached 13,000 tonnes, up from 3,600").
     */
    private static Result change(Change said, Dataset table, String family, String metric, String entity,
                                 boolean world, List<Quantity> numbers, Integer year, Integer since) {
        Measure m = table.measure(metric, year).orElse(null);
        boolean rateFigures = said.from() != null && said.from().isPercent() || said.to() != null && said.to().isPercent();
        if (m != null && m.kind() == Measure.Kind.LEVEL && !m.isPercent() && rateFigures) {
            return Result.skip(VerdictStatus.UNCHECKED, "The claim's change is from or to a percentage, and the "
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
        return Result.of(new Lookup(Lookup.Check.CHANGE, family, metric, entity, entity == null && world, null, null,
                to == null ? null : Claimed.of(to), from == null ? null : Claimed.of(from), multiple, floor, direction,
                year, null, null, null, null, "", false, since));
    }

    private Result poll(String about, List<org.assay.claim.EntityRef> possessives, int aboutBase, String family,
                        Vocabulary.Hit hit, ClaimParts parts, List<Quantity> numbers, LocalDate asOf,
                        boolean subjectNamed) {
        // "Trump's approval rating": a poll of another person's, which the loaded polls are not.
        for (org.assay.claim.EntityRef p : subjectNamed ? List.<org.assay.claim.EntityRef>of() : possessives) {
            int end = p.span().end() - aboutBase;
            if (end >= 0 && end <= hit.span().start()
                    && HOLDER_GAP.matcher(about.substring(end, hit.span().start())).matches()
                    && places.country(p.name()).isEmpty()) {
                return Result.skip(VerdictStatus.UNCHECKED, "No reference dataset has polls about " + p.name() + ".");
            }
        }
        List<Quantity> percents = numbers.stream().filter(Quantity::isPercent).toList();
        if (percents.isEmpty()) {
            return Result.skip(VerdictStatus.NOT_ENOUGH_DATA, "The claim states no percentage the polls could decide.");
        }
        Change said = parts.change();
        if (percents.size() >= 2 && said != null && said.direction() != Change.Direction.NONE) {
            return Result.skip(VerdictStatus.NOT_ENOUGH_DATA, "The claim reports a change between polls; Assay checks a "
                    + "poll figure at one date, not a change between two.");
        }
        // "57% of Ukrainians": the people asked are the whole the claim's share is of.
        String population = parts.wholePlace() == null ? null : parts.wholePlace().name();
        return Result.of(new Lookup(Lookup.Check.POLL, family, hit.metric(), null, false, null, null,
                Claimed.of(percents.get(0)), null, 0, false, 0, null, parts.when(), population, null, null,
                about.substring(hit.span().start(), hit.span().end()), false));
    }

    /**
     * A growth claim ("the economy grew 3.2%", "Brazil's economy shrank in 2016"): a change said of a level whose
     * dataset also holds its growth rate (GDP growth for GDP) is read against that rate, not against the change of the
     * level (which would mix prices into real growth). Empty when the claim is no such claim.
     */
    private Optional<Result> growth(ClaimParts parts, Dataset d, String metric, String family, List<Quantity> numbers,
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
        return Optional.of(Result.of(new Lookup(Lookup.Check.GROWTH, family, rate.get().metric(), entity,
                entity == null && parts.world(), null, null, figure == null ? null : Claimed.of(figure), null, 0, false,
                direction, year, null, null, null, null, "", false)));
    }

    /**
     * How well a family's time axis fits the time the claim names: a day (or no time: news prices are today's) is best
     * read against daily figures, a month against monthly ones, a year or a quarter against their own.
     */
    private static int grainFit(Dataset d, TimeGrain grain) {
        Manifest m = d.manifest();
        Manifest.Axis axis = m.time() == null ? Manifest.Axis.YEAR : m.time().axis();
        if (m.isSeries()) {
            return 1;
        }
        if (grain == null || grain == TimeGrain.DAY || grain == TimeGrain.WEEK) {
            return switch (axis) {
                case DAY -> 3;
                case MONTH -> grain == null ? 1 : 2;
                case YEAR -> grain == null ? 2 : 0;
                case QUARTER -> 0;
            };
        }
        return switch (grain) {
            case MONTH -> axis == Manifest.Axis.MONTH ? 3 : axis == Manifest.Axis.DAY ? 2 : 0;
            case QUARTER -> axis == Manifest.Axis.QUARTER ? 3 : 0;
            default -> axis == Manifest.Axis.YEAR ? 3 : 0;
        };
    }

    /**
     * A figure said of a day, month or quarter, read against a series by day, month or quarter: the claim's day (or
     * none: the days before the article), its month, its quarter; its change's start and direction.
     */
    private Result period(String text, ClaimParts parts, Dataset d, String family, String metric, List<Quantity> all,
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
            return Result.skip(VerdictStatus.NOT_ENOUGH_DATA, "The claim states no figure that "
                    + publisherOf(d) + "'s " + metric + " series could decide.");
        }
        if (c != null && since(parts) && parts.ranks().stream().noneMatch(r -> r.past() != null)) {
            return Result.skip(VerdictStatus.NOT_ENOUGH_DATA, "The claim's change runs from a start to now (\""
                    + parts.timeText() + "\"), and changes over a run are read from yearly figures only.");
        }
        // "has held rates at 5.25% since August": the figure is today's.
        boolean held = (c == null || c.direction() == Change.Direction.NONE) && since(parts)
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
            return Result.of(new Lookup(Lookup.Check.PERIOD, family, metric, entity, false, null, null,
                    Claimed.of(figure), null, 0, false, 0, parts.year(), null, null, null, null, "", false));
        }
        if (parts.grain() == TimeGrain.YEAR || parts.grain() == TimeGrain.WEEK) {
            return Result.skip(VerdictStatus.NOT_ENOUGH_DATA, "The claim speaks of a "
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
        return Result.of(new Lookup(Lookup.Check.PERIOD, family, metric, entity, false, null, past,
                fallRate ? stated.negative() : stated, from == null ? null : Claimed.of(from), 0, false, direction,
                null, when, null, null, null, "", false, past == null ? null : past.past().sinceYear()));
    }

    /**
     * How well a family's current dataset fits the place the claim names: 2 when it is about that place alone
     * (a national statistics office's series), 1 when it has a row for it, 0 otherwise.
     */
    private static int fit(Dataset d, String place) {
        if (place == null) {
            return 0;
        }
        if (place.equals(d.manifest().key().fixed())) {
            return 2;
        }
        return d.row(place).isPresent() ? 1 : 0;
    }

    /** 0 when the measure of {@code metric} is in the unit of the claim's first amount (or the claim gives none), else 1. */
    private static int unitFit(Dataset d, String metric, List<Quantity> numbers) {
        Optional<Quantity> amount = numbers.stream().filter(q -> !q.isPercent()).findFirst();
        if (amount.isEmpty()) {
            return 0;
        }
        return d.measure(metric, null)
                .map(m -> Units.fits(amount.get(), m) ? 0 : 1).orElse(1);
    }

    /**
     * A series about one country alone (a national statistics office's) serves a claim only when the claim names that
     * country, the publisher or the series' own subject ("Henry Hub"): "interest rates were held at 3.25%" in an
     * article about Korea is not Bank Rate.
     */
    private boolean placeAllowed(Dataset d, String place, String text) {
        String fixed = d.manifest().key().fixed();
        return fixed == null || places.country(fixed).isEmpty() || fixed.equals(place)
                || d.manifest().publisherNames().stream().anyMatch(name -> names(text, name))
                || vocabulary.namesOwnSubject(d.manifest().family(), text);
    }

    /** Whether {@code text} writes {@code name} as it is spelt, or with "the" capitalised at its start ("The Bank"). */
    private static boolean names(String text, String name) {
        return text.contains(name) || name.startsWith("the ") && text.startsWith("The " + name.substring(4));
    }

    /** The one thing a table's rows are about (a user's table of one company), or {@code null} when they are about more. */
    private static String onlyKey(Dataset d) {
        List<String> keys = d.rows().stream().map(Row::entity).distinct().limit(2).toList();
        return keys.size() == 1 ? keys.get(0) : null;
    }

    private static String possessiveOrNot(String place) {
        return place == null ? "" : Figures.possessive(place) + " ";
    }

    private static String publisherOf(Dataset d) {
        return TableCheck.publisher(d);
    }

    /**
     * Where the publishers' and the cited source's names stand, so "United States Geological Survey" is no country;
     * {@code found} are the places the claim names, offsets into {@code text}.
     */
    private List<Span> masked(String text, String citedSource, List<Places.Found> found) {
        List<Span> spans = new ArrayList<>(vocabulary.publishers(text));
        if (citedSource != null && !citedSource.isBlank()) {
            int at = text.indexOf(citedSource);
            // A source that is also a place or group the claim is about ("OECD economies contracted", citing the
            // OECD) stays: its figures are the claim's subject.
            int end = at + citedSource.strip().length();
            boolean place = found.stream().anyMatch(f -> f.start() <= at && f.end() >= end);
            if (at >= 0 && !place) {
                spans.add(new Span(at, at + citedSource.length()));
            }
        }
        return spans;
    }

    /**
     * The places the claim's parts name, as offsets into its words {@code text} (which start at {@code base} in the
     * text the parts point into), leaving out those inside a masked span.
     */
    private static List<Places.Found> placesOf(ClaimParts parts, int base, List<Span> masked, String text) {
        List<Places.Found> out = new ArrayList<>();
        for (org.assay.claim.PlaceRef p : parts.places()) {
            int start = p.span().start() - base;
            int end = p.span().end() - base;
            if (start >= 0 && end <= text.length() && masked.stream().noneMatch(m -> m.overlaps(new Span(start, end)))) {
                out.add(new Places.Found(p.name(), start, end, p.group()));
            }
        }
        return out;
    }

    /** The text with curly apostrophes straightened and the given spans blanked. */
    private static String blank(String text, List<Span> spans) {
        char[] chars = text.replace('’', '\'').toCharArray();
        for (Span s : spans) {
            for (int i = s.start(); i < s.end(); i++) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /** A span of the claim's parts as an offset into the claim's own words. */
    private static Span local(Span s, int base) {
        return new Span(s.start() - base, s.end() - base);
    }

    private String subject(String family) {
        return data.choose(family, null).current().manifest().subject();
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
    private Result partOf(Vocabulary.Hit hit, Measure measure, String place, ClaimParts parts) {
        String whole = parts.shareOf();
        if (whole == null || measure == null || measure.kind() != Measure.Kind.LEVEL
                || parts.quantities().stream().noneMatch(Quantity::isPercent)) {
            return null;
        }
        boolean sameMeasure = vocabulary.metrics(whole).stream().anyMatch(h -> h.family().equals(hit.family())
                && h.metric().equals(hit.metric()));
        org.assay.claim.PlaceRef owner = parts.wholePlace();
        boolean possessive = owner != null && owner.possessive();
        if (possessive && sameMeasure) {
            return Result.skip(VerdictStatus.UNCHECKED, "The claim gives a part of " + possessiveOrNot(place)
                    + hit.metric() + " (\"of " + whole + "\"), which no dataset holds.");
        }
        boolean named = sameMeasure || !vocabulary.subjectSpans(hit.family(), whole).isEmpty()
                || owner != null || TOTAL_WORDS.matcher(whole).replaceAll(" ").isBlank();
        if (named || !parts.share() && !parts.world()) {
            return null;
        }
        return Result.skip(VerdictStatus.UNCHECKED, "The claim's percentage is of \"" + whole + "\", not of "
                + possessiveOrNot(place) + hit.metric() + ".");
    }

    /**
     * A ranking of something other than places ("the world's largest port", "the biggest trading partner"): the checks
     * rank places, so the claim is UNCHECKED; {@code null} when what is ranked is a place or its measure ("Asia's
     * fourth-largest economy", "the world's fifth-largest reserves", "the largest in the world").
     */
    private Result rankedThing(String text, Rank r, int base, String family, String metric, List<Places.Found> found) {
        Span rank = local(r.span(), base);
        int end = Math.max(0, Math.min(rank.end(), text.length()));
        String words = r.ranked();
        if (words.isEmpty()) {
            return null;
        }
        boolean measure = vocabulary.metrics(words).stream().anyMatch(h -> h.family().equals(family))
                || !vocabulary.subjectSpans(family, words).isEmpty()
                || java.util.Arrays.stream(words.split("\\s+")).anyMatch(phrase::rankedPlaceWord)
                || found.stream().anyMatch(f -> f.start() >= end && f.start() <= end + words.length() + 1);
        return measure ? null : Result.skip(VerdictStatus.UNCHECKED, "The claim ranks \"" + words + "\", not places by "
                + metric + ".");
    }

    /** Whether a place word or a place's name follows a ranking ("the largest producer for ten years"). */
    private boolean placeAfter(Rank r, int base, List<Places.Found> found) {
        Span rank = local(r.span(), base);
        String words = r.ranked();
        return java.util.Arrays.stream(words.split("\\s+")).anyMatch(phrase::rankedPlaceWord)
                || found.stream().anyMatch(f -> f.start() >= rank.end() && f.start() <= rank.end() + words.length() + 1);
    }

    /**
     * A ranking of one place's figure against its own past ("inflation in 2022 was the highest since 1981"), checked
     * in a table with a figure per year; NOT_ENOUGH_DATA when the table has none or the words give no run of years.
     */
    private static Result pastRank(Rank rank, Dataset table, String family, String metric, String entity,
                                   boolean world, Integer year) {
        Manifest.TimeAxis t = table.manifest().time();
        boolean yearly = table.manifest().isLong() && t != null && t.axis() == Manifest.Axis.YEAR;
        Integer since = year == null ? null : rank.past().since(year);
        if (!yearly || since == null) {
            return Result.skip(VerdictStatus.NOT_ENOUGH_DATA, "The claim ranks a figure against earlier years (\""
                    + rank.text() + " … " + rank.past().text() + "\"), and " + (yearly ? "its words give no run of "
                    + "years to compare" : "the " + metric + " figures are not a series by year") + ".");
        }
        return Result.of(new Lookup(Lookup.Check.PAST_RANK, family, metric, entity, entity == null && world, null, rank,
                null, null, 0, false, 0, year, null, null, null, null, "", false, since));
    }

    /**
     * A change named as a noun of another thing: "the rise in remittances helps protect the Mexican economy" tells of
     * remittances, not of the economy; {@code null} when the change is the measure's ("a fall in output") or a verb.
     */
    private Result changeOfAnother(String text, int base, Change said, String family, List<Places.Found> found) {
        if (said == null || said.of() == null) {
            return null;
        }
        Span verb = local(said.span(), base);
        int at = verb.end() < 0 || verb.end() > text.length() ? -1 : text.indexOf(said.of(), verb.end());
        if (at < 0) {
            return null;
        }
        boolean measure = vocabulary.metrics(text).stream().anyMatch(h -> h.family().equals(family)
                && h.span().start() <= at && h.span().end() > at)
                || vocabulary.subjectSpans(family, text).stream().anyMatch(sp -> sp.start() <= at && sp.end() > at)
                || found.stream().anyMatch(f -> f.start() <= at && f.end() > at) || phrase.placeWord(said.of());
        return measure ? null : Result.skip(VerdictStatus.UNCHECKED, "The claim's change (\"" + text.substring(
                verb.start(), at + said.of().length()) + "\") is of another thing than a place's measure.");
    }

    /** Names as the prose writes them ("the US", "Burma"), each as its canonical country when it is one. */
    private List<String> asCountries(List<String> names) {
        return names.stream().map(n -> places.country(n).orElse(n)).toList();
    }

    private static String regionOf(String scope) {
        return scope.replaceFirst("(?i)^the\\s+", "").strip();
    }

}
