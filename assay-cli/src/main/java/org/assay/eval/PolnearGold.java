package org.assay.eval;

import java.util.ArrayList;
import java.util.List;
import org.assay.article.Span;

/**
 * The gold of one PolNeAR article (docs/CONTRACT.md "PolNeAR scoring").
 *
 * <p>{@code attributions}: every relation with a Source and a Content (any role {@code Content}, {@code Content2} ...).
 * {@code quotes}: every stretch between double quotation marks (straight or curly, at least 2 characters, within one
 * line) whose trimmed text ({@link QuoteText#trim}) lies inside the Content of such a relation: between the start of
 * its first Content span and the end of its last (gaps of a discontinuous Content included). A stretch inside several
 * relations belongs to the first in file order.
 */
record PolnearGold(List<Attribution> attributions, List<GoldQuote> quotes) {

    PolnearGold {
        attributions = List.copyOf(attributions);
        quotes = List.copyOf(quotes);
    }

    /** One attribution relation: its Source and Content spans, sorted; {@code sourceText} joins the Source spans. */
    record Attribution(List<Span> source, List<Span> content, String sourceText) {
        Attribution {
            source = List.copyOf(source);
            content = List.copyOf(content);
        }

        boolean contentCovers(Span s) {
            return content.get(0).start() <= s.start() && s.end() <= content.get(content.size() - 1).end();
        }

        /** Characters of {@code s} inside the Content spans. */
        int contentOverlap(Span s) {
            return content.stream().mapToInt(c -> c.overlap(s)).sum();
        }
    }

    /** A gold quote: the stretch inside the marks, and the relation whose Content holds it. */
    record GoldQuote(Span span, Attribution attribution) implements GoldStatement {
        @Override
        public boolean optional() {
            return false;
        }

        @Override
        public String speakerLabel() {
            return attribution.sourceText();
        }
    }

    static PolnearGold of(String text, BratDocument doc) {
        List<Attribution> attributions = new ArrayList<>();
        for (BratDocument.Event event : doc.events()) {
            List<Span> source = inText(doc.spans(event.targets("Source")), text);
            List<Span> content = inText(doc.spans(event.targets("Content")), text);
            if (!source.isEmpty() && !content.isEmpty()) {
                String sourceText = String.join(" ", source.stream().map(s -> s.of(text)).toList());
                attributions.add(new Attribution(source, content, sourceText));
            }
        }
        List<GoldQuote> quotes = new ArrayList<>();
        for (Span stretch : quoteStretches(text)) {
            Span trimmed = QuoteText.trim(text, stretch);
            if (trimmed.length() == 0) {
                continue;
            }
            attributions.stream().filter(a -> a.contentCovers(trimmed)).findFirst()
                    .ifPresent(a -> quotes.add(new GoldQuote(stretch, a)));
        }
        return new PolnearGold(attributions, quotes);
    }

    /**
     * Stretches between double quotation marks within one line, at least 2 characters, not counting the marks. An
     * opening mark is “, „, or {@code "} at the start of a line or after white space, an opening bracket or a dash; a
     * closing one {@code "} or ”. A “ met inside an open stretch closes it and opens the next one.
     */
    static List<Span> quoteStretches(String text) {
        List<Span> stretches = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                open = -1;
            } else if (open < 0) {
                if (c == '“' || c == '„' || (c == '"' && opensStraight(text, i))) {
                    open = i + 1;
                }
            } else if (c == '"' || c == '”' || c == '“' || c == '„') {
                if (i - open >= 2) {
                    stretches.add(new Span(open, i));
                }
                open = c == '"' || c == '”' ? -1 : i + 1;
            }
        }
        return stretches;
    }

    /** A straight mark opens only at the start of a line or after white space or an opening bracket or dash. */
    private static boolean opensStraight(String text, int i) {
        return i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{—–-/".indexOf(text.charAt(i - 1)) >= 0;
    }

    private static List<Span> inText(List<Span> spans, String text) {
        return spans.stream().filter(s -> s.end() <= text.length()).toList();
    }
}
