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
import org.assay.article.Span;
import org.assay.claim.Claim;
import org.assay.claim.ClaimParts;
import org.assay.claim.Hedge;
import org.assay.claim.NearTop;
import org.assay.claim.Quantity;
import org.assay.claim.Rank;
import org.assay.claim.TimeGrain;
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

    private final ReferenceData data;
    private final Vocabulary vocabulary;
    private final Places places = Places.bundled();
    private final MeasurePhrase phrase = MeasurePhrase.bundled();
    private final TableReading tables;
    private final PollReading polls = new PollReading();

    private final LocalCurrency local;

    ClaimReading(ReferenceData data, Vocabulary vocabulary) {
        this.data = data;
        this.vocabulary = vocabulary;
        this.local = LocalCurrency.of(data.datasets(), places);
        this.tables = new TableReading(data, vocabulary);
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
    Reading read(Claim claim, int base, LocalDate asOf, Claim corrected, ArticleContext article) {
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
            return Reading.skip(VerdictStatus.UNCHECKED, "The claim's figure is another than " + all.get(0).metric()
                    + " (\"" + another.get() + "\"), which no dataset holds.");
        }
        if (hits.isEmpty() && !all.isEmpty()) {
            return Reading.skip(VerdictStatus.UNCHECKED, "The claim's " + all.get(0).metric() + " words are of another "
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
            return Reading.skip(VerdictStatus.UNCHECKED, "No reference dataset holds the measure this claim is about.");
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
            return Reading.skip(VerdictStatus.UNCHECKED, "No reference dataset has " + hits.get(0).metric()
                    + " figures for " + other.get() + ".");
        }
        if (candidates.isEmpty()) {
            return Reading.skip(VerdictStatus.UNCHECKED, "Neither the claim nor its article names a subject a reference "
                    + "dataset covers (" + String.join(", ", families.stream().map(data::subject).distinct().toList())
                    + ").");
        }
        List<Quantity> numbers = parts.quantities().stream()
                .filter(q -> masked.stream().noneMatch(m -> m.overlaps(q.span().relativeTo(base)))).toList();
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
            return Reading.skip(VerdictStatus.UNCHECKED, "The words naming " + hit.metric() + " stand too far from the "
                    + "claim's figure or verb to say the figure is of it.");
        }
        if (hit == null) {
            return Reading.skip(VerdictStatus.NOT_ENOUGH_DATA, "The datasets that hold " + hits.get(0).metric()
                    + " figures are each about one country, and the claim names neither it nor their publisher.");
        }
        List<String> specificLeft = specific.stream().filter(f -> !generic.contains(f)).toList();
        if (named.isEmpty() && !generic.contains(hit.family())
                && specificLeft.stream().map(data::subject).distinct().count() > 1) {
            return Reading.skip(VerdictStatus.UNCHECKED, "The claim does not say what its " + hit.metric()
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
            return polls.read(about, aboutPossessives, aboutBase, family, hit, parts, numbers.stream().filter(q -> q.unit() == Unit.PERCENT
                    || q.unit() == Unit.NONE).toList(), asOf, !named.isEmpty());
        }
        Dataset current = choice.current();
        Measure measure = current.measure(hit.metric(), null).orElse(null);
        Manifest.TimeAxis axis = current.manifest().time();
        boolean averaged = axis != null && !axis.step() && axis.axis() != Manifest.Axis.DAY && current.manifest()
                .measures().stream().anyMatch(m -> m.metric().equals(hit.metric()) && Units.isPrice(m));
        boolean noPeriodNamed = parts.year() == null && parts.when() == null; // no time, and no article date
        if (averaged && !parts.average() && (parts.grain() == null || parts.grain() == TimeGrain.DAY
                || parts.grain() == TimeGrain.WEEK || parts.sinceStart() || noPeriodNamed)) {
            return Reading.skip(VerdictStatus.NOT_ENOUGH_DATA, "The claim gives a price or rate of one day"
                    + (parts.sinceStart() ? " (a change to today's)" : "") + ", and " + TableCheck.publisher(current) + " gives "
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
            return Reading.skip(Units.isCurrency(q) && Units.isMoney(measure) ? VerdictStatus.NOT_ENOUGH_DATA
                            : VerdictStatus.UNCHECKED,
                    "The claim's figure (\"" + q.text() + "\") is not in the unit of " + TableCheck.publisher(current) + "'s "
                            + hit.metric() + " figures (" + measure.unitName() + ").");
        }
        // A figure in the measure's own unit ("450 million people") before a bare count ("27 member states").
        numbers = fitting.stream().sorted(java.util.Comparator.comparingInt((Quantity q) -> q.unit() == Unit.NONE
                || q.isPercent() || q.unit() == Unit.PERCENTAGE_POINTS ? 1 : 0)).toList();
        if (measure != null && measure.kind() == Measure.Kind.LEVEL && parts.shareOf() != null && !parts.world()
                && measure.terms().stream().anyMatch(t -> parts.shareOf().toLowerCase(Locale.ROOT)
                .contains(t.toLowerCase(Locale.ROOT)))) {
            return Reading.skip(VerdictStatus.UNCHECKED, "The claim gives a part of " + Figures.possessiveOrNone(place)
                    + hit.metric() + " (\"" + parts.shareOf() + "\"), which no dataset holds.");
        }
        Reading part = tables.partOf(hit, measure, place, parts);
        if (part != null) {
            return part;
        }
        Reading otherChange = tables.changeOfAnother(text, base, parts.change(), hit.family(), written);
        if (otherChange != null) {
            return otherChange;
        }
        boolean pastRun = parts.ranks().stream().anyMatch(r -> r.past() != null);
        Integer year = pastRun && parts.sinceStart() ? null : parts.year();
        Integer sinceYear = null;
        if (current.manifest().isLong() && current.manifest().time().axis() != Manifest.Axis.YEAR) {
            Reading r = PeriodReading.read(text, parts, current, family, hit.metric(), numbers, placeOrKey, asOf);
            boolean rate = measure != null && measure.kind() != Measure.Kind.LEVEL && measure.kind() != Measure.Kind.INDEX;
            return r.lookup() != null && rate && revisedSince(current, asOf)
                    ? Reading.of(r.lookup().widened(Tolerance.REVISION_POINTS)) : r;
        }
        if (current.manifest().isLong()) {
            if (parts.grain() == TimeGrain.MONTH || parts.grain() == TimeGrain.QUARTER
                    || parts.grain() == TimeGrain.WEEK || parts.grain() == TimeGrain.DAY) {
                return Reading.skip(VerdictStatus.NOT_ENOUGH_DATA, "The claim is about a "
                        + parts.grain().name().toLowerCase(Locale.ROOT) + ", and " + TableCheck.publisher(current)
                        + " gives " + hit.metric() + " figures for whole years only.");
            }
            if (parts.change() == null && parts.sinceStart() && !pastRun) {
                return Reading.skip(VerdictStatus.NOT_ENOUGH_DATA, "The claim speaks of a run of years (\""
                        + parts.timeText() + "\") as a whole, and " + TableCheck.publisher(current) + " gives " + hit.metric()
                        + " year by year.");
            }
            if (year == null && parts.change() != null && parts.sinceStart() && !pastRun) {
                return Reading.skip(VerdictStatus.NOT_ENOUGH_DATA, "The claim's change runs over years it does not "
                        + "count (\"" + parts.timeText() + "\").");
            }
            if (year != null && asOf != null && parts.change() != null && parts.sinceStart() && !pastRun) {
                sinceYear = year;
                year = asOf.getYear() - 1;
            }
            if (year == null && asOf != null) {
                year = asOf.getYear() - 1;
            }
            if (year != null && asOf != null && year >= asOf.getYear()) {
                return Reading.skip(VerdictStatus.NOT_ENOUGH_DATA, "The claim is about " + year + ", which had not "
                        + "ended on the article's date, and " + TableCheck.publisher(current) + " gives figures for whole years.");
            }
        }
        Optional<Reading> growth = tables.growth(parts, current, hit.metric(), family, numbers, where, year);
        if (growth.isPresent() && sinceYear != null && growth.get().lookup() != null) {
            return Reading.skip(VerdictStatus.NOT_ENOUGH_DATA, "The claim gives growth over the years " + sinceYear
                    + "-" + year + ", and " + TableCheck.publisher(current) + " gives growth year by year.");
        }
        Reading table = growth.isPresent() ? growth.get() : tables.read(text, base, parts, where, borrowed ? aboutPlaces : List.of(), family,
                hit.metric(), numbers, ranked, asOf, year, sinceYear);
        if (table.lookup() == null) {
            return table;
        }
        Lookup l = table.lookup().negated(parts.negated());
        Measure checked = current.measure(l.metric(), l.year()).orElse(null);
        boolean rate = checked != null && checked.kind() != Measure.Kind.LEVEL && checked.kind() != Measure.Kind.INDEX;
        return Reading.of(rate && revisedSince(current, asOf) ? l.widened(Tolerance.REVISION_POINTS) : l);
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

}
