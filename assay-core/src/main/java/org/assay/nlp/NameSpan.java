package org.assay.nlp;

import org.assay.article.Span;

/**
 * A run of tokens that the NER model labelled with one class.
 *
 * @param type       PERSON, ORGANIZATION, LOCATION or MISC
 * @param firstToken index of its first token; {@code endToken} is exclusive
 */
public record NameSpan(String type, String text, int start, int end, int firstToken, int endToken) {

    public Span span() {
        return new Span(start, end);
    }
}
