package org.assay.nlp;

import java.util.List;
import org.assay.article.Article;

/** An article with its tokens, sentences and named-entity spans; offsets point into {@code article.text()}. */
public record Annotated(Article article, List<Token> tokens, List<Sentence> sentences, List<NameSpan> names) {

    public Annotated {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        names = List.copyOf(names);
    }

    public String text() {
        return article.text();
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
