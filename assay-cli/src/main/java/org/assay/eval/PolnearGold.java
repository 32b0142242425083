package org.assay.eval;

import java.util.ArrayList;
import java.util.List;
import org.assay.article.Span;

/**
 * The gold of one PolNeAR article (docs/CONTRACT.md "PolNeAR scoring").
 *
 * <p>{@code attributions}: every relation with a Source and a Content (any role {@code Content}, {@code Content2} ...).
 * Its Content spans are kept sorted, with spans that only white space separates joined into one (annotators split a
 * Content at sentence boundaries). {@code quotes}: every stretch between double quotation marks (straight or curly, at
 * least 2 characters, within one line; see {@link #quoteStretches}) whose trimmed text ({@link QuoteText#trim}) lies
 * inside one Content span of such a relation. A stretch inside several relations belongs to the first in file order.
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
            return content.stream().anyMatch(c -> c.contains(s));
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
            List<Span> content = joinWhiteGaps(text, inText(doc.spans(event.targets("Content")), text));
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
     * Stretches between double quotation marks within one line, at least 2 characters, not counting the marks. A mark
     * "opens" when it stands at the start of a line or after white space, an opening bracket or a dash. Outside a
     * stretch, “ and „ start one, and so does an opening {@code "}. Inside one, {@code "} and ” end it; “ or „ ends it
     * too, and starts the next stretch when it opens (a quote whose closing mark is missing).
     */
    static List<Span> quoteStretches(String text) {
        List<Span> stretches = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean opens = opens(text, i);
            if (c == '\n' || c == '\r') {
                open = -1;
            } else if (c == '"' || c == '”' || c == '“' || c == '„') {
                boolean curlyOpener = c == '“' || c == '„';
                if (open < 0) {
                    open = curlyOpener || (c == '"' && opens) ? i + 1 : -1;
                } else {
                    if (i - open >= 2) {
                        stretches.add(new Span(open, i));
                    }
                    open = curlyOpener && opens ? i + 1 : -1;
                }
            }
        }
        return stretches;
    }

    private static boolean opens(String text, int i) {
        return i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{—–-/".indexOf(text.charAt(i - 1)) >= 0;
    }

    /** Sorted spans with those that only white space separates joined. */
    static List<Span> joinWhiteGaps(String text, List<Span> sorted) {
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && (s.start() <= last.end() || text.substring(last.end(), s.start()).isBlank())) {
                out.set(out.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static List<Span> inText(List<Span> spans, String text) {
        return spans.stream().filter(s -> s.end() <= text.length()).toList();
    }
}
