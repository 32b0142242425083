package org.assay.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assay.analysis.Analyzer;
import org.assay.cli.Engines;
import org.assay.cli.Progress;
import org.assay.cli.UserError;
import picocli.CommandLine.Command;
import org.assay.cli.NlpOptions;
import org.assay.nlp.TaggerEvaluation;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code assay eval PATH...}: analyses every article that has gold and prints the scores (docs/CONTRACT.md "Gold
 * files" and "PolNeAR scoring"). An article that cannot be read or scored is listed at the end; the others are scored.
 * Exit status 0 when at least one article was scored, 2 on unusable paths or when none could be.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score the analysis against gold files (*.gold.json) or PolNeAR folders, or the taggers against "
        + "CoNLL-U (part-of-speech) or CoNLL-2003 (names) files.")
public final class EvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "a *.gold.json file, a folder of them, a PolNeAR split folder (text/, attributions/), "
                    + "or CoNLL-U / CoNLL-2003 files")
    List<Path> paths;

    @Option(names = "--threads", defaultValue = "2", description = "worker threads (default 2)")
    int threads;

    @Option(names = "--limit", description = "score at most N articles")
    Integer limit;

    @Option(names = "--format", defaultValue = "text", description = "text or json")
    String format;

    @Option(names = "--per-article", description = "add the scores of each article")
    boolean perArticle;

    @Mixin
    NlpOptions nlp;

    @Option(names = "--errors", description = "list missed, spurious and wrong-speaker quotes")
    boolean errors;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UserError("unknown --format " + format + " (text or json)");
        }
        if (threads < 1 || (limit != null && limit < 1)) {
            throw new UserError("--threads and --limit must be at least 1");
        }
        if (!paths.isEmpty() && paths.stream().allMatch(EvalCommand::taggerGold)) {
            TaggerEval.run(paths, nlp.taggers(), new PrintWriter(System.out, true, StandardCharsets.UTF_8));
            return 0;
        }
        // Each path is a set of its own (PolNeAR dev, the news set, the seed): scored together, reported apart.
        List<EvalCase> cases = new ArrayList<>();
        List<Integer> setEnds = new ArrayList<>();
        for (Path p : paths) {
            cases.addAll(EvalSources.resolve(List.of(p)));
            setEnds.add(cases.size());
        }
        if (limit != null && cases.size() > limit) {
            cases = cases.subList(0, limit);
        }
        if (cases.isEmpty()) {
            throw new UserError("no gold files or PolNeAR articles under " + paths);
        }
        long t0 = System.nanoTime();
        Analyzer analyzer = Engines.analyzer(nlp.taggers());
        long t1 = System.nanoTime();
        List<ArticleResult> results = new ArrayList<>();
        Map<String, String> failures = new LinkedHashMap<>();
        List<List<ArticleResult>> setResults = new ArrayList<>();
        List<Map<String, String>> setFailures = new ArrayList<>();
        paths.forEach(p -> {
            setResults.add(new ArrayList<>());
            setFailures.add(new LinkedHashMap<>());
        });
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ArticleResult>> futures = new ArrayList<>();
            for (EvalCase c : cases) {
                futures.add(pool.submit(() -> run(analyzer, c)));
            }
            PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
            Progress progress = new Progress(err, "art", true);
            for (int i = 0; i < futures.size(); i++) {
                progress.update(i, futures.size(), "");
                int set = 0;
                while (i >= setEnds.get(set)) {
                    set++;
                }
                try {
                    ArticleResult r = futures.get(i).get();
                    results.add(r);
                    setResults.get(set).add(r);
                } catch (ExecutionException e) {
                    failures.put(cases.get(i).name(), reason(e.getCause()));
                    setFailures.get(set).put(cases.get(i).name(), reason(e.getCause()));
                }
            }
            progress.finish(futures.size(), futures.size(), failures.isEmpty() ? "" : failures.size() + " failed");
        } finally {
            pool.shutdownNow();
        }
        long t2 = System.nanoTime();
        double load = (t1 - t0) / 1e9;
        double analysis = (t2 - t1) / 1e9;
        EvalReport report = new EvalReport(results, failures, threads, load, analysis);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        List<EvalReport> sets = new ArrayList<>();
        if (paths.size() > 1) {
            for (int k = 0; k < paths.size(); k++) {
                sets.add(new EvalReport(setResults.get(k), setFailures.get(k), threads, load, analysis));
            }
        }
        if (format.equals("json")) {
            var json = report.toJson(perArticle, errors);
            if (!sets.isEmpty()) {
                var array = json.putArray("sets");
                for (int k = 0; k < sets.size(); k++) {
                    array.addObject().put("path", paths.get(k).toString()).set("report", sets.get(k).toJson(false, false));
                }
            }
            out.println(json.toPrettyString());
        } else {
            for (int k = 0; k < sets.size(); k++) {
                out.println("### " + paths.get(k));
                sets.get(k).printText(out, false, false);
                out.println();
            }
            if (!sets.isEmpty()) {
                out.println("### all " + sets.size() + " sets together");
            }
            report.printText(out, perArticle, errors);
        }
        if (results.isEmpty()) {
            throw new UserError("no article could be scored (" + failures.size() + " failed, listed above)");
        }
        return 0;
    }

    /** Whether {@code p} is a CoNLL-U or CoNLL-2003 file: gold for the taggers rather than for the analysis. */
    private static boolean taggerGold(Path p) {
        try {
            return TaggerEvaluation.format(p) != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static String reason(Throwable cause) {
        if (cause instanceof NoSuchFileException) {
            return "no such file: " + cause.getMessage();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    private static ArticleResult run(Analyzer analyzer, EvalCase c) throws IOException {
        EvalCase.Loaded loaded = c.load();
        long start = System.nanoTime();
        var analysis = analyzer.analyze(loaded.article());
        double millis = (System.nanoTime() - start) / 1e6;
        return loaded.scorer().apply(analysis).withMillis(millis);
    }
}
