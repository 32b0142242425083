package org.assay.nlp;

import java.util.Objects;

/**
 * A sentence of gold training or test data: its words and one label each (a part-of-speech tag, or an entity label).
 *
 * @param document the document it belongs to (sentences of one document are consecutive), or "" when unknown
 */
record TaggedSentence(String document, String[] words, String[] labels) {

    TaggedSentence {
        Objects.requireNonNull(document, "document");
        if (words.length != labels.length) {
            throw new IllegalArgumentException(words.length + " words but " + labels.length + " labels");
        }
    }
}
