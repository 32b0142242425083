package org.assay.quote;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assay.nlp.Annotated;

/**
 * A quotation signed with a dash, as collected sayings, epigraphs and fact-check columns print them: the signature
 * follows the closing mark on the same line ({@code “…” ― Ann Lee, 45}), or stands alone on the next line or
 * paragraph ({@code - Ann Lee.}).
 *
 * <p>The shape is strict, so that a reporter's sign-off after a news brief is not read as a speaker:
 * <ul>
 *   <li>the quotation opens its line, or follows the line's list marker ("1.", "•"), and is closed;</li>
 *   <li>the signature starts with a capitalised word after the dash and runs to the end of its line;</li>
 *   <li>its name, up to the first comma, holds at most {@value #MAX_NAME_TOKENS} tokens and no finite verb; what
 *       follows the comma describes the speaker (age, town, role, a relative clause) and may run to
 *       {@value #MAX_TOKENS} tokens in all;</li>
 *   <li>it does not end with a dash (that is a subheading: {@code – A new start –}).</li>
 * </ul>
 * The speaker is what {@link SpeakerFinder#resolve} makes of the name; the cue is the dash. Stateless.
 */
final class DashSignature {

    private static final double CONFIDENCE = 0.85;
    private static final int MAX_NAME_TOKENS = 6;
    private static final int MAX_TOKENS = 40;
    /** White space within the line or down to the next non-blank line, a dash, then a capital letter. */
    private static final Pattern SIGNATURE = Pattern.compile("[ \\t]*(?:\\R\\s*)?(--?|[–—―])[ \\t]*\\p{Lu}");
    private static final Pattern LIST_MARKER = Pattern.compile("\\s*(?:(?:\\d{1,3}[.)]|[•*·▪●])\\s*)?");
    private static final Set<String> FINITE_VERB_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");

    private DashSignature() {
    }

    /** The speaker signed under {@code q}, if it has a signature of this shape. */
    static Optional<SpeakerFinder.Found> of(Annotated doc, Quotation q, SpeakerFinder finder) {
        String text = doc.text();
        if (!q.closed() || !opensLine(text, q.open())) {
            return Optional.empty();
        }
        Matcher m = SIGNATURE.matcher(text).region(q.after(), text.length());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        int lineEnd = text.indexOf('\n', m.end());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        int dash = doc.tokenAt(m.start(1));
        int from = doc.tokenAt(m.end() - 1);
        int to = LabelledLine.wordsEnd(doc.tokens(), from, doc.tokenAt(lineEnd));
        if (text.substring(m.end() - 1, lineEnd).strip().matches(".*(?:--?|[–—―])\\.?")) {
            return Optional.empty();
        }
        int name = from;
        while (name < to && !doc.tokens().get(name).word().equals(",")) {
            name++;
        }
        if (to <= from || to - from > MAX_TOKENS || name - from > MAX_NAME_TOKENS || from <= dash
                || doc.tokens().subList(from, name).stream().anyMatch(t -> FINITE_VERB_TAGS.contains(t.tag()))) {
            return Optional.empty();
        }
        return finder.resolve(from, name, dash, CONFIDENCE);
    }

    /** Whether only white space or a list marker ("1.", "2)", "•", "*") stands before {@code offset} on its line. */
    private static boolean opensLine(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        return LIST_MARKER.matcher(text.substring(lineStart, offset)).matches();
    }
}
