package org.assay.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.assay.analysis.Analysis;
import org.assay.article.Span;
import org.assay.quote.Quote;
import org.assay.quote.QuoteKind;

/**
 * Scores one analysis against a PolNeAR article (docs/CONTRACT.md "PolNeAR scoring"). Figures:
 * <ul>
 *   <li>{@code quotes}: the gold quotes of {@link PolnearGold} vs every predicted quote that is not INDIRECT, matched
 *       as for gold files; right = {@link #speakerRight};</li>
 *   <li>{@code all attributions}: every gold relation with a Source vs every predicted quote of any kind. A prediction
 *       belongs to the relation whose Content spans hold most of its trimmed text, when they hold at least half of it
 *       (several predictions may belong to one relation: a quote split in fragments). Precision = predictions that
 *       belong to a relation over predictions; recall = relations with at least one prediction over relations;
 *       accuracy = predictions with the right speaker over predictions that belong; a relation is right when one of
 *       its predictions has the right speaker.</li>
 * </ul>
 * Stateless.
 */
final class PolnearScorer {

    private static final double ATTRIBUTION_SHARE = 0.5;
    private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "we", "us", "our", "you", "your", "he", "him",
            "his", "she", "her", "hers", "it", "its", "they", "them", "their", "who", "whom", "which", "that", "this",
            "these", "those", "one", "someone", "himself", "herself", "themselves", "itself");

    private PolnearScorer() {
    }

    static ArticleResult score(String text, PolnearGold gold, Analysis analysis) {
        String id = analysis.article().id();
        Map<String, Score> scores = new LinkedHashMap<>();
        List<Quote> direct = analysis.quotes().stream().filter(q -> q.kind() != QuoteKind.INDIRECT).toList();
        QuoteScorer.Result quotes = QuoteScorer.score(id, "quotes", text, gold.quotes(), direct,
                (g, q) -> speakerRight(text, g.attribution(), q));
        scores.put("quotes", quotes.score());
        scores.put("all attributions", allAttributions(text, gold.attributions(), analysis.quotes()));
        return new ArticleResult(id, scores, quotes.errors(), 0);
    }

    /**
     * The PolNeAR speaker rule: the predicted speaker's mention overlaps the Source, or the last word of its canonical
     * name occurs (as a word, ignoring case) in the Source text; when the Source is a bare pronoun, only the mention
     * counts. A quote without a speaker is wrong.
     */
    static boolean speakerRight(String text, PolnearGold.Attribution gold, Quote predicted) {
        if (predicted.speaker() == null) {
            return false;
        }
        Span mention = predicted.speaker().mention();
        if (gold.source().stream().anyMatch(s -> s.overlaps(mention))) {
            return true;
        }
        String source = gold.sourceText().strip();
        if (PRONOUNS.contains(source.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String last = lastWord(predicted.speaker().name());
        return !last.isEmpty() && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(last) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(source).find();
    }

    static String lastWord(String name) {
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1].replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    }

    static Score allAttributions(String text, List<PolnearGold.Attribution> gold, List<Quote> predicted) {
        boolean[] found = new boolean[gold.size()];
        boolean[] foundRight = new boolean[gold.size()];
        int belong = 0;
        int right = 0;
        for (Quote q : predicted) {
            Span s = QuoteText.trim(text, q.span());
            int best = -1;
            int bestOverlap = 0;
            for (int g = 0; g < gold.size(); g++) {
                int overlap = gold.get(g).contentOverlap(s);
                if (overlap > bestOverlap) {
                    best = g;
                    bestOverlap = overlap;
                }
            }
            if (best < 0 || bestOverlap < ATTRIBUTION_SHARE * s.length()) {
                continue;
            }
            belong++;
            found[best] = true;
            if (speakerRight(text, gold.get(best), q)) {
                right++;
                foundRight[best] = true;
            }
        }
        int relationsFound = 0;
        int relationsRight = 0;
        for (int g = 0; g < gold.size(); g++) {
            relationsFound += found[g] ? 1 : 0;
            relationsRight += foundRight[g] ? 1 : 0;
        }
        return new Score(gold.size(), predicted.size(), relationsFound, belong, relationsRight, right);
    }
}
