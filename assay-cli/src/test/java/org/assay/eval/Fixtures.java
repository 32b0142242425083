package org.assay.eval;

import org.assay.article.Span;
import org.assay.quote.Quote;
import org.assay.quote.QuoteKind;
import org.assay.quote.Speaker;

/** Builds predicted quotes for scorer tests from the text they stand in. */
final class Fixtures {

    private Fixtures() {
    }

    /** The quote whose text is the first occurrence of {@code words}, spoken by {@code name} at {@code mention}. */
    static Quote quote(String text, String words, QuoteKind kind, String name, String mention) {
        int start = text.indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException("not in fixture: " + words);
        }
        Speaker speaker = null;
        if (name != null) {
            int at = text.indexOf(mention);
            speaker = new Speaker(null, name, new Span(at, at + mention.length()));
        }
        return new Quote("q" + start, kind, words, start, start + words.length(), "said", speaker, 0.9);
    }

    /** The span of the first occurrence of {@code words} in {@code text}, as brat writes it. */
    static String brat(String text, String words) {
        int start = text.indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException("not in fixture: " + words);
        }
        return start + " " + (start + words.length());
    }
}
