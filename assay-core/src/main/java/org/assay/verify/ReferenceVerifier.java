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
    private final ClaimExtractor claims = new ClaimExtractor();
    private final TableCheck table = new TableCheck();
    private final ChangeCheck change = new ChangeCheck();
    private final PollCheck polls = new PollCheck();
    private final PeriodCheck period = new PeriodCheck();
    private final ArithmeticCheck arithmetic = new ArithmeticCheck();

    public ReferenceVerifier(ReferenceData data) {
        this.data = Objects.requireNonNull(data, "data");
        this.vocabulary = new Vocabulary(data.datasets());
        this.reading = new ClaimReading(data, vocabulary);
    }

    public ReferenceData data() {
        return data;
    }

    @Override
    public Verdict check(Claim claim, LocalDate asOf) {
        return check(claim, asOf, null, Set.of());
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
        Set<String> subjects = vocabulary.subjectsNamed(article.analysisText());
        Map<String, Claim> byId = new HashMap<>();
        claims.forEach(c -> byId.put(c.id(), c));
        return claims.stream().map(c -> {
            Claim related = c.stance().related() == null ? null : byId.get(c.stance().related());
            String context = c.stance().kind() == Stance.Kind.CORRECTION && related != null ? related.text() : null;
            return c.withVerdict(check(c, article.published(), context, subjects));
        }).toList();
    }

    /**
     * A claim carrying parts is read through them (their spans point into its article); a claim without
     * ({@link ClaimParts#EMPTY}, e.g. built by hand) has its words read into parts first, as {@link #check(String,
     * String, LocalDate)} does.
     */
    private Verdict check(Claim claim, LocalDate asOf, String context, Set<String> articleSubjects) {
        boolean read = !claim.parts().equals(ClaimParts.EMPTY);
        Claim c = read ? claim : claims.claimOf(claim.text(), claim.citedSource(), asOf);
        return StanceNote.add(check(c, read ? claim.start() : 0, asOf, context, articleSubjects), claim.stance());
    }

    /**
     * Checks a claim given as its words (and the source it cites, or {@code null}), with no article around it; the words
     * are read into a claim by {@link ClaimExtractor#claimOf}.
     */
    public Verdict check(String text, String citedSource, LocalDate asOf) {
        return check(claims.claimOf(text, citedSource, asOf), 0, asOf, null, Set.of());
    }

    /**
     * Checks a claim given as its words, inside an article whose text is {@code articleText}: a claim that does not
     * say what its figure is of ("resources of this kind", "his approval rating") is about the subject the article
     * names.
     */
    public Verdict check(String text, String citedSource, LocalDate asOf, String articleText) {
        return check(claims.claimOf(text, citedSource, asOf), 0, asOf, null, vocabulary.subjectsNamed(articleText));
    }

    /** Checks a claim whose parts' spans point into a text where the claim's words start at {@code base}. */
    private Verdict check(Claim claim, int base, LocalDate asOf, String context, Set<String> articleSubjects) {
        Optional<Verdict> own = arithmetic.check(claim.parts(), claim.text(), base);
        if (own.isPresent()) {
            return own.get();
        }
        if (data.datasets().isEmpty()) {
            return Verdict.UNCHECKED;
        }
        ClaimReading.Result r = reading.read(claim, base, asOf, context, articleSubjects);
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
        Outcome outcome = unsure(run(l, current, choice, asOf), claim, current, l);
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
     * A rate (unemployment, growth, inflation) from a yearly table, for a claim that names no year: the latest full
     * year's figure can support it, but cannot refute it, since the claim may speak of a later month or quarter
     * ("unemployment rose to 10%" in a March article may be January's rate).
     */
    private static Outcome unsure(Outcome o, Claim claim, Dataset d, Lookup l) {
        boolean yearly = d.manifest().time() != null && d.manifest().time().axis() == Manifest.Axis.YEAR;
        Measure m = d.measure(l.metric(), l.year()).orElse(null);
        boolean rate = m != null && (m.kind() == Measure.Kind.PERCENT || m.kind() == Measure.Kind.GROWTH);
        if (o.status() != VerdictStatus.CONTRADICTED || !yearly || !rate || claim.parts().year() != null
                || l.check() == Lookup.Check.RANKING || l.check() == Lookup.Check.COMPARISON) {
            return o;
        }
        return new Outcome(VerdictStatus.NOT_ENOUGH_DATA, o.finding() + "; the claim names no year and may speak of a "
                + "later month than this full-year figure", o.detail());
    }

    private Outcome run(Lookup l, Dataset d, ReferenceData.Choice choice, LocalDate asOf) {
        Outcome o = switch (l.check()) {
            case POLL -> polls.check(l, d, asOf);
            case PERIOD -> period.check(l, d, asOf);
            case CHANGE -> change.check(l, d, previous(choice, d));
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
