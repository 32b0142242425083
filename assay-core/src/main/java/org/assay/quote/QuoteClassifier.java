package org.assay.quote;

import java.util.Locale;
import java.util.Set;

/**
 * DIRECT, PARTIAL or TERM for a quotation:
 * <ul>
 *   <li>DIRECT: it opens with a capital and stands where a sentence can start (paragraph start, after a colon, a
 *       comma, a dash, a full stop or a list bullet), and is longer than a label or ends like a sentence:
 *       {@code He said: "We are ready."}, {@code "Not today!"};</li>
 *   <li>TERM: at most three words, used as a label: after an article or a naming word ({@code a "dictator"},
 *       {@code so-called "new territories"}), or with nobody saying it;</li>
 *   <li>PARTIAL: any other fragment woven into reported speech.</li>
 * </ul>
 * Stateless.
 */
final class QuoteClassifier {

    private static final int MAX_TERM_WORDS = 3;
    private static final Set<String> LABEL_WORDS = Set.of(
            "a", "an", "the", "so-called", "called", "calling", "calls", "dubbed", "term", "word", "words", "as",
            "phrase", "label", "labeled", "labelled", "branded", "nicknamed", "named", "titled", "entitled", "his",
            "her", "their", "its", "of");

    private QuoteClassifier() {
    }

    static QuoteKind classify(String text, Quotation q, boolean attributed) {
        String inner = text.substring(q.textStart(), q.textEnd()).strip();
        int before = q.open() - 1;
        while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t')) {
            before--;
        }
        char prev = before < 0 ? '\n' : text.charAt(before);
        boolean sentencePosition = prev == '\n' || ":,.!?—–-(\"“”•*·▪●".indexOf(prev) >= 0 || q.continues();
        boolean capital = !inner.isEmpty() && (Character.isUpperCase(inner.charAt(0)) || Character.isDigit(inner.charAt(0)));
        int words = inner.isEmpty() ? 0 : inner.split("\\s+").length;
        boolean sentence = capital && sentencePosition && (words > MAX_TERM_WORDS || endsSentence(inner));
        if (sentence) {
            return QuoteKind.DIRECT;
        }
        if (words <= MAX_TERM_WORDS) {
            String previousWord = previousWord(text, before);
            if (!attributed || LABEL_WORDS.contains(previousWord)) {
                return QuoteKind.TERM;
            }
        }
        return capital && sentencePosition ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
    }

    private static boolean endsSentence(String inner) {
        String s = inner.replaceAll("[,”\"’')]+$", "");
        return s.endsWith(".") || s.endsWith("!") || s.endsWith("?");
    }

    private static String previousWord(String text, int end) {
        int i = end;
        while (i >= 0 && !Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return text.substring(i + 1, end + 1).toLowerCase(Locale.ROOT);
    }
}
