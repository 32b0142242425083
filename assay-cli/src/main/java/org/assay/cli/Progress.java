package org.assay.cli;

import java.io.PrintWriter;

/**
 * A progress bar on standard error, redrawn in place: {@code [#####     ] 120/2225 12.3 art/s 1 failed}. Redraws at
 * most every {@value #REDRAW_MS} ms; silent when disabled. Used by one thread.
 */
final class Progress {

    private static final int WIDTH = 30;
    private static final long REDRAW_MS = 250;

    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private final long startNanos = System.nanoTime();
    private long lastDraw;

    Progress(PrintWriter err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled;
    }

    void update(int done, int failed) {
        long now = System.nanoTime();
        if (enabled && (now - lastDraw) / 1_000_000 >= REDRAW_MS) {
            lastDraw = now;
            draw(done, failed);
        }
    }

    /** Draws the final state and ends the line. */
    void finish(int done, int failed) {
        if (enabled) {
            draw(done, failed);
            err.print('\n');
            err.flush();
        }
    }

    /** Articles per second since this bar was created. */
    double rate(int done) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return seconds <= 0 ? 0 : done / seconds;
    }

    double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private void draw(int done, int failed) {
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        String bar = "#".repeat(filled) + " ".repeat(WIDTH - filled);
        err.printf("\r[%s] %d/%d %.1f art/s%s", bar, done, total, rate(done), failed == 0 ? "" : " " + failed + " failed");
        err.flush();
    }
}
