package org.assay.cli;

import org.assay.analysis.Analyzer;
import org.assay.nlp.NlpPipeline;
import org.assay.verify.Verifier;

/** The one place where commands build the {@link Analyzer}: models and reference data, loaded once per process. */
public final class Engines {

    private Engines() {
    }

    public static Analyzer analyzer() {
        return analyzer(NlpPipeline.load());
    }

    /** The analyzer around an already loaded pipeline (the bench times the loading of each part). */
    static Analyzer analyzer(NlpPipeline nlp) {
        return new Analyzer(nlp, Verifier.NONE);
    }
}
