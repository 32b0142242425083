package org.assay.cli;

import java.io.PrintWriter;

/**
 * Progress of long work on standard error: {@code [#####     ] 120/2225 12.3 art/s 1 failed}, or a count when the
 * total is unknown. On a terminal the line is redrawn in place at most every {@value #REDRAW_MS} ms; when standard
 * error goes to a file or a pipe, a plain line is written every {@value #LOG_MS} ms instead, so logs stay readable.
 * Silent when disabled. Used by one thread.
 */
public final class Progress {

    /** Set to {@code true} or {@code false} by the {@code assay} launcher: whether standard error is a terminal. */
    public static final String INTERACTIVE_PROPERTY = "assay.interactive";

    private static final int WIDTH = 30;
    private static final long REDRAW_MS = 250;
    private static final long LOG_MS = 10_000;

    private final PrintWriter err;
    private final String label;
    private final boolean enabled;
    private final boolean interactive;
    private final long startNanos = System.nanoTime();
    private long lastDraw = startNanos;
    private int drawn;

    /**
     * @param label   what is counted, e.g. "art/s" is shown as {@code label + "/s"}
     * @param enabled false for a silent bar
     */
    public Progress(PrintWriter err, String label, boolean enabled) {
        this(err, label, enabled, interactive());
    }

    Progress(PrintWriter err, String label, boolean enabled, boolean interactive) {
        this.err = err;
        this.label = label;
        this.enabled = enabled;
        this.interactive = interactive;
    }

    /** Whether standard error is a terminal, as the launcher says; else whether the JVM has a console. */
    static boolean interactive() {
        String told = System.getProperty(INTERACTIVE_PROPERTY);
        return told != null ? Boolean.parseBoolean(told) : System.console() != null;
    }

    /**
     * Reports {@code done} of {@code total} (negative when unknown); {@code extra} follows the rate, e.g.
     * {@code "1 failed"}, or is empty.
     */
    public void update(int done, int total, String extra) {
        long now = System.nanoTime();
        if (enabled && (now - lastDraw) / 1_000_000 >= (interactive ? REDRAW_MS : LOG_MS)) {
            lastDraw = now;
            draw(line(done, total, extra));
        }
    }

    /** Shows the final state and ends the line. */
    public void finish(int done, int total, String extra) {
        if (enabled) {
            draw(line(done, total, extra));
            if (interactive) {
                err.print('\n');
            }
            err.flush();
        }
    }

    /** Items per second since this bar was created. */
    public double rate(int done) {
        double seconds = seconds();
        return seconds <= 0 ? 0 : done / seconds;
    }

    public double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    String line(int done, int total, String extra) {
        String counts = String.format("%d%s %.1f %s/s%s", done, total < 0 ? "" : "/" + total, rate(done), label,
                extra.isEmpty() ? "" : " " + extra);
        if (total < 0) {
            return counts;
        }
        int filled = total == 0 ? WIDTH : (int) Math.min(WIDTH, (long) WIDTH * done / total);
        return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + counts;
    }

    private void draw(String line) {
        if (interactive) {
            err.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
            drawn = line.length();
        } else {
            err.println(line);
        }
        err.flush();
    }
}
