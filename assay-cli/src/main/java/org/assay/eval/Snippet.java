package org.assay.eval;

/** Shortens a text for one line of a report. */
final class Snippet {

    private static final int MAX = 80;

    private Snippet() {
    }

    static String of(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX ? oneLine : oneLine.substring(0, MAX - 1) + "…";
    }
}
