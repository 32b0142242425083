package org.assay.cli;

import java.io.PrintWriter;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.assay.analysis.Analyzer;
import org.assay.verify.Verifier;
import org.assay.article.Article;
import org.assay.article.ArticleReader;
import org.assay.article.UnreadableArticleException;
import org.assay.nlp.NlpPipeline;
import org.assay.nlp.Taggers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code assay bench}: how fast the whole analysis runs over a folder, after the models are loaded and a warm-up.
 * Articles are read into memory first, so disk time is not counted. Each timed run analyses every article on
 * {@code --threads} workers; with {@code --baseline} every run is paired with a run of CoreNLP alone (the lean NER
 * pipeline) over the same articles, so both see the same machine load, and with {@code --without-checks} with a run of
 * the analysis that checks no claim against reference data (what checking costs); the pair's order alternates from
 * run to run. Prints a markdown summary on standard output.
 */
@Command(name = "bench", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Throughput, latency, heap and model-load time of the analysis over a folder of articles.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "folders or files of articles")
    List<String> paths;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads; default: ${DEFAULT-VALUE}")
    int threads = 2;

    @Option(names = "--warmup", paramLabel = "N", description = "articles analysed untimed first (the timed articles "
            + "again and again when N is more than they are); default: passes over the timed articles until the JIT "
            + "compiler settles (a pass spends under 5%% of its time compiling), at most " + SETTLE_MAX_SECONDS + " s for each column")
    Integer warmup;

    @Option(names = "--limit", paramLabel = "N", description = "time only the first N articles (path order)")
    Integer limit;

    @Option(names = "--runs", paramLabel = "N", description = "timed runs; figures are medians; default: ${DEFAULT-VALUE}")
    int runs = 3;

    @Option(names = "--baseline", description = "also time CoreNLP alone (tokenize, ssplit, pos, ner) on the same articles")
    boolean baseline;

    @Mixin
    NlpOptions nlp;

    @Option(names = "--without-checks", description = "instead, also time the analysis with no claim checked against "
            + "reference data, on the same articles: what checking costs")
    boolean withoutChecks;

    /** A warm-up pass that keeps the JIT compiler busy for less than this share of its wall time ends the warm-up. */
    static final double SETTLED_COMPILE_SHARE = 0.05;
    static final int SETTLE_MAX_SECONDS = 300;

    private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

    @Override
    public Integer call() throws InterruptedException {
        if (threads < 1 || runs < 1 || (warmup != null && warmup < 0) || (limit != null && limit < 1)) {
            throw new UserError("--threads, --runs and --limit must be at least 1, --warmup at least 0");
        }
        if (baseline && withoutChecks) {
            throw new UserError("--baseline and --without-checks each give the second column; choose one");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        double loadAverage = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        try (HeapSampler heap = new HeapSampler()) {
            long t0 = System.nanoTime();
            NlpPipeline pipeline = NlpPipeline.load(nlp.taggers());
            long t1 = System.nanoTime();
            Analyzer analyzer = Engines.analyzer(pipeline);
            long t2 = System.nanoTime();
            boolean paired = baseline || withoutChecks;
            // The baseline is always CoreNLP's own lean pipeline, whichever taggers the analysis runs.
            NlpPipeline coreNlp = !baseline ? null : pipeline.taggers() == Taggers.CORENLP ? pipeline
                    : NlpPipeline.load(Taggers.CORENLP);
            Consumer<Article> other = baseline ? coreNlp::annotate : new Analyzer(pipeline, Verifier.NONE)::analyze;
            String otherName = baseline ? "NER only (CoreNLP)" : "no checks";
            double startToReady = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
            List<Article> articles = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            readArticles(articles, skipped);
            if (articles.isEmpty()) {
                throw new UserError(String.join(", ", paths) + ": no readable articles");
            }
            System.gc();
            Runtime rt = Runtime.getRuntime();
            long loadedHeap = rt.totalMemory() - rt.freeMemory();
            long tokens = articles.stream().mapToLong(a -> pipeline.countTokens(a.text())).sum();

            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                // Past the timed articles, the warm-up goes round them again: the JIT compiles Assay's many large
                // methods for a minute or more on two cores (one C2 thread), and a long batch runs long past that.
                err.printf("bench: %d articles, %,d tokens%n", articles.size(), tokens);
                err.flush();
                int warmed = warmUp(pool, articles, analyzer::analyze, "end-to-end", err);
                if (paired) {
                    warmUp(pool, articles, other, otherName, err);
                }
                List<Timings> full = new ArrayList<>();
                List<Timings> ner = new ArrayList<>();
                for (int r = 1; r <= runs; r++) {
                    // Alternate which column runs first: code the JIT compiles during one run speeds up the next,
                    // so a fixed order would charge all late compilation to the same column.
                    boolean otherFirst = paired && r % 2 == 0;
                    if (otherFirst) {
                        ner.add(time(pool, articles, other));
                    }
                    full.add(time(pool, articles, analyzer::analyze));
                    if (paired && !otherFirst) {
                        ner.add(time(pool, articles, other));
                    }
                    err.printf("bench: run %d/%d: %.1f art/s end-to-end", r, runs, full.get(r - 1).articlesPerSecond());
                    if (paired) {
                        err.printf(", %.1f art/s %s", ner.get(r - 1).articlesPerSecond(), otherName);
                    }
                    err.println();
                    err.flush();
                }
                BenchReport report = new BenchReport(String.join(" ", paths), articles.size(), tokens, threads, warmed,
                        full, otherName, ner, (t1 - t0) / 1e9, (t2 - t1) / 1e9, startToReady, heap.peakBytes(), loadedHeap,
                        rt.maxMemory(), loadAverage, skipped);
                out.print(report.markdown());
                out.flush();
            } finally {
                pool.shutdownNow();
            }
        }
        return 0;
    }

    /**
     * Warms {@code work} up: {@code --warmup} articles when given, else passes over {@code articles} until one keeps
     * the JIT compiler busy for under {@link #SETTLED_COMPILE_SHARE} of its time (or {@link #SETTLE_MAX_SECONDS}
     * pass). Returns how many articles it analysed.
     */
    private int warmUp(ExecutorService pool, List<Article> articles, Consumer<Article> work, String name,
                       PrintWriter err) throws InterruptedException {
        if (warmup != null) {
            List<Article> warm = new ArrayList<>();
            for (int i = 0; i < warmup; i++) {
                warm.add(articles.get(i % articles.size()));
            }
            err.printf("bench: warming up %s on %d articles%n", name, warm.size());
            err.flush();
            time(pool, warm, work);
            return warm.size();
        }
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            time(pool, articles, work);
            return articles.size();
        }
        long start = System.nanoTime();
        int analysed = 0;
        for (int pass = 1; ; pass++) {
            long compiled = jit.getTotalCompilationTime();
            Timings t = time(pool, articles, work);
            analysed += articles.size();
            double share = (jit.getTotalCompilationTime() - compiled) / 1000.0 / t.wallSeconds();
            err.printf("bench: warming up %s, pass %d: %.1f art/s, %.0f%% of it compiling%n", name, pass,
                    t.articlesPerSecond(), 100 * share);
            err.flush();
            if (share < SETTLED_COMPILE_SHARE || (System.nanoTime() - start) / 1e9 > SETTLE_MAX_SECONDS) {
                return analysed;
            }
        }
    }

    private void readArticles(List<Article> articles, List<String> skipped) {
        ArticleReader reader = new ArticleReader(ArticleReader.DEFAULT_MAX_CHARS);
        for (Input input : Inputs.expand(paths)) {
            if (limit != null && articles.size() >= limit) {
                break;
            }
            if (input.isStdin()) {
                skipped.add("-: the bench does not read standard input");
                continue;
            }
            try {
                byte[] bytes = Inputs.read(input, AnalyzeCommand.maxBytes(reader), System.in);
                articles.add(reader.read(input.id(), input.path().getFileName().toString(), input.label(), bytes)
                        .article());
            } catch (UserError e) {
                skipped.add(e.getMessage());
            } catch (UnreadableArticleException e) {
                skipped.add(input.label() + ": " + e.getMessage());
            }
        }
    }

    /** Runs {@code work} over {@code articles} on the pool; times each article's wall and CPU time. */
    private Timings time(ExecutorService pool, List<Article> articles, Consumer<Article> work)
            throws InterruptedException {
        double[] latency = new double[articles.size()];
        double[] cpuMs = new double[articles.size()];
        List<Future<?>> futures = new ArrayList<>(articles.size());
        long processCpu = processCpuNanos();
        long start = System.nanoTime();
        for (int i = 0; i < articles.size(); i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                long c0 = cpu.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                work.accept(articles.get(index));
                latency[index] = (System.nanoTime() - w0) / 1e6;
                cpuMs[index] = (cpu.getCurrentThreadCpuTime() - c0) / 1e6;
            }));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("analysis failed during the bench: " + e.getCause(), e.getCause());
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        return new Timings(wall, latency, cpuMs, (processCpuNanos() - processCpu) / 1e9);
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
