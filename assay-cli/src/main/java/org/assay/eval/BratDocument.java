package org.assay.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assay.article.Span;

/**
 * A brat standoff annotation ({@code .ann}): text-bound annotations ({@code T} lines, possibly discontinuous:
 * {@code start end;start end}) and event/relation lines ({@code E} lines, {@code Role:Tn} arguments). Other lines
 * (notes, attributes, and stray lines) are skipped and counted.
 */
record BratDocument(Map<String, TextBound> textBounds, List<Event> events, int skippedLines) {

    private static final Pattern T_LINE = Pattern.compile("(T\\d+)\\t(\\S+) (\\d+ \\d+(?:;\\d+ \\d+)*)\\t?(.*)");
    private static final Pattern E_LINE = Pattern.compile("(E\\d+)\\t(.*)");

    BratDocument {
        textBounds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(textBounds));
        events = List.copyOf(events);
    }

    /** A {@code T} line: a type over one or more spans. */
    record TextBound(String id, String type, List<Span> spans) {
        TextBound {
            Objects.requireNonNull(id, "id");
            spans = List.copyOf(spans);
        }
    }

    /** An {@code E} line: its arguments in order, each a role ("Source", "Content2") and a text-bound id. */
    record Event(String id, List<Argument> arguments) {
        Event {
            arguments = List.copyOf(arguments);
        }

        /** Ids of the arguments whose role is {@code role} or {@code role} followed by digits. */
        List<String> targets(String role) {
            return arguments.stream().filter(a -> a.role().matches(Pattern.quote(role) + "\\d*"))
                    .map(Argument::target).toList();
        }
    }

    record Argument(String role, String target) {
    }

    static BratDocument parse(String ann) {
        Map<String, TextBound> textBounds = new LinkedHashMap<>();
        List<Event> events = new ArrayList<>();
        int skipped = 0;
        for (String line : ann.split("\r?\n")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher t = T_LINE.matcher(line);
            Matcher e = E_LINE.matcher(line);
            if (t.matches()) {
                List<Span> spans = new ArrayList<>();
                for (String range : t.group(3).split(";")) {
                    String[] ends = range.split(" ");
                    spans.add(new Span(Integer.parseInt(ends[0]), Integer.parseInt(ends[1])));
                }
                textBounds.put(t.group(1), new TextBound(t.group(1), t.group(2), spans));
            } else if (e.matches()) {
                List<Argument> arguments = new ArrayList<>();
                for (String arg : e.group(2).trim().split("\\s+")) {
                    int colon = arg.indexOf(':');
                    if (colon > 0) {
                        arguments.add(new Argument(arg.substring(0, colon), arg.substring(colon + 1)));
                    }
                }
                events.add(new Event(e.group(1), arguments));
            } else {
                skipped++;
            }
        }
        return new BratDocument(textBounds, events, skipped);
    }

    /** The spans of the text-bound annotations {@code ids} (unknown ids skipped), sorted. */
    List<Span> spans(List<String> ids) {
        List<Span> out = new ArrayList<>();
        for (String id : ids) {
            TextBound tb = textBounds.get(id);
            if (tb != null) {
                out.addAll(tb.spans());
            }
        }
        out.sort(null);
        return out;
    }
}
