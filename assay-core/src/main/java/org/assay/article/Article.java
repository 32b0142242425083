package org.assay.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One news article as read from its input.
 *
 * <p>{@code text} is the article's text exactly as given (for HTML and JSON, the extracted body text); every span the
 * analysis reports points into it. {@code dropped} lists boilerplate stretches (e.g. a line {@code ADVERTISEMENT})
 * that the stages must not analyse; {@link #analysisText()} blanks them out without moving any offset.
 *
 * @param id        a stable identifier: the file's base name, or a content hash when there is none
 * @param title     the headline, or {@code null}
 * @param published the publication date, or {@code null} when unknown
 * @param source    the publisher or input path, or {@code null}
 * @param url       the article's address, or {@code null}
 * @param byline    the author line as the page gives it ("Jane Doe and John Roe"), or {@code null}
 */
public record Article(String id, String title, LocalDate published, String source, String url, String text,
                      List<Span> dropped, String byline) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        dropped = List.copyOf(dropped);
        for (Span span : dropped) {
            if (span.end() > text.length()) {
                throw new IllegalArgumentException("dropped span " + span + " outside text of length " + text.length());
            }
        }
    }

    /** An article without a byline. */
    public Article(String id, String title, LocalDate published, String source, String url, String text,
                   List<Span> dropped) {
        this(id, title, published, source, url, text, dropped, null);
    }

    /** An article with nothing dropped and no metadata but its id; handy for tests and one-off sentences. */
    public static Article of(String id, String text) {
        return new Article(id, null, null, null, null, text, List.of());
    }

    public Article withPublished(LocalDate date) {
        return new Article(id, title, date, source, url, text, dropped, byline);
    }

    /**
     * The text the stages read: every dropped stretch replaced by spaces (line breaks kept), and every no-break space
     * (U+00A0, U+2007, U+202F, which web pages put between words and before dashes) made a plain space. Same length,
     * same offsets; what the analysis reports as written (quote and claim text) is cut from {@link #text()}.
     */
    public String analysisText() {
        if (dropped.isEmpty()) {
            return plainSpaces(text);
        }
        char[] chars = plainSpaces(text).toCharArray();
        for (Span span : dropped) {
            for (int i = span.start(); i < span.end(); i++) {
                if (chars[i] != '\n') {
                    chars[i] = ' ';
                }
            }
        }
        return new String(chars);
    }

    /** {@code s} with its no-break spaces (U+00A0, U+2007, U+202F) made plain spaces; {@code null} stays null. */
    public static String plainSpaces(String s) {
        return s == null ? null : s.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ');
    }
}
