package org.assay.quote;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Headlines and subheadings: the editor's summary lines. Quotations in them repeat the body's in shortened form
 * and are not reported. A heading is the article's title line, or a short paragraph whose words are mostly
 * capitalised ("Trump Says He Will 'Win Big'", "3. FOR AFGHAN WOMEN 'GLASS IS HALF FULL'"), unless it is a quotation
 * signed with a dash ({@link DashSignature}). Stateless.
 */
final class Headings {

    private static final int MAX_WORDS = 20;
    private static final double CAPITALISED_SHARE = 0.7;
    /** A line that is a quotation signed with a dash ("“Our turn.” ― Ana Diaz"): a saying, not a heading. */
    private static final Pattern SIGNED_SAYING = Pattern.compile("[“\"][^“”\"]+[”\"]\\s*(?:--?|[–—―])\\s*\\p{Lu}.*");

    private Headings() {
    }

    /** The quotations that do not lie in a heading. */
    static List<Quotation> outside(String text, List<Quotation> quotations, String title) {
        return quotations.stream().filter(q -> !inHeading(text, q.open(), title)).toList();
    }

    private static boolean inHeading(String text, int offset, String title) {
        int start = text.lastIndexOf('\n', offset - 1) + 1;
        int end = text.indexOf('\n', offset);
        String line = text.substring(start, end < 0 ? text.length() : end).strip();
        if (title != null && line.equals(title) && text.substring(0, start).isBlank()) {
            return true;
        }
        if (SIGNED_SAYING.matcher(line).matches()) {
            return false;
        }
        int words = 0;
        int letters = 0;
        int capitalised = 0;
        int i = 0;
        while (i < line.length()) {
            if (isSpace(line.charAt(i))) {
                i++;
                continue;
            }
            if (++words > MAX_WORDS) {
                return false;
            }
            int firstLetter = -1;
            for (; i < line.length() && !isSpace(line.charAt(i)); i++) {
                if (firstLetter < 0 && Character.isLetter(line.charAt(i))) {
                    firstLetter = i;
                }
            }
            if (firstLetter >= 0) {
                letters++;
                if (Character.isUpperCase(line.charAt(firstLetter))) {
                    capitalised++;
                }
            }
        }
        return words >= 2 && letters >= 2 && capitalised >= CAPITALISED_SHARE * letters;
    }

    /** The white space that separates a line's words: {@code \s} in a pattern. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
