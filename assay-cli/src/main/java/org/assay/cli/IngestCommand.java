package org.assay.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.assay.analysis.Analysis;
import org.assay.analysis.Analyzer;
import org.assay.nlp.Taggers;
import org.assay.article.Article;
import org.assay.ingest.Failure;
import org.assay.ingest.Ingest;
import org.assay.ingest.IngestOptions;
import org.assay.ingest.IngestReport;
import org.assay.ingest.Inputs;
import org.assay.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Analyse articles and keep them in the knowledge base: files, folders, JSON"
        + " Lines, RSS/Atom feeds (files or URLs) and WARC files. Articles already stored by this version are skipped;"
        + " bad records are listed and the batch goes on.")
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption db;

    @Mixin
    NlpOptions nlp;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "files, folders or feed URLs")
    List<String> inputs;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "the publication date of articles whose input gives none (claims are checked as of it)")
    String published;

    @Option(names = "--threads", description = "analysis threads (default: all cores)")
    Integer threads;

    @Option(names = "--batch", defaultValue = "32", description = "articles per write transaction (default: 32)")
    int batch;

    @Option(names = "--reanalyze", description = "analyse and replace articles even when stored by this version")
    boolean reanalyze;

    @Option(names = "--dry-run", description = "analyse but store nothing (times analysis alone on the same inputs)")
    boolean dryRun;

    @Option(names = "--quiet", description = "no progress bar")
    boolean quiet;

    private static String counts(int stored, int failed) {
        return "stored " + stored + ", failed " + failed;
    }

    /**
     * The version stored with each analysis: Assay's build and the taggers it ran ("assay-0.1.0+assay"), so an upgrade
     * or a change of taggers re-analyses.
     */
    static String analyzerVersion(Taggers taggers) {
        return "assay-" + Optional.ofNullable(Analyzer.class.getPackage().getImplementationVersion()).orElse("0.1.0")
                + "+" + taggers.label();
    }

    @Override
    public Integer call() throws InterruptedException {
        try {
            Inputs.check(inputs);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        if (batch < 1 || (threads != null && threads < 1)) {
            throw new UserError("--batch and --threads must be at least 1");
        }
        LocalDate date = AnalyzeCommand.parseDate(published);
        IngestOptions options = new IngestOptions(threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                batch, analyzerVersion(nlp.taggers()), reanalyze, dryRun);
        PrintWriter err = spec.commandLine().getErr();
        Progress bar = new Progress(err, "art", !quiet);
        IngestReport report;
        try (Store store = db.open()) {
            report = new Ingest(store, () -> datedAnalyzer(date), options).run(inputs,
                    p -> bar.update(p.done(), p.total(), counts(p.stored(), p.failures())));
        }
        bar.finish(report.read(), report.read(), counts(report.inserted() + report.replaced(), report.failures().size()));
        PrintWriter out = spec.commandLine().getOut();
        out.println("ingest: " + (dryRun ? "dry run, nothing stored: " : "") + report.summary());
        if (!report.failures().isEmpty()) {
            out.println("failures:");
            for (Failure f : report.failures()) {
                out.println("  " + f.label() + ": " + f.reason());
            }
        }
        return 0;
    }

    /** The analyzer, giving undated articles {@code date} (when not null) so their claims are checked as of it. */
    private Function<Article, Analysis> datedAnalyzer(LocalDate date) {
        Analyzer analyzer = Engines.analyzer(nlp.taggers());
        return article -> analyzer.analyze(date != null && article.published() == null ? article.withPublished(date) : article);
    }
}
