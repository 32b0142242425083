package org.assay.nlp;

import java.util.ArrayList;
import java.util.List;
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

    /** The sentences grouped by document, in order: a run of sentences of one document is one group. */
    static List<List<TaggedSentence>> byDocument(List<TaggedSentence> sentences) {
        List<List<TaggedSentence>> out = new ArrayList<>();
        String current = null;
        for (TaggedSentence s : sentences) {
            if (!s.document().equals(current)) {
                out.add(new ArrayList<>());
                current = s.document();
            }
            out.get(out.size() - 1).add(s);
        }
        return out;
    }
}
