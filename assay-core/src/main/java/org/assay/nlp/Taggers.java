package org.assay.nlp;

import java.util.Arrays;
import java.util.Locale;

/** Which part-of-speech tagger and name recogniser the pipeline runs after CoreNLP's tokenizer. */
public enum Taggers {
    /** Assay's own averaged-perceptron taggers ({@link PosTagger}, {@link NameTagger}). */
    ASSAY,
    /** CoreNLP's english-left3words-distsim tagger and 4-class CRF NER. */
    CORENLP;

    /**
     * The taggers the analysis runs when none is chosen: Assay's own, four times CoreNLP's throughput at its accuracy
     * (docs/taggers.md).
     */
    public static final Taggers DEFAULT = ASSAY;

    /** The taggers named {@code name} ("assay", "corenlp", any case); an {@link IllegalArgumentException} otherwise. */
    public static Taggers of(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown taggers \"" + name + "\" (assay or corenlp)"));
    }

    /** The name users write. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
