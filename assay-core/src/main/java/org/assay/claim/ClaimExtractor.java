package org.assay.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.assay.article.Span;
import org.assay.entity.Entities;
import org.assay.nlp.Annotated;
import org.assay.nlp.Sentence;
import org.assay.nlp.Token;
import org.assay.quote.Quote;
import org.assay.verify.Verdict;

/**
 * Finds check-worthy claims, with their claimant (the speaker when inside reported speech) and cited source.
 *
 * <p>Each sentence is cut into clauses ({@link ClauseSplitter}); each clause's parts are read ({@link PartsReader}),
 * its kind chosen (RANKING, COMPARISON, CHANGE, PERCENTAGE, QUANTITY, EVENT, OTHER, in that order of precedence), its
 * check-worthiness scored ({@link Checkworthiness}) and its claimant resolved ({@link ClaimantResolver}). A clause is
 * reported when its score reaches {@link Checkworthiness#MEASURABLE_THRESHOLD} (figures, ranks, comparisons, changes)
 * or {@link Checkworthiness#OTHER_THRESHOLD} (events and the rest). The article's stance is read from the clause's
 * frame ("falsely claiming ..."); a measurable clause the article gives right after a disputed one, in parentheses or
 * opening with "in fact", "actually", "in reality", is its CORRECTION, and the two are linked by id.
 *
 * <p>Reads only the text, the sentence spans, the entity mentions, the quotes and the places its {@link PlaceFinder} names; costs well under a millisecond a
 * sentence. Stateless and thread-safe.
 */
public final class ClaimExtractor {

    private static final Pattern CORRECTION_OPENING = Pattern.compile(
            "(?i)^(?:in\\s+fact|actually|in\\s+reality|in\\s+truth|the\\s+(?:real|actual)\\s+(?:figure|number))\\b");

    private final ClauseSplitter splitter = new ClauseSplitter();
    private final PartsReader reader;
    private final ClaimantResolver claimants = new ClaimantResolver();

    /** An extractor whose claims carry the places {@code places} finds in them. */
    public ClaimExtractor(PlaceFinder places) {
        this.reader = new PartsReader(places);
    }

    /** An extractor whose claims carry no places ({@link PlaceFinder#NONE}). */
    public ClaimExtractor() {
        this(PlaceFinder.NONE);
    }

    /** The claims of an annotated article, in text order, ids {@code c1}, {@code c2}, ...; verdicts UNCHECKED. */
    public List<Claim> extract(Annotated doc, Entities entities, List<Quote> quotes) {
        String text = doc.text();
        List<Candidate> kept = new ArrayList<>();
        for (Sentence sentence : doc.sentences()) {
            for (Segment seg : splitter.split(text, sentence.span(), offset -> isNounAt(doc, offset))) {
                Candidate c = candidate(doc, seg, sentence, entities, quotes);
                if (c != null) {
                    kept.add(c);
                }
            }
        }
        return link(kept);
    }

    /**
     * One claim given as its words alone, with no article around it ({@code assay check "..."}, a checker's test
     * sentence): its parts are read as {@link #extract} reads a clause's but with no entity annotations (so
     * {@link ClaimParts#subjects()} is empty and spans are offsets into {@code sentence}), and its kind and
     * check-worthiness are chosen the same way. Id {@code c1}, claimant ARTICLE, verdict UNCHECKED, no stance.
     *
     * @param citedSource the source the sentence cites, or {@code null}
     * @param published   the date "last year", "this month" are read against, or {@code null}
     */
    public Claim claimOf(String sentence, String citedSource, LocalDate published) {
        Span span = new Span(0, sentence.length());
        WordSet words = WordSet.of(sentence);
        ClaimParts parts = reader.read(sentence, span, words, Entities.NONE, published);
        double score = Checkworthiness.score(sentence, words, parts, 0, citedSource != null, false);
        return new Claim("c1", kindOf(parts, words, 0), sentence, 0, sentence.length(), score, Claimant.ARTICLE,
                citedSource, Verdict.UNCHECKED, parts, Stance.NONE);
    }

    /**
     * The highest check-worthiness of any clause of the document, reported as a claim or not; 0 for a document with no
     * clause. Scores a single sentence ("is this worth checking?") the way {@link #extract} scores its clauses.
     */
    public double checkworthiness(Annotated doc, Entities entities) {
        String text = doc.text();
        double best = 0;
        for (Sentence sentence : doc.sentences()) {
            for (Segment seg : splitter.split(text, sentence.span(), offset -> isNounAt(doc, offset))) {
                String words = seg.content().of(text);
                WordSet wordSet = WordSet.of(words);
                ClaimParts parts = reader.read(text, seg.content(), wordSet, entities, doc.article().published());
                int names = PartsReader.refs(text, seg.content(), entities).size();
                best = Math.max(best, Checkworthiness.score(words, wordSet, parts, names, seg.citedSource() != null,
                        !seg.stanceCue().isEmpty()));
            }
        }
        return best;
    }

    private Candidate candidate(Annotated doc, Segment seg, Sentence sentence, Entities entities, List<Quote> quotes) {
        String text = doc.text();
        LocalDate published = doc.article().published();
        Span span = seg.content();
        String words = span.of(text);
        WordSet wordSet = WordSet.of(words);
        ClaimParts parts = reader.read(text, span, wordSet, entities, published);
        int names = PartsReader.refs(text, span, entities).size()
                + parts.ranks().stream().mapToInt(r -> r.ahead().size()).sum();
        double score = Checkworthiness.score(words, wordSet, parts, names, seg.citedSource() != null,
                !seg.stanceCue().isEmpty());
        ClaimKind kind = kindOf(parts, wordSet, names);
        boolean measurable = kind != ClaimKind.EVENT && kind != ClaimKind.OTHER;
        if (score < (measurable ? Checkworthiness.MEASURABLE_THRESHOLD : Checkworthiness.OTHER_THRESHOLD)) {
            return null;
        }
        Stance stance = seg.stanceCue().isEmpty() ? Stance.NONE
                : new Stance(seg.disputes() ? Stance.Kind.DISPUTED : Stance.Kind.ENDORSED, seg.stanceCue(), null);
        Claimant claimant = claimants.resolve(text, seg, sentence.span(), entities, quotes);
        if (parts.subjects().isEmpty()) {
            parts = parts.withSubjects(ClaimantResolver.personPronounSubject(text, span, entities, claimant));
        }
        Claim claim = new Claim(null, kind, span.of(doc.article().text()), span.start(), span.end(), score, claimant,
                seg.citedSource(), Verdict.UNCHECKED, parts, stance);
        return new Candidate(claim, sentence.index(), seg.parenthetical());
    }

    /** Whether the token starting at {@code offset} is tagged as a noun; false when there are no tags. */
    private static boolean isNounAt(Annotated doc, int offset) {
        int t = doc.tokenAt(offset);
        if (t >= doc.tokens().size()) {
            return false;
        }
        Token token = doc.tokens().get(t);
        return token.start() == offset && token.tag() != null && token.tag().startsWith("NN");
    }

    static ClaimKind kindOf(ClaimParts parts, WordSet words, int names) {
        if (!parts.ranks().isEmpty()) {
            return ClaimKind.RANKING;
        }
        if (parts.comparison() != null) {
            return ClaimKind.COMPARISON;
        }
        Change change = parts.change();
        if (change != null && (change.factor() != null || change.from() != null || change.to() != null
                || change.by() != null)) {
            return ClaimKind.CHANGE;
        }
        if (parts.quantities().stream().anyMatch(q -> q.unit() == Unit.PERCENT || q.unit() == Unit.PERCENTAGE_POINTS)) {
            return ClaimKind.PERCENTAGE;
        }
        if (!parts.quantities().isEmpty()) {
            return ClaimKind.QUANTITY;
        }
        return Checkworthiness.isEvent(words, names) ? ClaimKind.EVENT : ClaimKind.OTHER;
    }

    /** Numbers the claims and links each disputed claim to the article's correction of it. */
    private static List<Claim> link(List<Candidate> kept) {
        List<Claim> out = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            out.add(withId(kept.get(i).claim(), "c" + (i + 1)));
        }
        for (int i = 0; i + 1 < out.size(); i++) {
            Claim disputed = out.get(i);
            Claim next = out.get(i + 1);
            Candidate n = kept.get(i + 1);
            boolean follows = n.sentence() == kept.get(i).sentence() && n.parenthetical()
                    || n.sentence() - kept.get(i).sentence() <= 1 && CORRECTION_OPENING.matcher(next.text()).find();
            if (disputed.stance().kind() == Stance.Kind.DISPUTED && follows && next.parts().isMeasurable()
                    && next.stance().kind() == Stance.Kind.NONE) {
                out.set(i, disputed.withStance(disputed.stance().withRelated(next.id())));
                out.set(i + 1, next.withStance(new Stance(Stance.Kind.CORRECTION, correctionCue(n), disputed.id()))
                        .withParts(next.parts().filledFrom(disputed.parts())));
            }
        }
        return List.copyOf(out);
    }

    private static String correctionCue(Candidate c) {
        var m = CORRECTION_OPENING.matcher(c.claim().text());
        return m.find() ? m.group() : "(parenthetical)";
    }

    private static Claim withId(Claim c, String id) {
        return new Claim(id, c.kind(), c.text(), c.start(), c.end(), c.checkworthiness(), c.claimant(), c.citedSource(),
                c.verdict(), c.parts(), c.stance());
    }

    private record Candidate(Claim claim, int sentence, boolean parenthetical) {
    }
}
