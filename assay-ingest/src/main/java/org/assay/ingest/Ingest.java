package org.assay.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.assay.analysis.Analysis;
import org.assay.analysis.LazyAnalyzer;
import org.assay.article.Article;
import org.assay.store.ContentHash;
import org.assay.store.SaveOutcome;
import org.assay.store.Store;
import org.assay.store.StoreException;

/**
 * Reads inputs, analyses the articles on a pool of threads and stores them in batches: one reader thread, {@code
 * threads} analysis threads, and the calling thread as the one writer (a transaction per batch, at most a second
 * apart). Articles already stored by the same analyzer version are skipped before analysis, so a rerun after a crash
 * does only the rest. Bad records and failed analyses are listed and the batch goes on.
 */
public final class Ingest {

    private static final long FLUSH_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final Store store;
    private final LazyAnalyzer analyzer;
    private final IngestOptions options;

    /**
     * @param analyzer supplies the analysis function on first need (so a rerun with nothing to do loads no models);
     *                 the function must be thread-safe
     */
    public Ingest(Store store, Supplier<? extends Function<Article, Analysis>> analyzer, IngestOptions options) {
        this.store = store;
        this.analyzer = new LazyAnalyzer(analyzer);
        this.options = options;
    }

    /** Ingests every location (see {@link Inputs}); reports progress to {@code listener} from the calling thread. */
    public IngestReport run(List<String> locations, Consumer<IngestProgress> listener) throws InterruptedException {
        long started = System.nanoTime();
        int total = 0;
        for (String l : locations) {
            int n = Inputs.countFiles(l);
            total = n < 0 || total < 0 ? -1 : total + n;
        }
        Set<String> known = options.replace() ? Set.of() : store.queries().hashesAnalyzedBy(options.analyzerVersion());
        BlockingQueue<Object> results = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> readAll(locations, known, results), "assay-ingest-reader");
        reader.setDaemon(true);
        reader.start();

        Tally tally = new Tally();
        List<Done> batch = new ArrayList<>();
        long lastFlush = System.nanoTime();
        while (true) {
            Object next = results.poll(200, TimeUnit.MILLISECONDS);
            if (next instanceof Done d) {
                batch.add(d);
            } else if (next instanceof Failure f) {
                tally.failures.add(f);
                tally.read++;
            } else if (next == Signal.SKIPPED) {
                tally.unchanged++;
                tally.read++;
            }
            boolean end = next == Signal.END;
            if (!batch.isEmpty() && (end || batch.size() >= options.batchSize()
                    || System.nanoTime() - lastFlush > FLUSH_NANOS)) {
                write(batch, tally);
                batch.clear();
                lastFlush = System.nanoTime();
            }
            if (next != null) {
                listener.accept(new IngestProgress(tally.read, total, tally.inserted + tally.replaced,
                        tally.failures.size()));
            }
            if (end) {
                break;
            }
        }
        return new IngestReport(tally.read, tally.inserted, tally.replaced, tally.unchanged, tally.failures,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private void readAll(List<String> locations, Set<String> known, BlockingQueue<Object> results) {
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "assay-ingest-analysis");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(options.threads() * 4);
        Set<String> seen = new HashSet<>();
        try {
            Inputs.read(locations, item -> {
                if (item instanceof Item.Broken b) {
                    results.add(new Failure(b.label(), b.reason()));
                    return;
                }
                Item.Parsed p = (Item.Parsed) item;
                String hash = ContentHash.of(p.article());
                if (known.contains(hash) || !seen.add(hash)) {
                    results.add(Signal.SKIPPED);
                    return;
                }
                inFlight.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        results.add(new Done(p.label(), analyzer.apply(p.article())));
                    } catch (RuntimeException | StackOverflowError e) {
                        results.add(new Failure(p.label(), "analysis failed: " + e));
                    } finally {
                        inFlight.release();
                    }
                });
            });
        } catch (RuntimeException e) {
            results.add(new Failure(String.join(" ", locations), "reading stopped: " + e));
        } finally {
            pool.shutdown();
            try {
                pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            results.add(Signal.END);
        }
    }

    /** Writes a batch in one transaction; when that fails, article by article, so one bad article fails alone. */
    private void write(List<Done> batch, Tally tally) {
        if (options.dryRun()) {
            tally.read += batch.size();
            tally.inserted += batch.size();
            return;
        }
        List<Analysis> analyses = batch.stream().map(Done::analysis).toList();
        try {
            count(store.writer().saveAll(analyses, options.analyzerVersion(), options.replace()), tally);
        } catch (StoreException e) {
            for (Done d : batch) {
                try {
                    count(store.writer().saveAll(List.of(d.analysis()), options.analyzerVersion(), options.replace()),
                            tally);
                } catch (StoreException one) {
                    tally.failures.add(new Failure(d.label(), "cannot store: " + one.getMessage()));
                    tally.read++;
                }
            }
        }
    }

    private static void count(List<SaveOutcome> outcomes, Tally tally) {
        for (SaveOutcome o : outcomes) {
            tally.read++;
            switch (o) {
                case INSERTED -> tally.inserted++;
                case REPLACED -> tally.replaced++;
                case UNCHANGED -> tally.unchanged++;
                default -> throw new IllegalStateException(o.name());
            }
        }
    }

    private record Done(String label, Analysis analysis) {
    }

    private enum Signal { SKIPPED, END }

    private static final class Tally {
        int read;
        int inserted;
        int replaced;
        int unchanged;
        final List<Failure> failures = new ArrayList<>();
    }
}
