package org.assay.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.assay.eval.CueTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code assay train-cues}: trains the model that tells which verbs attribute what follows them (stance and saying
 * beyond the word lists) on PolNeAR train, and writes the file the build ships.
 */
@Command(name = "train-cues", mixinStandardHelpOptions = true,
        description = "Train the attribution-cue model on a PolNeAR split and write its model file.")
final class TrainCuesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--polnear", paramLabel = "DIR", defaultValue = "../shared/eval-data/polnear/data/train",
            description = "a PolNeAR split with text/ and attributions/ (default: ${DEFAULT-VALUE}); train only")
    Path split;

    @Option(names = "--to", paramLabel = "FILE",
            defaultValue = "assay-core/src/main/resources/org/assay/quote/cue-model.tsv.gz",
            description = "the model file (default: ${DEFAULT-VALUE})")
    Path to;

    @Option(names = "--epochs", defaultValue = "10", description = "passes over the data (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--threshold", defaultValue = "4.0",
            description = "the score above which a verb attributes (default: ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--hold-out", paramLabel = "PERCENT", defaultValue = "0",
            description = "leave out the articles whose names hash into this many of 100 buckets (to tune on them)")
    int holdOut;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(split.resolve("text")) || !Files.isDirectory(split.resolve("attributions"))) {
            throw new UserError("--polnear: not a PolNeAR split (text/ and attributions/): " + split);
        }
        CueTraining.Report r = CueTraining.train(split, to, epochs, threshold, holdOut,
                spec.commandLine().getErr()::println);
        spec.commandLine().getOut().printf("cues: %d articles, %d verbs (%d cues), %d features; %s%n", r.articles(),
                r.verbs(), r.cues(), r.features(), r.file());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
