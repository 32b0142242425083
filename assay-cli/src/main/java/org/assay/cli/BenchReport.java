package org.assay.cli;

import java.util.List;

/**
 * The bench's summary as markdown a person can paste into the README. Throughput figures are medians over the timed
 * runs (range in brackets); latencies are percentiles over all timed articles of all runs. CPU milliseconds per
 * article are much less disturbed by other processes on a shared machine than wall-clock figures: "worker" counts the
 * analysing threads only, "process" the whole JVM during the pass (garbage collection and JIT included). The
 * "CPU-bound ceiling" is min(threads, CPUs) × 1000 / process CPU ms: what the wall figure would be with those CPUs free.
 * The second column, when there is one, is the run paired with each timed run ({@code otherName}: "NER only
 * (CoreNLP)", "no checks").
 */
record BenchReport(String corpus, int articles, long tokens, int threads, int warmup, List<Timings> full,
                   String otherName, List<Timings> ner, double modelLoadSeconds, double analyzerSetupSeconds, double startToReadySeconds,
                   long peakHeapBytes, long loadedHeapBytes, long maxHeapBytes, double loadAverage,
                   List<String> skipped) {

    BenchReport {
        full = List.copyOf(full);
        ner = List.copyOf(ner);
        skipped = List.copyOf(skipped);
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(String.format("### assay bench: %s%n%n", corpus));
        md.append(String.format("%,d articles (%,d tokens), %d threads, %d warm-up articles, %d timed runs; "
                        + "%d CPUs, load average %.1f at start, Java %s%n%n", articles, tokens, threads, warmup,
                full.size(), Runtime.getRuntime().availableProcessors(), loadAverage,
                System.getProperty("java.version")));
        boolean withNer = !ner.isEmpty();
        md.append(withNer ? "| measure | end-to-end | " + otherName + " |\n|---|---:|---:|\n"
                : "| measure | end-to-end |\n|---|---:|\n");
        row(md, "articles/s (median, range)", throughput(full, 1), withNer ? throughput(ner, 1) : null);
        row(md, "tokens/s (median)", String.format("%,.0f", medianRate(full) * tokens / articles),
                withNer ? String.format("%,.0f", medianRate(ner) * tokens / articles) : null);
        row(md, "latency p50 / p90 / p99 (ms)", latencies(full), withNer ? latencies(ner) : null);
        row(md, "worker CPU ms per article (mean, median of runs)", String.format("%.1f", medianCpu(full)),
                withNer ? String.format("%.1f", medianCpu(ner)) : null);
        row(md, "process CPU ms per article, GC and JIT included", String.format("%.1f", medianProcessCpu(full)),
                withNer ? String.format("%.1f", medianProcessCpu(ner)) : null);
        row(md, "CPU-bound ceiling, articles/s", String.format("%.1f", ceiling(full)),
                withNer ? String.format("%.1f", ceiling(ner)) : null);
        md.append('\n');
        if (withNer) {
            md.append(String.format("Whole analysis over " + otherName + ": %+.0f%% wall time, %+.0f%% worker CPU time, "
                            + "%+.0f%% process CPU time.%n%n", (medianRate(ner) / medianRate(full) - 1) * 100,
                    (medianCpu(full) / medianCpu(ner) - 1) * 100,
                    (medianProcessCpu(full) / medianProcessCpu(ner) - 1) * 100));
        }
        md.append(String.format("Model load %.1f s (tagger and NER in parallel), analyzer setup %.2f s, "
                + "process start to ready %.1f s.%n", modelLoadSeconds, analyzerSetupSeconds, startToReadySeconds));
        md.append(String.format("Heap: peak used %s (sampled every 10 ms, garbage included), %s after loading "
                + "(after GC), max %s.%n", mb(peakHeapBytes), mb(loadedHeapBytes), mb(maxHeapBytes)));
        if (!skipped.isEmpty()) {
            md.append(String.format("%nSkipped %d unreadable inputs:%n", skipped.size()));
            skipped.forEach(s -> md.append("- ").append(s).append('\n'));
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String name, String full, String ner) {
        md.append("| ").append(name).append(" | ").append(full);
        if (ner != null) {
            md.append(" | ").append(ner);
        }
        md.append(" |\n");
    }

    private static String throughput(List<Timings> runs, int digits) {
        List<Double> rates = runs.stream().map(Timings::articlesPerSecond).toList();
        double min = rates.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = rates.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        String f = "%." + digits + "f";
        return String.format(f + " (" + f + "–" + f + ")", Timings.median(rates), min, max);
    }

    private static double medianRate(List<Timings> runs) {
        return Timings.median(runs.stream().map(Timings::articlesPerSecond).toList());
    }

    private static double medianCpu(List<Timings> runs) {
        return Timings.median(runs.stream().map(Timings::meanCpuMs).toList());
    }

    private static double medianProcessCpu(List<Timings> runs) {
        return Timings.median(runs.stream().map(Timings::processCpuMsPerArticle).toList());
    }

    /** Articles per second if the process had every CPU it can use: min(threads, CPUs) × 1000 / process CPU ms. */
    private double ceiling(List<Timings> runs) {
        int cores = Math.min(threads, Runtime.getRuntime().availableProcessors());
        return cores * 1000 / medianProcessCpu(runs);
    }

    private static String latencies(List<Timings> runs) {
        double[] all = Timings.pooledLatencies(runs);
        return String.format("%.0f / %.0f / %.0f", Timings.percentile(all, 50), Timings.percentile(all, 90),
                Timings.percentile(all, 99));
    }

    private static String mb(long bytes) {
        return String.format("%,d MB", bytes / (1024 * 1024));
    }
}
