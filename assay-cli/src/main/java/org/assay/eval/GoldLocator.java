package org.assay.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assay.article.Span;
import org.assay.cli.UserError;

/**
 * Places gold items in their article's text (docs/CONTRACT.md "Gold files"). A quote with a given span stands there;
 * otherwise at the first occurrence of its text that opens right after a quotation mark, after the occurrence used by
 * an earlier item with the same text. When no occurrence follows a quotation mark, the first plain occurrence is used.
 * Indirect statements and claims stand at the first plain occurrence (same rule for repeated texts). A text that does
 * not occur is a {@link UserError}.
 */
final class GoldLocator {

    private GoldLocator() {
    }

    static List<Span> quotes(String article, List<GoldFile.Quote> quotes) {
        Map<String, Integer> used = new HashMap<>();
        List<Span> spans = new ArrayList<>();
        for (GoldFile.Quote q : quotes) {
            if (q.given() != null) {
                spans.add(inside(article, q.given()));
                continue;
            }
            int from = used.getOrDefault(q.text(), -1) + 1;
            int at = afterQuotationMark(article, q.text(), from);
            if (at < 0) {
                at = article.indexOf(q.text(), from);
            }
            spans.add(place(q.text(), at, used));
        }
        return spans;
    }

    /** Where each gold indirect statement stands: at its given span, else at the next occurrence of its text. */
    static List<Span> statements(String article, List<GoldFile.Quote> statements) {
        Map<String, Integer> used = new HashMap<>();
        List<Span> spans = new ArrayList<>();
        for (GoldFile.Quote q : statements) {
            if (q.given() != null) {
                spans.add(inside(article, q.given()));
            } else {
                spans.add(place(q.text(), article.indexOf(q.text(), used.getOrDefault(q.text(), -1) + 1), used));
            }
        }
        return spans;
    }

    private static Span inside(String article, Span given) {
        if (given.end() > article.length()) {
            throw new UserError("gold span " + given.start() + ".." + given.end() + " lies outside the article");
        }
        return given;
    }

    static List<Span> plain(String article, List<String> texts) {
        Map<String, Integer> used = new HashMap<>();
        List<Span> spans = new ArrayList<>();
        for (String t : texts) {
            int at = article.indexOf(t, used.getOrDefault(t, -1) + 1);
            spans.add(place(t, at, used));
        }
        return spans;
    }

    private static int afterQuotationMark(String article, String text, int from) {
        for (int at = article.indexOf(text, from); at >= 0; at = article.indexOf(text, at + 1)) {
            if (at > 0 && QuoteText.isQuotationMark(article.charAt(at - 1))) {
                return at;
            }
        }
        return -1;
    }

    private static Span place(String text, int at, Map<String, Integer> used) {
        if (at < 0) {
            throw new UserError("gold text not found in the article: \"" + Snippet.of(text) + "\"");
        }
        used.put(text, at);
        return new Span(at, at + text.length());
    }
}
