package org.assay.nlp;

import java.util.List;
import org.assay.article.Article;

/**
 * An article with its tokens, sentences and named-entity spans; offsets point into {@code article.text()}.
 *
 * @param text the article's {@link Article#analysisText()}, which every stage reads; same offsets as its text
 */
public record Annotated(Article article, String text, List<Token> tokens, List<Sentence> sentences,
                        List<NameSpan> names) {

    public Annotated {
        if (text.length() != article.text().length()) {
            throw new IllegalArgumentException("analysis text of length " + text.length() + " for an article of "
                    + article.text().length());
        }
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        names = List.copyOf(names);
    }

    /** Index of the first token that ends after {@code offset}; {@code tokens().size()} when none does. */
    public int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
