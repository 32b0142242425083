package org.assay.cli;

/**
 * Samples the used heap every few milliseconds on a daemon thread and keeps the largest value seen. Used heap
 * includes garbage not yet collected, so the peak is what the JVM had to hold, not what the analysis retained.
 */
final class HeapSampler implements AutoCloseable {

    private static final long INTERVAL_MS = 10;

    private final Thread thread;
    private volatile long peak;
    private volatile boolean running = true;

    HeapSampler() {
        thread = new Thread(this::sample, "assay-heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        Runtime rt = Runtime.getRuntime();
        while (running) {
            long used = rt.totalMemory() - rt.freeMemory();
            if (used > peak) {
                peak = used;
            }
            try {
                Thread.sleep(INTERVAL_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The largest used heap seen so far, in bytes. */
    long peakBytes() {
        return peak;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
