package org.assay.nlp;

import org.assay.article.Span;

/**
 * One token.
 *
 * @param index    position in the article's token list
 * @param word     the token as it appears in the text
 * @param tag      Penn Treebank part-of-speech tag
 * @param ner      CoreNLP's 4-class label (PERSON, ORGANIZATION, LOCATION, MISC) or {@code "O"}
 * @param sentence index of the sentence holding it
 */
public record Token(int index, String word, String tag, String ner, int start, int end, int sentence) {

    /** This token with part-of-speech tag {@code tag}: for mending a tagger error. */
    public Token withTag(String tag) {
        return new Token(index, word, tag, ner, start, end, sentence);
    }

    public Span span() {
        return new Span(start, end);
    }

    public boolean isVerb() {
        return tag.startsWith("VB");
    }

    public boolean isProperNoun() {
        return tag.startsWith("NNP");
    }
}
