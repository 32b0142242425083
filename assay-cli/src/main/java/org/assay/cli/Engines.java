package org.assay.cli;

import org.assay.analysis.Analyzer;
import org.assay.nlp.NlpPipeline;
import org.assay.verify.Verifier;

/** The one place where commands build the {@link Analyzer}: models and reference data, loaded once per process. */
public final class Engines {

    private Engines() {
    }

    public static Analyzer analyzer() {
        return new Analyzer(NlpPipeline.load(), Verifier.NONE);
    }
}
