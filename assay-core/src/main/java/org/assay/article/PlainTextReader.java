package org.assay.article;

import java.util.List;

/**
 * Plain text: the first non-empty line is the headline when it is short ({@value #MAX_HEADLINE} characters at most)
 * and has no final full stop; boilerplate lines ({@code ADVERTISEMENT}, share prompts) are dropped from analysis but
 * kept in the text, so offsets always point into the text exactly as given.
 *
 * <p>Stateless and thread-safe.
 */
public final class PlainTextReader {

    static final int MAX_HEADLINE = 200;

    /** Reads {@code text} as given; {@code id} becomes the article's id. */
    public Article read(String id, String text) {
        List<Span> dropped = Boilerplate.lines(text);
        return new Article(id, headline(text, dropped), null, null, null, text, dropped);
    }

    /** The headline by the plain-text rule, or {@code null}; skips dropped lines. */
    static String headline(String text, List<Span> dropped) {
        int lineStart = 0;
        while (lineStart < text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            int from = lineStart;
            boolean isDropped = dropped.stream().anyMatch(s -> s.start() <= from && s.end() >= lineEnd);
            String line = text.substring(lineStart, lineEnd).replace("\uFEFF", "").strip();
            if (!line.isEmpty() && !isDropped) {
                return line.length() <= MAX_HEADLINE && !line.endsWith(".") ? line : null;
            }
            lineStart = lineEnd + 1;
        }
        return null;
    }
}
