package org.assay.verify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assay.article.Span;
import org.assay.claim.Hedge;
import org.assay.claim.Quantity;
import org.assay.claim.QuantityParser;
import org.assay.claim.Rank;
import org.assay.claim.RankParser;
import org.assay.claim.Unit;

/**
 * Reads a claim's words into a {@link Lookup}: which dataset family and metric, which country (by name, demonym or
 * possessive), the time ("in 2024", "last year", "this month" against the article's date), and the kind of check
 * (quantity, share, ranking, comparison, change, poll). Figures and rankings come from the claim package's parsers.
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

    private static final Pattern WORLD = Pattern.compile("(?i)\\b(world|world's|global|globally|worldwide|total)\\b");
    private static final Pattern SHARE_OF = Pattern.compile("(?i)\\b(?:of|in)\\s+(?:the\\s+)?(?:world['’]?s?|global|"
            + "worldwide|total|all)\\b|\\bshare\\b");
    private static final Pattern UP = Pattern.compile("(?i)\\b(rose|risen|rise|rises|rising|increased|increases|grew"
            + "|grown|grows|climbed|jumped|surged|soared|gained|expanded|revised\\s+up(?:ward)?|raised|up\\s+from)\\b");
    private static final Pattern DOWN = Pattern.compile("(?i)\\b(fell|fallen|falls|dropped|drops|declined|declines"
            + "|decreased|decreases|slumped|plunged|shrank|shrunk|slid|dipped|cut|lowered|slashed|revised\\s+down(?:ward)?"
            + "|down\\s+from)\\b");
    private static final Pattern MULTIPLIED = Pattern.compile("(?i)\\b(?:(more\\s+than|over|at\\s+least|nearly|almost)"
            + "\\s+)?(doubled|tripled|trebled|quadrupled|halved)\\b");
    private static final Pattern COMPARATIVE = Pattern.compile("(?i)\\b(more|less|fewer|larger|bigger|greater|smaller"
            + "|higher|lower|exceeds?|exceeded|outstrips?|tops?)\\b(?=[^.;]*?\\bthan\\b|[^.;]*?\\bthose\\b)");
    private static final Pattern TIMES = Pattern.compile("(?i)\\b(?:(more\\s+than|over|at\\s+least|nearly|almost)\\s+)?"
            + "(?:(twice)\\b|(two|three|four|five|six|seven|eight|nine|ten|\\d+(?:\\.\\d+)?)\\s+times\\b)"
            + "|\\b(half)\\s+as\\b");
    private static final Pattern SIGNIFICANT = Pattern.compile("(?i)\\b(significantly|far|much|considerably|substantially"
            + "|vastly|many\\s+times|a\\s+lot)\\s+(more|larger|bigger|greater|higher|less|fewer|smaller|lower)\\b");
    private static final Pattern LESS = Pattern.compile("(?i)\\b(less|fewer|smaller|lower)\\b");
    private static final Pattern THAN = Pattern.compile("(?i)\\bthan\\b");
    private static final Pattern ONE_OF = Pattern.compile("(?i)\\b(?:one\\s+of|among)\\s+the\\s+(?:world['’]s\\s+)?"
            + "(largest|biggest|top|leading|major|main)\\b");
    private static final Pattern OUTSIDE = Pattern.compile("(?i)\\b(?:outside(?:\\s+of)?|excluding|except(?:\\s+for)?"
            + "|apart\\s+from|other\\s+than|besides|beyond)\\b");
    /** A verb right after a name makes it the clause's subject, not one more item of a list before it. */
    private static final Pattern SUBJECT_VERB = Pattern.compile("(?i)\\s*(?:is|was|has|had|ranks|ranked|holds|held"
            + "|produces|produced|mines|mined|remains|remained)\\b");
    /** A denial of the claim's own statement; "not only", "not least" are no denial. */
    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:not|never|no\\s+longer|isn't|aren't|wasn't"
            + "|weren't|doesn't|don't|didn't|hasn't|haven't)\\b(?!\\s+(?:only|least|just|even)\\b)");
    private static final Pattern OTHER_PERSON = Pattern.compile("\\b(\\p{Lu}\\p{L}+)['’]s\\s+(?:\\p{Ll}+\\s+){0,2}$");

    private final ReferenceData data;
    private final Vocabulary vocabulary;
    private final Places places = Places.bundled();
    private final QuantityParser quantities = new QuantityParser();
    private final RankParser ranks = new RankParser();

    ClaimReading(ReferenceData data, Vocabulary vocabulary) {
        this.data = data;
        this.vocabulary = vocabulary;
    }

    /**
     * Reads one claim.
     *
     * @param context         the words of a related claim that supplies the measure when the claim itself names none
     *                        (the disputed claim an article's correction answers: "(it's well over 50 percent)"), or
     *                        {@code null}
     * @param articleSubjects the dataset families whose subject the article names; a claim that names no subject
     *                        ("resources of this kind") can only be about one of these
     */
    Result read(String claimText, String citedSource, LocalDate asOf, String context, Set<String> articleSubjects) {
        String text = mask(claimText, citedSource);
        String about = text;
        List<Vocabulary.Hit> hits = vocabulary.metrics(text);
        boolean borrowed = hits.isEmpty() && context != null;
        if (borrowed) {
            about = mask(context, null);
            hits = vocabulary.metrics(about);
        }
        if (hits.isEmpty()) {
            return Result.skip(VerdictStatus.UNCHECKED, "No reference dataset holds the measure this claim is about.");
        }
        String words = about;
        Set<String> families = new LinkedHashSet<>();
        hits.forEach(h -> families.add(h.family()));
        List<String> named = families.stream().filter(f -> vocabulary.namesSubject(f, words)).toList();
        List<String> candidates = named.isEmpty()
                ? families.stream().filter(articleSubjects::contains).toList() : named;
        Optional<String> other = vocabulary.otherSubject(words);
        if (named.isEmpty() && other.isPresent()) {
            return Result.skip(VerdictStatus.UNCHECKED, "No reference dataset covers " + other.get() + " (Assay has "
                    + hits.get(0).metric() + " figures for " + String.join(", ", families.stream().map(this::subject)
                    .distinct().toList()) + " only).");
        }
        if (candidates.isEmpty()) {
            return Result.skip(VerdictStatus.UNCHECKED, "Neither the claim nor its article names a subject a reference "
                    + "dataset covers (" + String.join(", ", families.stream().map(this::subject).distinct().toList())
                    + ").");
        }
        List<Quantity> all = quantities.parse(text);
        List<Quantity> numbers = all.stream()
                .filter(q -> q.unit() == Unit.PERCENT || q.unit() == Unit.TONNE || q.unit() == Unit.NONE).toList();
        if (numbers.isEmpty() && !all.isEmpty()) {
            return Result.skip(VerdictStatus.UNCHECKED, "No reference dataset holds figures in " + all.get(0).unit()
                    .name().toLowerCase(Locale.ROOT).replace('_', ' ') + " (\"" + all.get(0).text() + "\").");
        }
        List<Rank> ranked = new ArrayList<>(ranks.parse(text));
        Matcher oneOf = ONE_OF.matcher(text);
        if (ranked.isEmpty() && oneOf.find()) {
            ranked.add(new Rank(Tolerance.ONE_OF_THE_TOP, Hedge.AT_MOST, oneOf.group(1), true, List.of(), null,
                    oneOf.group(), new Span(oneOf.start(), oneOf.end())));
        }
        int anchor = borrowed ? 0 : !ranked.isEmpty() ? ranked.get(0).span().start()
                : !numbers.isEmpty() ? numbers.get(0).span().start() : 0;
        Vocabulary.Hit hit = hits.stream().filter(h -> candidates.contains(h.family()))
                .min((a, b) -> Integer.compare(Math.abs(a.span().start() - anchor), Math.abs(b.span().start() - anchor)))
                .orElseThrow();
        if (named.isEmpty() && candidates.stream().map(this::subject).distinct().count() > 1) {
            return Result.skip(VerdictStatus.UNCHECKED, "The claim does not say what its " + hit.metric()
                    + " figure is of, and more than one dataset has one.");
        }
        String family = hit.family();
        ReferenceData.Choice choice = data.choose(family, asOf);
        if (choice.current().manifest().isSeries()) {
            return poll(text, about, family, hit, numbers, asOf, !named.isEmpty());
        }
        Result table = table(text, borrowed ? about : null, family, hit.metric(), numbers, ranked, asOf);
        return table.lookup() == null ? table : Result.of(table.lookup().negated(NEGATION.matcher(text).find()));
    }

    private Result table(String text, String context, String family, String metric, List<Quantity> numbers,
                         List<Rank> ranked, LocalDate asOf) {
        List<Places.Found> found = places.find(text);
        if (context != null && found.isEmpty()) {
            found = places.find(context);
        }
        List<Places.Found> countries = found.stream().filter(f -> !f.region()).toList();
        Integer year = TimeWords.year(text, asOf);
        boolean world = WORLD.matcher(text).find();
        Matcher times = TIMES.matcher(text);
        boolean hasTimes = times.find();
        Matcher than = THAN.matcher(text);
        int thanAt = -1;
        while (thanAt < 0 && than.find()) {
            int at = than.start();
            if (numbers.stream().noneMatch(q -> q.span().contains(at))) {
                thanAt = at;
            }
        }
        boolean comparative = COMPARATIVE.matcher(text).find() && thanAt >= 0 || hasTimes;
        boolean up = UP.matcher(text).find();
        boolean down = DOWN.matcher(text).find();
        Matcher mult = MULTIPLIED.matcher(text);
        boolean multiplied = mult.find();
        List<Quantity> percents = numbers.stream().filter(Quantity::isPercent).toList();
        List<Quantity> amounts = numbers.stream().filter(q -> !q.isPercent()).toList();
        String entity = countries.isEmpty() ? null : countries.get(0).name();

        if (multiplied || (up || down) && !comparative && (ranked.isEmpty() || numbers.size() >= 2)) {
            return change(text, family, metric, entity, world, numbers, mult, multiplied, up, down, year);
        }
        if (!ranked.isEmpty()) {
            Rank rank = ranked.get(0);
            List<String> ahead = rank.ahead().stream().map(n -> places.country(n).orElse(n)).toList();
            List<String> excluded = excluded(text, countries);
            String subject = countries.stream().map(Places.Found::name)
                    .filter(n -> !ahead.contains(n) && !excluded.contains(n)).findFirst().orElse(null);
            List<String> region = null;
            String regionName = null;
            if (!excluded.isEmpty()) {
                regionName = "outside " + Figures.and(excluded);
                region = places.countries().stream().filter(c -> !excluded.contains(c)).toList();
            } else if (rank.scope() != null && places.isRegion(regionOf(rank.scope()))) {
                regionName = regionOf(rank.scope());
                region = List.copyOf(places.members(regionName));
            } else {
                Places.Found r = found.stream().filter(Places.Found::region).findFirst().orElse(null);
                if (r != null) {
                    regionName = r.name();
                    region = List.copyOf(places.members(r.name()));
                }
            }
            return Result.of(new Lookup(Lookup.Check.RANKING, family, metric, subject, false, null,
                    new Rank(rank.position(), rank.hedge(), rank.superlative(), rank.largestFirst(), ahead,
                            rank.scope(), rank.text(), rank.span()), null, null, 0, false, 0, year, null, null, region,
                    regionName, "", false));
        }
        Places.Found ratioOf = ratioOf(text, percents, countries);
        if (ratioOf != null && !comparative) {
            String a = countries.stream().filter(c -> c != ratioOf).map(Places.Found::name).findFirst().orElse(null);
            return Result.of(new Lookup(Lookup.Check.COMPARISON, family, metric, a, false, ratioOf.name(), null,
                    Claimed.of(percents.get(0)), null, 0, false, 0, year, null, null, null, null, "", false));
        }
        if (comparative) {
            int at = thanAt >= 0 ? thanAt : times.end();
            String a = countries.stream().filter(c -> c.start() < at).map(Places.Found::name).findFirst().orElse(null);
            String b = countries.stream().filter(c -> c.start() >= at).map(Places.Found::name).findFirst().orElse(null);
            double multiple = 0;
            boolean floor = SIGNIFICANT.matcher(text).find();
            if (hasTimes) {
                String n = times.group(2) != null ? times.group(2) : times.group(3) != null ? times.group(3)
                        : times.group(4);
                multiple = switch (n.toLowerCase(Locale.ROOT)) {
                    case "twice", "two" -> 2;
                    case "half" -> 0.5;
                    case "three" -> 3;
                    case "four" -> 4;
                    case "five" -> 5;
                    case "six" -> 6;
                    case "seven" -> 7;
                    case "eight" -> 8;
                    case "nine" -> 9;
                    case "ten" -> 10;
                    default -> Double.parseDouble(n);
                };
                floor = floor || times.group(1) != null && !times.group(1).matches("(?i)nearly|almost");
            }
            int direction = LESS.matcher(text).find() && multiple == 0 ? -1 : 1;
            return Result.of(new Lookup(Lookup.Check.COMPARISON, family, metric, a, false, b, null, null, null,
                    multiple, floor, direction, year, null, null, null, null, "", false));
        }
        if (!percents.isEmpty() && (SHARE_OF.matcher(text).find() || world)) {
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

    private Result change(String text, String family, String metric, String entity, boolean world,
                          List<Quantity> numbers, Matcher mult, boolean multiplied, boolean up, boolean down,
                          Integer year) {
        double multiple = 0;
        boolean floor = false;
        if (multiplied) {
            multiple = switch (mult.group(2).toLowerCase(Locale.ROOT)) {
                case "doubled" -> 2;
                case "tripled", "trebled" -> 3;
                case "quadrupled" -> 4;
                default -> 0.5;
            };
            floor = mult.group(1) != null && !mult.group(1).matches("(?i)nearly|almost");
        }
        Quantity to = null;
        Quantity from = null;
        for (Quantity q : numbers) {
            String before = text.substring(Math.max(0, q.span().start() - 12), q.span().start()).toLowerCase(Locale.ROOT);
            if (before.matches("(?s).*\\bfrom\\s+(?:an?\\s+)?(?:estimated\\s+)?$")) {
                from = q;
            } else if (to == null) {
                to = q;
            } else if (from == null) {
                from = q;
            }
        }
        int direction = multiplied ? (multiple >= 1 ? 1 : -1) : up && !down ? 1 : down && !up ? -1 : 0;
        return Result.of(new Lookup(Lookup.Check.CHANGE, family, metric, entity, entity == null && world, null, null,
                to == null ? null : Claimed.of(to), from == null ? null : Claimed.of(from), multiple, floor, direction,
                year, null, null, null, null, "", false));
    }

    private Result poll(String text, String about, String family, Vocabulary.Hit hit, List<Quantity> numbers,
                        LocalDate asOf, boolean subjectNamed) {
        if (!subjectNamed) {
            Matcher other = OTHER_PERSON.matcher(about.substring(0, hit.span().start()));
            if (other.find() && places.country(other.group(1)).isEmpty()) {
                return Result.skip(VerdictStatus.UNCHECKED, "No reference dataset has polls about " + other.group(1)
                        + ".");
            }
        }
        List<Quantity> percents = numbers.stream().filter(Quantity::isPercent).toList();
        if (percents.isEmpty()) {
            return Result.skip(VerdictStatus.NOT_ENOUGH_DATA, "The claim states no percentage the polls could decide.");
        }
        if (percents.size() >= 2 && (UP.matcher(text).find() || DOWN.matcher(text).find())) {
            return Result.skip(VerdictStatus.NOT_ENOUGH_DATA, "The claim reports a change between polls; Assay checks a "
                    + "poll figure at one date, not a change between two.");
        }
        String population = null;
        for (Places.Found f : places.find(text)) {
            String after = text.substring(Math.max(0, f.start() - 4), f.start()).toLowerCase(Locale.ROOT);
            if (!f.region() && after.endsWith("of ")) {
                population = f.name();
            }
        }
        return Result.of(new Lookup(Lookup.Check.POLL, family, hit.metric(), null, false, null, null,
                Claimed.of(percents.get(0)), null, 0, false, 0, null, TimeWords.when(text, asOf), population, null, null,
                about.substring(hit.span().start(), hit.span().end()), false));
    }

    /** The text with the publisher's and the cited source's names blanked, so "United States Geological Survey" is no country. */
    private String mask(String text, String citedSource) {
        char[] chars = text.replace('’', '\'').toCharArray();
        List<Span> spans = new ArrayList<>(vocabulary.publishers(text));
        if (citedSource != null && !citedSource.isBlank()) {
            int at = text.indexOf(citedSource);
            if (at >= 0) {
                spans.add(new Span(at, at + citedSource.length()));
            }
        }
        for (Span s : spans) {
            for (int i = s.start(); i < s.end(); i++) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    private String subject(String family) {
        return data.choose(family, null).current().manifest().subject();
    }

    /** The country in "half of China's", "a third of Brazil's": a share of another country's figure, or null. */
    private static Places.Found ratioOf(String text, List<Quantity> percents, List<Places.Found> countries) {
        if (percents.isEmpty() || countries.size() < 2) {
            return null;
        }
        int end = percents.get(0).span().end();
        for (Places.Found c : countries) {
            if (c.start() >= end && text.substring(end, c.start()).matches("(?i)\\s+of\\s+(?:the\\s+)?(?:that\\s+of\\s+)?")) {
                return c;
            }
        }
        return null;
    }

    /** Countries a ranking leaves out: "outside China", "excluding China and Myanmar", "apart from China". */
    private static List<String> excluded(String text, List<Places.Found> countries) {
        List<String> out = new ArrayList<>();
        Matcher m = OUTSIDE.matcher(text);
        while (m.find()) {
            int from = m.end();
            for (Places.Found c : countries) {
                String gap = c.start() >= from ? text.substring(from, c.start()) : null;
                if (gap != null && gap.matches("(?i)\\s*(?:,|and|or|the|\\s)*\\s*")) {
                    if (!out.isEmpty() && SUBJECT_VERB.matcher(text.substring(c.end())).lookingAt()) {
                        break;
                    }
                    out.add(c.name());
                    from = c.end();
                }
            }
        }
        return out;
    }

    private static String regionOf(String scope) {
        return scope.replaceFirst("(?i)^the\\s+", "").strip();
    }

}
