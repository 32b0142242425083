package org.assay.claim;

import java.util.regex.Pattern;

/**
 * Scores how worth checking a clause is, 0 to 1, from what it carries: figures, rankings, comparisons and changes
 * raise it most; named entities, a cited source and a date raise it; questions, predictions, modal hedging and
 * opinion lower it. The weights are hand-set (a linear score, clamped), measured against ClaimBuster's labelled
 * debate sentences (see the README for the figure); no model is loaded. Stateless and thread-safe.
 */
final class Checkworthiness {

    /** Score at or above which a measurable clause (a figure, rank, comparison or change) is reported as a claim. */
    static final double MEASURABLE_THRESHOLD = 0.5;
    /** Score at or above which an EVENT or OTHER clause is reported: it needs several signals at once. */
    static final double OTHER_THRESHOLD = 0.65;

    private static final Pattern QUESTION = Pattern.compile("\\?\\s*[\"”’]?\\s*$");
    private static final WordSet.Vocabulary MODAL = Modality.MODAL;
    private static final WordSet.Vocabulary OPINION = WordSet.Vocabulary.of("i think", "we think", "i believe", "we believe", "i feel",
            "we feel", "i hope", "we hope", "i want", "we want", "we need", "great", "terrible", "wonderful", "horrible",
            "best", "worst", "beautiful", "disaster", "disgrace", "love", "hate", "amazing", "awful", "ridiculous",
            "shameful", "tremendous", "should", "ought", "unfair", "wrong", "right thing");
    private static final WordSet.Vocabulary FACTUAL_VERB = WordSet.Vocabulary.of("is", "are", "was", "were", "has", "have", "had", "hold",
            "holds", "held", "rank", "ranks", "ranked", "produce", "produced", "produces", "exported", "imported",
            "account for", "accounts for", "total", "totals", "totalled", "totaled", "reached", "cost", "costs",
            "voted", "passed", "signed", "killed", "died", "won", "lost", "spent", "raised", "cut", "created",
            "increased", "decreased", "rose", "fell", "grew", "doubled", "tripled", "declined");
    private static final WordSet.Vocabulary PAST_EVENT = WordSet.Vocabulary.of("launched", "invaded", "annexed", "signed", "passed",
            "voted", "approved", "rejected", "killed", "died", "won", "elected", "appointed", "fired", "resigned",
            "arrested", "sanctioned", "banned", "declared", "announced", "opened", "closed", "attacked", "struck",
            "captured", "occupied", "withdrew", "imposed", "lifted", "vetoed", "ratified", "sued", "convicted",
            "indicted");
    private static final WordSet.Vocabulary DATE = WordSet.Vocabulary.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "last week", "last month", "last year");

    private Checkworthiness() {
    }

    /**
     * The score of a clause.
     *
     * @param text     the clause as written
     * @param words    its words
     * @param parts    what the clause carries
     * @param names    how many named entities it mentions
     * @param cited    whether it cites a source
     * @param disputed whether the article takes a position on it (disputes or corrects it)
     */
    static double score(String text, WordSet words, ClaimParts parts, int names, boolean cited, boolean disputed) {
        double s = 0.1;
        if (!parts.ranks().isEmpty()) {
            s += 0.45;
        }
        if (parts.quantities().stream().anyMatch(Checkworthiness::isStrong)) {
            s += 0.4;
        } else if (!parts.quantities().isEmpty()) {
            s += 0.2;
        }
        if (parts.quantities().stream().anyMatch(q -> q.unit() != Unit.NONE)) {
            s += 0.1;
        }
        if (parts.comparison() != null) {
            s += parts.comparison().than().isEmpty() && parts.quantities().isEmpty() ? 0.15 : 0.35;
        }
        if (parts.change() != null) {
            s += 0.2;
        }
        if (parts.metric() != null) {
            s += 0.05;
        }
        s += names >= 2 ? 0.15 : names == 1 ? 0.1 : 0;
        if (cited) {
            s += 0.1;
        }
        if (disputed) {
            s += 0.1;
        }
        if (parts.year() != null || words.hasAny(DATE)) {
            s += 0.05;
        }
        if (words.hasAny(FACTUAL_VERB)) {
            s += 0.1;
        }
        if (words.hasAny(PAST_EVENT)) {
            s += 0.1;
        }
        if (QUESTION.matcher(text).find()) {
            s -= 0.4;
        }
        if (words.hasAny(MODAL)) {
            s -= 0.25;
        }
        if (words.hasAny(OPINION)) {
            s -= 0.2;
        }
        if (words.size() < 4) {
            s -= 0.15;
        }
        return Math.max(0, Math.min(1, s));
    }

    /** Whether a clause without figures reports a dated, named event ("Russia annexed Crimea in 2014"). */
    static boolean isEvent(WordSet words, int names) {
        return names > 0 && words.hasAny(PAST_EVENT);
    }

    /** A figure that says something: written in digits, with a unit or scale, hedged, or ten and over. */
    static boolean isStrong(Quantity q) {
        return q.unit() != Unit.NONE || q.hedge() != Hedge.EXACT || q.value() >= 10 || q.precision() != 1
                || q.text().chars().anyMatch(Character::isDigit);
    }
}
