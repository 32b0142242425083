package org.assay.article;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The input formats Assay reads, told apart by file extension and, failing that, by content. */
public enum InputFormat {
    TEXT, HTML, JSON;

    private static final Pattern HTML_START = Pattern.compile(
            "(?is)\\A\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|article|meta|div|p|title)[\\s>/].*");

    /** The format a file name announces ({@code .txt}, {@code .html}, {@code .json} and kin), if any. */
    public static Optional<InputFormat> fromFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String ext = dot < 0 ? "" : lower.substring(dot + 1);
        return switch (ext) {
            case "txt", "text" -> Optional.of(TEXT);
            case "html", "htm", "xhtml", "shtml" -> Optional.of(HTML);
            case "json" -> Optional.of(JSON);
            default -> Optional.empty();
        };
    }

    /** The format {@code text} looks like: JSON when it opens with '{', HTML when it opens with a tag, else text. */
    public static InputFormat sniff(String text) {
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '{') {
            return JSON;
        }
        String head = text.substring(i, Math.min(text.length(), i + 4096));
        return HTML_START.matcher(head).matches() ? HTML : TEXT;
    }
}
