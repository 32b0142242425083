package org.assay.verify;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.assay.article.Article;
import org.assay.claim.Claim;
import org.assay.claim.ClaimExtractor;
import org.assay.claim.ClaimParts;
import org.assay.claim.PlaceFinder;
import org.assay.claim.Stance;

/**
 * Checks claims against the loaded reference data: turns the claim's parts into a {@link Lookup}, picks the edition current
 * on the article's date, runs the check, and notes where another edition says otherwise. The data is indexed once at
 * construction; {@link #check} does no I/O. Immutable and thread-safe.
 */
public final class ReferenceVerifier implements Verifier {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /**
     * An edition published up to a year after an article still describes the article's time (figures are a year behind
     * their edition); beyond that, an older article cannot be checked against it.
     */
    static final int EDITION_GRACE_DAYS = 365;

    private final ReferenceData data;
    private final Vocabulary vocabulary;
    private final ClaimReading reading;
    private final ClaimExtractor claims = new ClaimExtractor(Places.bundled());
    private final TableCheck table = new TableCheck();
    private final ChangeCheck change = new ChangeCheck();
    private final PastRankCheck pastRank = new PastRankCheck();
    private final PollCheck polls = new PollCheck();
    private final PeriodCheck period = new PeriodCheck();
    private final ArithmeticCheck arithmetic = new ArithmeticCheck();
    private final Optional<ConversionCheck> conversion;

    public ReferenceVerifier(ReferenceData data) {
        this.data = Objects.requireNonNull(data, "data");
        this.vocabulary = new Vocabulary(data.datasets());
        this.reading = new ClaimReading(data, vocabulary);
        this.conversion = ConversionCheck.of(data.datasets());
    }

    public ReferenceData data() {
        return data;
    }

    /** The bundled gazetteer's countries, capitals and regions, and the pack's groups of countries. */
    @Override
    public PlaceFinder places() {
        return Places.bundled();
    }

    /**
     * A claim given as its words alone (and the source it cites, or {@code null}), read with this verifier's places
     * as {@link ClaimExtractor#claimOf} reads it.
     */
    public Claim claimOf(String text, String citedSource, LocalDate asOf) {
        return claims.claimOf(text, citedSource, asOf);
    }

    @Override
    public Verdict check(Claim claim, LocalDate asOf) {
        return check(claim, asOf, null, ArticleContext.NONE);
    }

    /**
     * Checks every claim of one article. An article's correction of a claim it disputes ("(it's well over 50
     * percent)") borrows the measure of the disputed claim; each verdict says what the article itself says of the claim.
     */
    @Override
    public List<Claim> checkAll(List<Claim> claims, Article article) {
        if (claims.isEmpty()) {
            return claims;
        }
        ArticleContext about = new ArticleContext(vocabulary.subjectsNamed(article.analysisText()),
                headlineCountry(article.title()));
        Map<String, Claim> byId = new HashMap<>();
        claims.forEach(c -> byId.put(c.id(), c));
        return claims.stream().map(c -> {
            Claim related = c.stance().related() == null ? null : byId.get(c.stance().related());
            Claim corrected = c.stance().kind() == Stance.Kind.CORRECTION ? related : null;
            return c.withVerdict(check(c, article.published(), corrected, about));
        }).toList();
    }

    /**
     * A claim carrying parts is read through them (their spans point into its article); a claim without
     * ({@link ClaimParts#EMPTY}, e.g. built by hand) has its words read into parts first, as {@link #check(String,
     * String, LocalDate)} does.
     */
    private Verdict check(Claim claim, LocalDate asOf, Claim corrected, ArticleContext about) {
        boolean read = !claim.parts().equals(ClaimParts.EMPTY);
        Claim c = read ? claim : claims.claimOf(claim.text(), claim.citedSource(), asOf);
        return StanceNote.add(check(c, read ? claim.start() : 0, asOf, corrected, about), claim.stance());
    }

    /**
     * Checks a claim given as its words (and the source it cites, or {@code null}), with no article around it; the words
     * are read into a claim by {@link ClaimExtractor#claimOf}.
     */
    public Verdict check(String text, String citedSource, LocalDate asOf) {
        return check(claims.claimOf(text, citedSource, asOf), 0, asOf, null, ArticleContext.NONE);
    }

    /**
     * Checks a claim given as its words, inside an article whose text is {@code articleText}: a claim that does not
     * say what its figure is of ("resources of this kind", "his approval rating") is about the subject the article
     * names.
     */
    public Verdict check(String text, String citedSource, LocalDate asOf, String articleText) {
        return check(claims.claimOf(text, citedSource, asOf), 0, asOf, null,
                new ArticleContext(vocabulary.subjectsNamed(articleText), null));
    }

    /**
     * Checks a claim whose parts' spans point into a text where the claim's words start at {@code base}. The claim's own
     * arithmetic decides it when it has any; a currency conversion it makes is checked too, and when that holds the
     * claim's figure is still read against the reference data (a verdict from the data outranks one on a conversion).
     */
    private Verdict check(Claim claim, int base, LocalDate asOf, Claim corrected, ArticleContext about) {
        Optional<Verdict> sums = arithmetic.check(claim.parts(), claim.text(), base);
        Optional<Verdict> converted = conversion.flatMap(c -> c.check(claim.parts(), claim.text(), base, asOf, about.place()));
        if (sums.isPresent()) {
            return converted.map(v -> both(sums.get(), v)).orElse(sums.get());
        }
        if (converted.isPresent() && converted.get().status() == VerdictStatus.CONTRADICTED) {
            return converted.get();
        }
        Verdict fromData = againstData(claim, base, asOf, corrected, about);
        if (converted.isEmpty()) {
            return fromData;
        }
        boolean decided = fromData.status() == VerdictStatus.SUPPORTED || fromData.status() == VerdictStatus.CONTRADICTED;
        return decided ? both(fromData, converted.get()) : converted.get();
    }

    /** The one country a headline names (by name, short name or demonym), or {@code null}. */
    private static String headlineCountry(String title) {
        if (title == null) {
            return null;
        }
        List<String> countries = Places.bundled().find(title).stream().filter(f -> !f.region())
                .map(Places.Found::name).distinct().toList();
        return countries.size() == 1 ? countries.get(0) : null;
    }

    /** Two decided verdicts on one claim: contradicted when either is, with both findings and all evidence. */
    private static Verdict both(Verdict a, Verdict b) {
        VerdictStatus s = a.status() == VerdictStatus.CONTRADICTED || b.status() == VerdictStatus.CONTRADICTED
                ? VerdictStatus.CONTRADICTED : VerdictStatus.SUPPORTED;
        List<Evidence> evidence = new ArrayList<>(a.evidence());
        evidence.addAll(b.evidence());
        return new Verdict(s, a.explanation() + " " + b.explanation(), evidence);
    }

    private Verdict againstData(Claim claim, int base, LocalDate asOf, Claim corrected, ArticleContext about) {
        if (data.isEmpty()) {
            return Verdict.UNCHECKED;
        }
        Reading r = reading.read(claim, base, asOf, corrected, about);
        if (r.lookup() == null) {
            return new Verdict(r.status(), r.reason(), List.of());
        }
        Lookup l = r.lookup();
        ReferenceData.Choice choice = data.choose(l.family(), asOf);
        Dataset first = choice.current();
        if (asOf != null && !first.manifest().isSeries() && !first.manifest().isLong()
                && first.manifest().published().isAfter(asOf.plusDays(EDITION_GRACE_DAYS))) {
            String why = "The earliest edition loaded (" + title(first) + ") came out more than a year after the "
                    + "article (" + DAY.format(asOf) + "), so its figures do not describe the article's time.";
            return StanceNote.add(new Verdict(VerdictStatus.NOT_ENOUGH_DATA, why,
                    List.of(Evidence.of(first, "published " + first.manifest().published()))),
                    Stance.NONE);
        }
        Dataset current = withYear(choice, l, asOf);
        Outcome outcome = speculative(otherThing(revised(unsure(run(l, current, choice, asOf), claim, current, l),
                current, l, asOf), current, l), claim);
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.of(current, outcome.detail().isEmpty() ? outcome.finding()
                : outcome.detail()));
        StringBuilder why = new StringBuilder();
        if (outcome.status() == VerdictStatus.NOT_ENOUGH_DATA) {
            why.append(capital(outcome.finding())).append(" (").append(title(current))
                    .append("), so the reference data cannot decide the claim.");
        } else if (current.manifest().isSeries() || current.manifest().isLong()) {
            why.append(current.manifest().title()).append(" (").append(current.manifest().publisher()).append("): ")
                    .append(outcome.finding()).append('.');
        } else {
            why.append(title(current)).append(asOf == null ? "" : ", current on " + DAY.format(asOf)).append(": ")
                    .append(outcome.finding()).append('.');
        }
        if (about.place() != null && about.place().equals(l.entity())
                && claim.parts().places().isEmpty()) {
            why.append(" The claim names no country; it is read as about ").append(Figures.country(about.place()))
                    .append(", the one country its article's headline names.");
        }
        if (ClaimReading.revisedSince(current, asOf)) {
            why.append(" These are ").append(TableCheck.publisher(current)).append("'s figures as of ")
                    .append(current.manifest().published()).append(", published long after the article; they may have ")
                    .append("been revised since it was written.");
        }
        if (!current.manifest().isSeries() && !current.manifest().isLong()) {
            for (Dataset other : choice.others()) {
                if (other == current) {
                    continue;
                }
                Outcome o = run(l, other, choice, asOf);
                boolean later = other.manifest().published().isAfter(current.manifest().published());
                boolean differs = later ? !o.finding().equals(outcome.finding()) : o.status() != outcome.status();
                if (o.status() != VerdictStatus.NOT_ENOUGH_DATA && differs) {
                    why.append(later ? " The later " + TableCheck.label(other) + " edition revised this: "
                            : " In the " + TableCheck.label(other) + " edition, ").append(past(withoutClaim(o.finding()))).append('.');
                    evidence.add(Evidence.of(other, o.detail()));
                }
            }
        }
        if (!choice.note().isEmpty() && current == choice.current()) {
            why.append(' ').append(choice.note());
        }
        return new Verdict(outcome.status(), why.toString(), evidence);
    }

    /**
     * A rate (unemployment, growth, inflation) from a yearly table, for a claim that names no year of its figure (none,
     * or only the start of a run: "since 2000", "the highest since 1981"): the latest full
     * year's figure can support it, but cannot refute it, since the claim may speak of a later month or quarter
     * ("unemployment rose to 10%" in a March article may be January's rate).
     */
    private static Outcome unsure(Outcome o, Claim claim, Dataset d, Lookup l) {
        boolean yearly = d.manifest().time() != null && d.manifest().time().axis() == Manifest.Axis.YEAR;
        Measure m = d.measure(l.metric(), l.year()).orElse(null);
        boolean rate = m != null && (m.kind() == Measure.Kind.PERCENT || m.kind() == Measure.Kind.GROWTH);
        boolean yearNamed = claim.parts().year() != null && claim.parts().year().equals(l.year());
        if (o.status() != VerdictStatus.CONTRADICTED || !yearly || !rate || yearNamed
                || l.check() == Lookup.Check.RANKING || l.check() == Lookup.Check.COMPARISON) {
            return o;
        }
        return new Outcome(VerdictStatus.NOT_ENOUGH_DATA, o.finding() + "; the claim names no year and may speak of a "
                + "later month than this full-year figure", o.detail());
    }

    /**
     * A claim of a forecast, a plan or a wish ("expected to fall to 4%") is not refuted by what happened, nor is its
     * denial ("would not reach 4%") supported by it.
     */
    private static Outcome speculative(Outcome o, Claim claim) {
        boolean refutes = o.status() == VerdictStatus.CONTRADICTED
                || o.status() == VerdictStatus.SUPPORTED && claim.parts().negated();
        if (!refutes || !org.assay.claim.Modality.speculative(claim.text())) {
            return o;
        }
        return new Outcome(VerdictStatus.NOT_ENOUGH_DATA, o.finding() + "; the claim speaks of a forecast, a "
                + "possibility or a wish, which figures of what happened do not refute", o.detail(), o.actual());
    }

    /**
     * A level far from the claim's, from a dataset the claim reached by measure words alone ("exports", "workforce",
     * with no subject named): the claim's figure is likely of something else, so it is not refuted.
     */
    private Outcome otherThing(Outcome o, Dataset d, Lookup l) {
        Measure m = d.measure(l.metric(), l.year()).orElse(null);
        if (o.status() == VerdictStatus.SUPPORTED && o.actual() != null && l.figure() != null && m != null
                && m.kind() == Measure.Kind.LEVEL && l.figure().value() > 0 && bound(l.figure(), o.actual())) {
            return new Outcome(VerdictStatus.NOT_ENOUGH_DATA, o.finding() + "; a floor under a tenth of the reference, or "
                    + "a ceiling over ten times it, is likely of something else", o.detail());
        }
        if (o.status() != VerdictStatus.CONTRADICTED || o.actual() == null || l.figure() == null || m == null
                || m.kind() != Measure.Kind.LEVEL || !vocabulary.generic(l.family()) || o.actual() == 0) {
            return o;
        }
        double ratio = Math.abs(l.figure().value() / o.actual());
        if (ratio <= Tolerance.OTHER_THING && ratio >= 1 / Tolerance.OTHER_THING) {
            return o;
        }
        return new Outcome(VerdictStatus.NOT_ENOUGH_DATA, o.finding() + "; a figure " + (ratio > 1 ? "over ten times"
                : "under a tenth of") + " the reference is likely of something else (a part, a figure per person, "
                + "another unit)", o.detail());
    }

    /**
     * Whether a floor far below the actual figure ("more than $350 billion" against a $19.6 trillion GDP) or a ceiling
     * far above it holds only because the claim's figure is of something smaller or larger.
     */
    private static boolean bound(Claimed said, double actual) {
        double ratio = Math.abs(said.value() / actual);
        return switch (said.hedge()) {
            case MORE_THAN, AT_LEAST, WELL_OVER -> ratio < 1 / Tolerance.OTHER_THING;
            case LESS_THAN, AT_MOST -> ratio > Tolerance.OTHER_THING;
            default -> false;
        };
    }

    /**
     * A rate from statistics published long after the article, within {@link Tolerance#REVISION_LIMIT} of the claim:
     * the claim may have been right on the figures of its day, so it is not refuted.
     */
    private static Outcome revised(Outcome o, Dataset d, Lookup l, LocalDate asOf) {
        Measure m = d.measure(l.metric(), l.year()).orElse(null);
        boolean rate = m != null && (m.kind() == Measure.Kind.PERCENT || m.kind() == Measure.Kind.GROWTH);
        if (o.status() != VerdictStatus.CONTRADICTED || !rate || l.figure() == null
                || !ClaimReading.revisedSince(d, asOf) || l.check() == Lookup.Check.RANKING
                || l.check() == Lookup.Check.COMPARISON) {
            return o;
        }
        if (o.actual() == null || Math.abs(o.actual() - l.figure().value()) > Tolerance.REVISION_LIMIT
                && Math.abs(o.actual() - l.figure().upper()) > Tolerance.REVISION_LIMIT) {
            return o;
        }
        return new Outcome(VerdictStatus.NOT_ENOUGH_DATA, o.finding() + "; so close a first estimate may have been "
                + "revised to today's figure since", o.detail());
    }

    private Outcome run(Lookup l, Dataset d, ReferenceData.Choice choice, LocalDate asOf) {
        Outcome o = switch (l.check()) {
            case POLL -> polls.check(l, d, asOf);
            case PERIOD -> period.check(l, d, asOf);
            case CHANGE -> change.check(l, d, previous(choice, d), ClaimReading.revisedSince(d, asOf));
            case PAST_RANK -> pastRank.check(l, d);
            default -> table.check(l, d);
        };
        if (!l.negated() || o.status() == VerdictStatus.NOT_ENOUGH_DATA) {
            return o;
        }
        VerdictStatus flipped = o.status() == VerdictStatus.SUPPORTED ? VerdictStatus.CONTRADICTED
                : VerdictStatus.SUPPORTED;
        return new Outcome(flipped, o.finding() + ", which the claim denies", o.detail());
    }

    /** The current edition, unless the claim names a year only an earlier edition (out by the date) has figures for. */
    private static Dataset withYear(ReferenceData.Choice choice, Lookup l, LocalDate asOf) {
        Dataset current = choice.current();
        if (l.year() == null || hasYear(current, l)) {
            return current;
        }
        Dataset best = null;
        for (Dataset d : choice.others()) {
            boolean out = asOf == null || !d.manifest().published().isAfter(asOf);
            if (out && hasYear(d, l)) {
                best = d;
            }
        }
        return best == null ? current : best;
    }

    private static boolean hasYear(Dataset d, Lookup l) {
        return d.measure(l.metric(), l.year()).map(m -> m.year() == null || m.year().equals(l.year())).orElse(false);
    }

    private static Dataset previous(ReferenceData.Choice choice, Dataset d) {
        Dataset before = null;
        List<Dataset> all = new ArrayList<>(choice.others());
        all.add(choice.current());
        for (Dataset e : all) {
            if (e.manifest().published().isBefore(d.manifest().published())
                    && (before == null || e.manifest().published().isAfter(before.manifest().published()))) {
                before = e;
            }
        }
        return before;
    }

    private static String title(Dataset d) {
        return d.manifest().isSeries() ? d.manifest().title() + ", " + d.manifest().publisher()
                : TableCheck.publisher(d) + " " + TableCheck.label(d) + ", edition " + d.edition();
    }

    /** A finding without its closing "(the claim: ...)": a note about another edition need not repeat the claim. */
    private static String withoutClaim(String finding) {
        return finding.replaceFirst(" \\(the claim: [^)]*\\)$", "");
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String past(String finding) {
        return finding.replace(" ranks ", " ranked ").replace(" gives ", " gave ").replace(" has ", " had ");
    }
}
