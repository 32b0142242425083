package org.assay.cli;

import java.util.Arrays;
import java.util.List;

/**
 * One timed pass over the bench articles.
 *
 * @param wallSeconds from first submission to last completion
 * @param latencyMs   wall time of each article's analysis, in milliseconds
 * @param cpuMs       CPU time of each article's analysis on its worker thread, in milliseconds
 * @param processCpuSeconds CPU time of the whole process during the pass: workers plus garbage collection and JIT
 */
record Timings(double wallSeconds, double[] latencyMs, double[] cpuMs, double processCpuSeconds) {

    double articlesPerSecond() {
        return latencyMs.length / wallSeconds;
    }

    double meanCpuMs() {
        return Arrays.stream(cpuMs).average().orElse(0);
    }

    /** Process CPU milliseconds per article: what the pass cost the machine, collector and compiler included. */
    double processCpuMsPerArticle() {
        return processCpuSeconds * 1000 / latencyMs.length;
    }

    /** The {@code p}-th percentile (0-100) of {@code values}, nearest-rank. */
    static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double median(List<Double> values) {
        return percentile(values.stream().mapToDouble(Double::doubleValue).toArray(), 50);
    }

    /** All latencies of several passes together. */
    static double[] pooledLatencies(List<Timings> runs) {
        return runs.stream().flatMapToDouble(t -> Arrays.stream(t.latencyMs())).toArray();
    }
}
