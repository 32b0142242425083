package org.assay.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import org.assay.analysis.Analysis;
import org.assay.article.Span;
import org.assay.claim.Claim;
import org.assay.entity.Entity;
import org.assay.entity.EntityType;
import org.assay.quote.Quote;
import org.assay.quote.QuoteKind;

/**
 * Scores one analysis against its gold file (docs/CONTRACT.md "Gold files"). Figures:
 * <ul>
 *   <li>{@code quotes}: gold quotes vs predicted quotes that are not INDIRECT; right = speaker;</li>
 *   <li>{@code indirect}: gold {@code indirect} vs predicted INDIRECT quotes; right = speaker;</li>
 *   <li>{@code all attributions}: the two above together (each matched within its own list), the figure that PolNeAR
 *       sets report under the same name;</li>
 *   <li>{@code entities}: every gold entity vs every predicted one, matched when a name or alias of one equals a name
 *       or alias of the other (ignoring case), one-to-one in gold order; right = same type;</li>
 *   <li>{@code people}, {@code people affiliation}: the same for PERSON entities; right = every gold title is among
 *       the predicted titles (ignoring case), resp. the affiliation names the gold affiliation or one of its aliases;</li>
 *   <li>{@code claims}, {@code claims claimant}, {@code claims citedSource}, {@code claims verdict}: gold claims vs
 *       predicted claims, matched one-to-one greedy by overlap (any shared character); right = same kind, resp.
 *       claimant, cited source (both absent or same name), verdict status.</li>
 * </ul>
 * Speakers, claimants and sources are right when the predicted name equals the gold name or an alias of the gold
 * entity of that name (ignoring case). Stateless.
 */
final class GoldFileScorer {

    private GoldFileScorer() {
    }

    static ArticleResult score(GoldFile gold, Analysis analysis) {
        String id = analysis.article().id();
        String text = analysis.article().text();
        Map<String, Score> scores = new LinkedHashMap<>();
        List<QuoteError> errors = new ArrayList<>();

        List<Placed> quotes = place(gold.quotes(), GoldLocator.quotes(text, gold.quotes()));
        List<Quote> direct = analysis.quotes().stream().filter(q -> q.kind() != QuoteKind.INDIRECT).toList();
        BiPredicate<Placed, Quote> speaker = (g, q) -> q.speaker() != null
                && gold.sameName(g.quote().speaker(), q.speaker().name());
        QuoteScorer.Result quoteResult = QuoteScorer.score(id, "quotes", text, quotes, direct, speaker);
        scores.put("quotes", quoteResult.score());
        errors.addAll(quoteResult.errors());

        List<Placed> indirect = place(gold.indirect(), GoldLocator.statements(text, gold.indirect()));
        List<Quote> reported = analysis.quotes().stream().filter(q -> q.kind() == QuoteKind.INDIRECT).toList();
        QuoteScorer.Result indirectResult = QuoteScorer.score(id, "indirect", text, indirect, reported, speaker);
        scores.put("indirect", indirectResult.score());
        scores.put("all attributions", quoteResult.score().plus(indirectResult.score()));
        errors.addAll(indirectResult.errors());

        scoreEntities(gold, analysis.entities(), scores);
        scoreClaims(gold, text, analysis.claims(), scores);
        return new ArticleResult(id, scores, errors, 0);
    }

    /** A gold quote at its place in the article. */
    record Placed(GoldFile.Quote quote, Span span) implements GoldStatement {
        @Override
        public boolean optional() {
            return quote.optional();
        }

        @Override
        public String speakerLabel() {
            return quote.speaker();
        }
    }

    private static List<Placed> place(List<GoldFile.Quote> quotes, List<Span> spans) {
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            placed.add(new Placed(quotes.get(i), spans.get(i)));
        }
        return placed;
    }

    private static void scoreEntities(GoldFile gold, List<Entity> predicted, Map<String, Score> scores) {
        List<GoldFile.Entity> all = gold.entities();
        int[] match = matchEntities(all, predicted);
        int matched = 0;
        int typed = 0;
        for (int g = 0; g < all.size(); g++) {
            if (match[g] >= 0) {
                matched++;
                if (predicted.get(match[g]).type().name().equalsIgnoreCase(String.valueOf(all.get(g).type()))) {
                    typed++;
                }
            }
        }
        scores.put("entities", Score.oneToOne(all.size(), predicted.size(), matched, typed));

        List<GoldFile.Entity> people = all.stream().filter(e -> "PERSON".equalsIgnoreCase(e.type())).toList();
        List<Entity> persons = predicted.stream().filter(e -> e.type() == EntityType.PERSON).toList();
        int[] personMatch = matchEntities(people, persons);
        int found = 0;
        int titled = 0;
        int affiliated = 0;
        for (int g = 0; g < people.size(); g++) {
            if (personMatch[g] < 0) {
                continue;
            }
            found++;
            GoldFile.Entity ge = people.get(g);
            Entity pe = persons.get(personMatch[g]);
            List<String> titles = pe.titles().stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
            if (ge.titles().stream().allMatch(t -> titles.contains(t.toLowerCase(Locale.ROOT)))) {
                titled++;
            }
            if (gold.sameName(ge.affiliation(), pe.affiliation())) {
                affiliated++;
            }
        }
        scores.put("people", Score.oneToOne(people.size(), persons.size(), found, titled));
        scores.put("people affiliation", Score.oneToOne(people.size(), persons.size(), found, affiliated));
    }

    /** For each gold entity the index of its predicted entity, or -1; one-to-one, in gold order. */
    private static int[] matchEntities(List<GoldFile.Entity> gold, List<Entity> predicted) {
        int[] match = new int[gold.size()];
        boolean[] used = new boolean[predicted.size()];
        for (int g = 0; g < gold.size(); g++) {
            match[g] = -1;
            GoldFile.Entity ge = gold.get(g);
            for (int p = 0; p < predicted.size() && match[g] < 0; p++) {
                Entity pe = predicted.get(p);
                boolean same = ge.isCalled(pe.name()) || pe.aliases().stream().anyMatch(ge::isCalled);
                if (!used[p] && same) {
                    used[p] = true;
                    match[g] = p;
                }
            }
        }
        return match;
    }

    private static void scoreClaims(GoldFile gold, String text, List<Claim> predicted, Map<String, Score> scores) {
        List<GoldFile.Claim> claims = gold.claims();
        List<Span> goldSpans = GoldLocator.plain(text, claims.stream().map(GoldFile.Claim::text).toList()).stream()
                .map(s -> QuoteText.trim(text, s)).toList();
        List<Span> predictedSpans = predicted.stream().map(c -> QuoteText.trim(text, c.span())).toList();
        int goldCount = (int) claims.stream().filter(c -> !c.optional()).count();
        int predictedCount = predicted.size();
        int found = 0;
        int kind = 0;
        int claimant = 0;
        int source = 0;
        int verdict = 0;
        for (SpanMatcher.Pair pair : SpanMatcher.match(goldSpans, predictedSpans, 0)) {
            GoldFile.Claim g = claims.get(pair.gold());
            Claim p = predicted.get(pair.predicted());
            if (g.optional()) {
                predictedCount--;
                continue;
            }
            found++;
            kind += p.kind().name().equalsIgnoreCase(String.valueOf(g.kind())) ? 1 : 0;
            claimant += gold.sameName(g.claimant(), p.claimant().name()) ? 1 : 0;
            source += gold.sameName(g.citedSource(), stripArticle(p.citedSource())) ? 1 : 0;
            verdict += p.verdict().status().name().equalsIgnoreCase(String.valueOf(g.verdict())) ? 1 : 0;
        }
        scores.put("claims", Score.oneToOne(goldCount, predictedCount, found, kind));
        scores.put("claims claimant", Score.oneToOne(goldCount, predictedCount, found, claimant));
        scores.put("claims citedSource", Score.oneToOne(goldCount, predictedCount, found, source));
        scores.put("claims verdict", Score.oneToOne(goldCount, predictedCount, found, verdict));
    }

    private static String stripArticle(String name) {
        return name != null && name.regionMatches(true, 0, "the ", 0, 4) ? name.substring(4) : name;
    }
}
