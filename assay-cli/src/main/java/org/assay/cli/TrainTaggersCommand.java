package org.assay.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import org.assay.nlp.TaggerTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code assay train-taggers}: trains Assay's own part-of-speech tagger and name recogniser from the shared gold data
 * and writes the model files the build ships (the word clusters first, taken from CoreNLP's NER model). Prints each
 * model's scores: development and test figures for the tagger (EWT dev, EWT test, GUM news test) and the recogniser
 * (CoNLL-2003 eng.testa, eng.testb).
 */
@Command(name = "train-taggers", mixinStandardHelpOptions = true,
        description = "Train Assay's part-of-speech tagger and name recogniser and write their model files.")
final class TrainTaggersCommand implements Callable<Integer> {

    private static final Set<String> MODELS = Set.of("all", "clusters", "pos", "ner");

    @Spec
    CommandSpec spec;

    @Option(names = "--ewt", paramLabel = "DIR", defaultValue = "../shared/eval-data/ud-english-ewt",
            description = "UD English-EWT (default: ${DEFAULT-VALUE})")
    Path ewt;

    @Option(names = "--gum", paramLabel = "DIR", defaultValue = "../shared/eval-data/gum-news",
            description = "GUM's news documents, added to the tagger's training data (default: ${DEFAULT-VALUE})")
    Path gum;

    @Option(names = "--conll", paramLabel = "DIR", defaultValue = "../shared/eval-data/conll2003-en",
            description = "CoNLL-2003 English: the recogniser's data, and news for the tagger (its sentences tagged by "
                    + "CoreNLP); default: ${DEFAULT-VALUE}")
    Path conll;

    @Option(names = "--to", paramLabel = "DIR", defaultValue = "assay-core/src/main/resources/org/assay/nlp",
            description = "where the model files go (default: ${DEFAULT-VALUE})")
    Path to;

    @Option(names = "--only", paramLabel = "MODEL", defaultValue = "all",
            description = "clusters, pos or ner (each needs the ones before it in --to); default: all")
    String only;

    @Override
    public Integer call() throws IOException {
        if (!MODELS.contains(only)) {
            throw new UserError("--only: unknown model " + only + " (clusters, pos or ner)");
        }
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Files.createDirectories(to);
        if (only.equals("all") || only.equals("clusters")) {
            out.println("clusters: " + TaggerTraining.clusters(to) + " words");
        }
        if (only.equals("all") || only.equals("pos")) {
            require(ewt.resolve("en_ewt-ud-train.conllu"), "--ewt");
            TaggerTraining.Report r = TaggerTraining.pos(ewt, Files.isDirectory(gum) ? gum : null,
                    Files.isDirectory(conll) ? conll : null, to, err::println);
            out.printf("pos: epoch %d; accuracy EWT dev %.2f%%; %s%n", r.epochs(), 100 * r.dev(), r.file());
        }
        if (only.equals("all") || only.equals("ner")) {
            require(conll, "--conll");
            TaggerTraining.Report r = TaggerTraining.ner(conll, to, err::println);
            out.printf("ner: epoch %d; exact-span F1 eng.testa %.2f; %s%n", r.epochs(), 100 * r.dev(), r.file());
        }
        out.flush();
        return 0;
    }

    private static void require(Path p, String option) {
        if (!Files.exists(p)) {
            throw new UserError(option + ": no such file or folder: " + p);
        }
    }
}
