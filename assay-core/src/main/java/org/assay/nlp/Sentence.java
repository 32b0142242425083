package org.assay.nlp;

import org.assay.article.Span;

/**
 * One sentence: its character range and its tokens {@code [firstToken, endToken)} in the article's token list.
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken) {

    public Span span() {
        return new Span(start, end);
    }
}
