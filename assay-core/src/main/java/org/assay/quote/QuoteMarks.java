package org.assay.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations of every common style: straight and curly double quotes, low-high German quotes, guillemets
 * (« » and » «), and single quotes (curly or straight) told apart from apostrophes by what surrounds them.
 * Quotation marks nested inside a double-quoted stretch belong to it. A double quote left open at the end of a
 * paragraph runs on when the next paragraph opens with a quotation mark (the news convention), or opens with a word
 * and closes a curly quotation before opening one (the mark not repeated); each paragraph's stretch is reported
 * separately, the later ones marked {@link Quotation#continues()}.
 *
 * <p>Paragraphs are separated by line breaks, blank lines or not; only in a text whose lines are wrapped (it has blank
 * lines and hardly any line longer than {@value #WRAPPED} characters) do blank lines alone separate them. Stateless
 * and thread-safe.
 */
final class QuoteMarks {

    private static final int MAX_SINGLE = 300;
    /** The longest line a text wrapped at a fixed width has. */
    private static final int WRAPPED = 100;

    List<Quotation> find(String text) {
        List<Quotation> out = new ArrayList<>();
        boolean blankLines = wrapped(text);
        int start = 0;
        int paragraph = 0;
        boolean runOn = false;
        while (start < text.length()) {
            int end = paragraphEnd(text, start, blankLines);
            runOn = paragraph(text, start, end, paragraph, runOn, out);
            paragraph++;
            start = end + 1;
        }
        return out;
    }

    /** The offsets where paragraphs start, in order; paragraph {@code i} of {@link Quotation} is the i-th. */
    static int[] paragraphStarts(String text) {
        boolean blankLines = wrapped(text);
        List<Integer> starts = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            starts.add(start);
            start = paragraphEnd(text, start, blankLines) + 1;
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * True for a text whose paragraphs are separated by blank lines and whose lines are wrapped at a fixed width: it
     * has blank lines, and fewer than one line in ten is longer than {@value #WRAPPED} characters.
     */
    private static boolean wrapped(String text) {
        if (!text.contains("\n\n") && !text.contains("\n\r\n")) {
            return false;
        }
        int lines = 0;
        int longer = 0;
        for (int start = 0; start <= text.length(); ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (!isBlank(text, start, end)) {
                lines++;
                if (end - start > WRAPPED) {
                    longer++;
                }
            }
            start = end + 1;
        }
        return longer * 10 < lines;
    }

    /**
     * Where the paragraph starting at {@code start} ends: at the first line break after its first word, or with
     * {@code blankLines}, at the first line break a blank line follows. Blank lines before a paragraph belong to it.
     */
    private static int paragraphEnd(String text, int start, boolean blankLines) {
        int first = start;
        while (!blankLines && first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        int nl = text.indexOf('\n', first);
        while (blankLines && nl >= 0 && !isBlankAfter(text, nl)) {
            nl = text.indexOf('\n', nl + 1);
        }
        return nl < 0 ? text.length() : nl;
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlankAfter(String text, int nl) {
        int i = nl + 1;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r')) {
            i++;
        }
        return i >= text.length() || text.charAt(i) == '\n';
    }

    /** Scans one paragraph; returns true when a double quote is left open at its end. */
    private static boolean paragraph(String text, int from, int to, int index, boolean runOn, List<Quotation> out) {
        int open = -1;
        char opener = 0;
        boolean continues = false;
        int firstMark = from;
        while (firstMark < to && Character.isWhitespace(text.charAt(firstMark))) {
            firstMark++;
        }
        int start = from;
        int unopened = runOn ? unopenedClose(text, firstMark, to) : -1;
        if (unopened > firstMark) {
            // the quote runs on without repeating its opening mark: this paragraph's stretch starts at its first word
            out.add(new Quotation(firstMark, firstMark, unopened, unopened, index, true, false));
            start = unopened + 1;
        }
        for (int i = start; i < to; i++) {
            char c = text.charAt(i);
            if (open < 0) {
                if (isDoubleOpener(text, i, from, to)) {
                    open = i;
                    opener = c;
                    continues = runOn && i == firstMark;
                } else if (isSingleOpener(text, i, from)) {
                    int close = singleCloser(text, i + 1, Math.min(to, i + MAX_SINGLE), c);
                    if (close > i + 1) {
                        out.add(new Quotation(i, i + 1, close, close, index, false, true));
                        i = close;
                    }
                }
            } else if (reopens(opener, text, open, i, to)) {
                // a new paragraph of the same quotation, its paragraph break lost: the open one ends at its sentence
                out.add(new Quotation(open, open + 1, trimmedEnd(text, open, i), -1, index, continues, false));
                open = i;
                continues = true;
            } else if (closes(opener, c, text, i, to)) {
                out.add(new Quotation(open, open + 1, i, i, index, continues, false));
                open = -1;
            }
        }
        if (open >= 0) {
            int end = trimmedEnd(text, open, to);
            if (end > open + 1) {
                out.add(new Quotation(open, open + 1, end, -1, index, continues, false));
            }
            return true;
        }
        return false;
    }

    /**
     * The curly closing mark of a paragraph [from, to) that opens with a word and closes a quotation before opening
     * any, or -1: the continuation of a quote left open in the previous paragraph without its opening mark repeated.
     */
    private static int unopenedClose(String text, int from, int to) {
        if (from >= to || !Character.isLetterOrDigit(text.charAt(from))) {
            return -1;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '”') {
                return i;
            }
            if (c == '“' || c == '"') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isDoubleOpener(String text, int i, int from, int to) {
        char c = text.charAt(i);
        if (c == '“' || c == '„' || c == '«') {
            return true;
        }
        if (c == '»') {
            return i + 1 < to && !Character.isWhitespace(text.charAt(i + 1)) && (i == from || !Character.isLetterOrDigit(text.charAt(i - 1)));
        }
        // a straight mark before '>' closes a markup attribute (tweet-date="..."), whatever line it stands on
        return c == '"' && !(i > from && Character.isDigit(text.charAt(i - 1)) && (i + 1 >= to || !Character.isLetter(text.charAt(i + 1))))
                && !(i + 1 < to && text.charAt(i + 1) == '>');
    }

    /** The end of an unclosed quotation opened at {@code open} that runs to {@code end}, trailing spaces left out. */
    private static int trimmedEnd(String text, int open, int end) {
        while (end > open + 1 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /**
     * Whether the mark at {@code i}, inside the quotation opened at {@code open}, opens another instead of closing it:
     * the same opening mark after a finished sentence and a space, before a word ("… 26 weeks. "We are going …"),
     * as a quotation that runs over two paragraphs is written when the text has lost the break between them.
     */
    private static boolean reopens(char opener, String text, int open, int i, int to) {
        char c = text.charAt(i);
        if (!(c == opener && (c == '"' || c == '“')) || i + 1 >= to || !Character.isLetterOrDigit(text.charAt(i + 1))
                || !Character.isWhitespace(text.charAt(i - 1))) {
            return false;
        }
        int before = i - 1;
        while (before > open && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        return before > open + 1 && ".?!".indexOf(text.charAt(before)) >= 0;
    }

    private static boolean closes(char opener, char c, String text, int i, int to) {
        return switch (opener) {
            case '“' -> c == '”' || c == '"' || (c == '“' && looksClosing(text, i, to));
            case '„' -> c == '“' || c == '”';
            case '«' -> c == '»';
            case '»' -> c == '«';
            default -> c == '"' || c == '”';
        };
    }

    /** A mark after a word and before a space or punctuation: a misprinted closing mark. */
    private static boolean looksClosing(String text, int i, int to) {
        boolean afterWord = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
        boolean beforeBreak = i + 1 >= to || Character.isWhitespace(text.charAt(i + 1))
                || ",.;:!?)".indexOf(text.charAt(i + 1)) >= 0;
        return afterWord && beforeBreak;
    }

    private static boolean isSingleOpener(String text, int i, int from) {
        char c = text.charAt(i);
        if (c != '‘' && c != '\'' && c != '‹') {
            return false;
        }
        boolean boundaryBefore = i == from || Character.isWhitespace(text.charAt(i - 1)) || "([—–-".indexOf(text.charAt(i - 1)) >= 0;
        return boundaryBefore && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))
                && !doubledApostrophe(text, i, true);
    }

    /**
     * Part of a pair of straight apostrophes, which some archives print for a double quotation mark; in a run of
     * three, the first closes or the last opens a single quote ({@code 'ok.'''}). Assay does not read the pairs as
     * double marks (see the README).
     */
    private static boolean doubledApostrophe(String text, int i, boolean opening) {
        if (text.charAt(i) != '\'') {
            return false;
        }
        int start = i;
        while (start > 0 && text.charAt(start - 1) == '\'') {
            start--;
        }
        int end = i + 1;
        while (end < text.length() && text.charAt(end) == '\'') {
            end++;
        }
        int run = end - start;
        return run > 1 && (run % 2 == 0 || i != (opening ? end - 1 : start));
    }

    /** The closing single mark in [from, to): after a non-space, before a space, punctuation or the end. */
    private static int singleCloser(String text, int from, int to, char opener) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '"' || c == '“' || c == '”') {
                return -1;
            }
            boolean mark = opener == '‹' ? c == '›' : (c == '’' || c == '\'');
            if (!mark || Character.isWhitespace(text.charAt(i - 1)) || doubledApostrophe(text, i, false)) {
                continue;
            }
            boolean beforeBreak = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))
                    || ",.;:!?)—–-'".indexOf(text.charAt(i + 1)) >= 0;
            boolean plural = text.charAt(i - 1) == 's' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))
                    && i + 2 < text.length() && Character.isLowerCase(text.charAt(i + 2));
            if (beforeBreak && !plural) {
                return i;
            }
        }
        return -1;
    }
}
