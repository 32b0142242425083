package org.assay.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds lines that are page furniture rather than article: {@code ADVERTISEMENT}, "Story continues below", share and
 * newsletter prompts, and a leading byte-order mark. A line is dropped only when the whole line is such a phrase, so a
 * sentence that merely contains "advertisement" stays.
 *
 * <p>Stateless and thread-safe.
 */
final class Boilerplate {

    private static final Pattern LINE = Pattern.compile(
            "(?i)\\s*(advertisement|advertising|skip advertisement|ad|sponsored( content)?"
                    + "|(story|article) continues below( (this )?advertisement)?"
                    + "|continue reading( (the )?(main )?story| below)?|listen to (this|the) article"
                    + "|share( this)?( article| story)?( on \\w+)?|share on \\w+( share on \\w+)*"
                    + "|(follow|like) us on \\w+.*|click here to .*|read more:?.*|related( articles| stories)?:?"
                    + "|most read|(sign up|subscribe) (for|to) .*newsletter.*|image (copyright|caption).*"
                    + "|(tweet|email|print|copy link)( this)?( article| story)?)[\\s.:!]*");

    private Boilerplate() {
    }

    /** The spans of whole boilerplate lines (without their line break), in text order. */
    static List<Span> lines(String text) {
        List<Span> dropped = new ArrayList<>();
        if (text.startsWith("\uFEFF")) {
            dropped.add(new Span(0, 1));
        }
        int lineStart = 0;
        while (lineStart < text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            if (lineEnd - lineStart < 200 && isBoilerplate(text.substring(lineStart, lineEnd))) {
                dropped.add(new Span(lineStart, lineEnd));
            }
            lineStart = lineEnd + 1;
        }
        return dropped;
    }

    static boolean isBoilerplate(String line) {
        String s = line.startsWith("\uFEFF") ? line.substring(1) : line;
        return !s.isBlank() && LINE.matcher(s).matches();
    }
}
