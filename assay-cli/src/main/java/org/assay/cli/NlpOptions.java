package org.assay.cli;

import org.assay.nlp.Taggers;
import picocli.CommandLine.Option;

/** {@code --nlp assay|corenlp}: which part-of-speech tagger and name recogniser the analysis runs. */
public final class NlpOptions {

    @Option(names = "--nlp", paramLabel = "TAGGERS", description = "the part-of-speech tagger and name recogniser: "
            + "assay (Assay's own) or corenlp (CoreNLP's, about a quarter as fast); default: assay")
    String name;

    /** The taggers chosen, {@link Taggers#DEFAULT} when none; an unknown name is a user error. */
    public Taggers taggers() {
        if (name == null) {
            return Taggers.DEFAULT;
        }
        try {
            return Taggers.of(name);
        } catch (IllegalArgumentException e) {
            throw new UserError("--nlp: " + e.getMessage());
        }
    }
}
