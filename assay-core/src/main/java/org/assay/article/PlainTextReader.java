package org.assay.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain text: the first non-empty line is the headline when it is short and has no final full stop; boilerplate
 * lines ({@code ADVERTISEMENT}, share prompts) are dropped from analysis but kept in the text.
 */
public final class PlainTextReader {

    private static final int MAX_HEADLINE = 200;
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)\\s*(advertisement|advertising|sponsored( content)?|story continues below( advertisement)?"
                    + "|continue reading( below)?|share this( article)?|click here to .*|read more:?.*|related:?|"
                    + "sign up for .* newsletter.*)\\s*");

    public Article read(String id, String text) {
        List<Span> dropped = new ArrayList<>();
        String title = null;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(lineStart, lineEnd);
            if (BOILERPLATE.matcher(line).matches()) {
                dropped.add(new Span(lineStart, lineEnd));
            } else if (title == null && !line.isBlank()) {
                String t = line.strip();
                title = t.length() <= MAX_HEADLINE && !t.endsWith(".") ? t : "";
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return new Article(id, title == null || title.isEmpty() ? null : title, null, null, null, text, dropped);
    }
}
