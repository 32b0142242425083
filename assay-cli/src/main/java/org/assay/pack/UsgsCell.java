package org.assay.pack;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One figure cell of a USGS Mineral Commodity Summaries table, read: a number ({@code 1230 }, {@code 197,100},
 * {@code e5,000} marked estimated, {@code >130,000,000} with its qualifier), or a status with no number ("NA", "W",
 * "XX", "Large", "Less than ½ unit.", "included with ilmenite"), or nothing.
 *
 * @param number    the figure as written, in the table's unit, or {@code null}
 * @param qualifier the sign before the figure (">"), or ""
 * @param estimated the figure carries the publisher's "e" (estimated) prefix
 * @param status    the words of a cell that holds no number ("W", "Large"), or ""
 */
record UsgsCell(BigDecimal number, String qualifier, boolean estimated, String status) {

    private static final UsgsCell BLANK = new UsgsCell(null, "", false, "");
    private static final Pattern FIGURE = Pattern.compile("(>|<)?\\s*(e)?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final Pattern LEADING_FIGURE = Pattern.compile("^(>|<)?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(?=\\D|$)");

    /** Reads a cell: non-breaking and trailing spaces dropped, thousands commas removed. */
    static UsgsCell parse(String raw) {
        String s = tidy(raw);
        if (s.isEmpty()) {
            return BLANK;
        }
        Matcher m = FIGURE.matcher(s);
        if (m.matches()) {
            String digits = m.group(3).replace(",", "") + (m.group(4) == null ? "" : m.group(4));
            return new UsgsCell(new BigDecimal(digits), m.group(1) == null ? "" : m.group(1), m.group(2) != null, "");
        }
        return new UsgsCell(null, "", false, s);
    }

    /**
     * The figure a note starts with (">2,000,000. In addition to the countries listed, ..."), for a table that puts
     * a total in its notes column; blank when the note does not start with one.
     */
    static UsgsCell leading(String note) {
        Matcher m = LEADING_FIGURE.matcher(tidy(note));
        if (!m.find()) {
            return BLANK;
        }
        return new UsgsCell(new BigDecimal(m.group(2).replace(",", "")), m.group(1) == null ? "" : m.group(1), false,
                "");
    }

    /** Text with non-breaking spaces as spaces, runs of spaces as one, trimmed. */
    static String tidy(String raw) {
        return raw == null ? "" : raw.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    boolean hasNumber() {
        return number != null;
    }

    boolean isBlank() {
        return number == null && status.isEmpty();
    }
}
