package org.assay.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assay.analysis.Analysis;
import org.assay.analysis.Analyzer;
import org.assay.article.Article;
import org.assay.article.ArticleReader;
import org.assay.article.Read;
import org.assay.article.UnreadableArticleException;

/**
 * Analyses many inputs on a pool of threads sharing one {@link Analyzer}. Output order is the input order whatever the
 * thread count. With an output folder each analysis goes to its own file ({@link Input#relative()} plus the format's
 * extension); without one, to standard output one after another. A bad input is recorded and skipped; the failures
 * are listed on standard error at the end.
 */
final class Batch {

    /** Exit status when every input was analysed. */
    static final int ALL_GOOD = 0;
    /** Exit status when an analysis failed for a reason other than the input (a bug); wins over {@link Main#BAD_INPUT}. */
    static final int INTERNAL_FAILURE = 1;

    private final Analyzer analyzer;
    private final ArticleReader reader;
    private final LocalDate published;
    private final OutputFormat format;
    private final Path outDir;
    private final InputStream stdin;

    Batch(Analyzer analyzer, ArticleReader reader, LocalDate published, OutputFormat format, Path outDir,
          InputStream stdin) {
        this.analyzer = analyzer;
        this.reader = reader;
        this.published = published;
        this.format = format;
        this.outDir = outDir;
        this.stdin = stdin;
    }

    /** Where each input's output goes; refuses two inputs that would write the same file. */
    static Map<Input, Path> outputs(List<Input> inputs, Path outDir, OutputFormat format) {
        Map<Path, Input> byTarget = new HashMap<>();
        Map<Input, Path> targets = new HashMap<>();
        for (Input input : inputs) {
            Path target = outDir.resolve(input.relative() + format.extension()).normalize();
            Input other = byTarget.putIfAbsent(target, input);
            if (other != null) {
                throw new UserError(String.format("%s and %s would both be written to %s; pass them separately",
                        other.label(), input.label(), target));
            }
            targets.put(input, target);
        }
        return targets;
    }

    /** Runs over {@code inputs}; returns the exit status: 0, {@link Main#BAD_INPUT} or {@link #INTERNAL_FAILURE}. */
    int run(List<Input> inputs, int threads, PrintWriter out, PrintWriter err, boolean showProgress) {
        Map<Input, Path> targets = outDir == null ? Map.of() : outputs(inputs, outDir, format);
        Progress progress = new Progress(err, "art", showProgress);
        List<String> failures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean internal = false;
        int done = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Deque<Future<Outcome>> window = new ArrayDeque<>();
            int next = 0;
            while (next < inputs.size() || !window.isEmpty()) {
                while (next < inputs.size() && window.size() < threads * 4) {
                    Input input = inputs.get(next++);
                    window.add(pool.submit(() -> process(input, targets.get(input))));
                }
                Outcome outcome = await(window.removeFirst());
                done++;
                outcome.notes().forEach(n -> notes.add(outcome.label() + ": " + n));
                if (outcome.failure() != null) {
                    failures.add(outcome.label() + ": " + outcome.failure());
                    internal |= outcome.internal();
                } else if (outcome.rendered() != null) {
                    out.println(outcome.rendered());
                    if (format != OutputFormat.JSONL) {
                        out.println();
                    }
                }
                progress.update(done, inputs.size(), failed(failures));
            }
        } finally {
            pool.shutdownNow();
        }
        out.flush();
        progress.finish(done, inputs.size(), failed(failures));
        notes.forEach(n -> err.println("assay: note: " + n));
        if (showProgress || !failures.isEmpty()) {
            err.printf("assay: analysed %d of %d inputs in %.1f s (%.1f art/s)%s%n", done - failures.size(),
                    inputs.size(), progress.seconds(), progress.rate(done),
                    failures.isEmpty() ? "" : "; " + failures.size() + " failed:");
        }
        failures.forEach(f -> err.println("  " + f));
        err.flush();
        return failures.isEmpty() ? ALL_GOOD : internal ? INTERNAL_FAILURE : Main.BAD_INPUT;
    }

    private static String failed(List<String> failures) {
        return failures.isEmpty() ? "" : failures.size() + " failed";
    }

    private Outcome process(Input input, Path target) {
        List<String> notes = List.of();
        try {
            byte[] bytes = Inputs.read(input, AnalyzeCommand.maxBytes(reader), stdin);
            Read read = reader.read(input.id(), input.isStdin() ? null : input.path().getFileName().toString(),
                    input.isStdin() ? null : input.label(), bytes);
            notes = read.notes();
            Article article = published == null ? read.article() : read.article().withPublished(published);
            Analysis analysis = analyzer.analyze(article);
            String rendered = format.render(analysis);
            if (target == null) {
                return new Outcome(input.label(), rendered, notes, null, false);
            }
            Files.createDirectories(target.getParent());
            Files.writeString(target, rendered + "\n", StandardCharsets.UTF_8);
            return new Outcome(input.label(), null, notes, null, false);
        } catch (UserError e) {
            return new Outcome(input.label(), null, notes, withoutLabel(e.getMessage(), input), false);
        } catch (UnreadableArticleException e) {
            return new Outcome(input.label(), null, notes, e.getMessage(), false);
        } catch (IOException e) {
            return new Outcome(input.label(), null, notes, "cannot write " + target + ": " + e.getMessage(), false);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(input.label(), null, notes, "internal error: " + e, true);
        }
    }

    private static String withoutLabel(String message, Input input) {
        String prefix = input.label() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static Outcome await(Future<Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis task failed", e.getCause());
        }
    }

    /** What became of one input: its rendering (when printed to standard output) or why it failed. */
    private record Outcome(String label, String rendered, List<String> notes, String failure, boolean internal) {
    }
}
