package org.assay.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.assay.analysis.Analyzer;
import org.assay.nlp.NlpPipeline;
import org.assay.nlp.Taggers;
import org.assay.verify.LoadProblem;
import org.assay.verify.ReferenceData;
import org.assay.verify.ReferenceVerifier;
import org.assay.verify.Verifier;

/** The one place where commands build the {@link Analyzer}: models and reference data, loaded once per process. */
public final class Engines {

    private Engines() {
    }

    /** With the bundled reference data only. */
    public static Analyzer analyzer(Taggers taggers) {
        return analyzer(List.of(), taggers);
    }

    /**
     * With the bundled reference data plus the datasets in {@code dataFolders}. The reference data loads on another
     * thread while the taggers' models load, so it adds little to the time before the first result.
     */
    public static Analyzer analyzer(List<Path> dataFolders, Taggers taggers) {
        CompletableFuture<ReferenceVerifier> verifier = CompletableFuture.supplyAsync(() -> verifier(dataFolders));
        NlpPipeline nlp = NlpPipeline.load(taggers);
        try {
            return new Analyzer(nlp, verifier.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    static Analyzer analyzer(Verifier verifier, Taggers taggers) {
        return new Analyzer(NlpPipeline.load(taggers), verifier);
    }

    /** The analyzer around an already loaded pipeline, with the bundled reference data (the bench times each part). */
    static Analyzer analyzer(NlpPipeline nlp) {
        return new Analyzer(nlp, verifier(List.of()));
    }

    /**
     * The bundled reference data plus {@code dataFolders}, loaded and indexed once; each problem in it is one warning
     * line on standard error, and the rest loads.
     */
    static ReferenceVerifier verifier(List<Path> dataFolders) {
        return new ReferenceVerifier(reference(dataFolders, System.err));
    }

    static ReferenceData reference(List<Path> dataFolders, PrintStream warnings) {
        ReferenceData data = ReferenceData.load(dataFolders);
        for (LoadProblem p : data.problems()) {
            warnings.println("assay: warning: " + p);
        }
        return data;
    }
}
