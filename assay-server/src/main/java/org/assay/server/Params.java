package org.assay.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.assay.store.SearchQuery;

/** Reads query parameters, collecting every problem so that one 400 answers them all. */
final class Params {

    private static final Set<String> KINDS = Set.of("QUANTITY", "PERCENTAGE", "RANKING", "COMPARISON", "CHANGE",
            "EVENT", "OTHER");
    private static final Set<String> VERDICTS = Set.of("SUPPORTED", "CONTRADICTED", "NOT_ENOUGH_DATA", "UNCHECKED");

    private final Context ctx;
    private final List<String> problems = new ArrayList<>();

    Params(Context ctx) {
        this.ctx = ctx;
    }

    String text(String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    int integer(String name, int fallback, int min, int max) {
        String v = text(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(name + " must be a whole number from " + min + " to " + max + ", got '" + v + "'");
        return fallback;
    }

    LocalDate date(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problems.add(name + " must be a date YYYY-MM-DD, got '" + v + "'");
            return null;
        }
    }

    String oneOf(String name, Set<String> allowed) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        String up = v.toUpperCase(java.util.Locale.ROOT);
        if (!allowed.contains(up)) {
            problems.add(name + " must be one of " + new java.util.TreeSet<>(allowed) + ", got '" + v + "'");
            return null;
        }
        return up;
    }

    /** The search parameters: q, speaker, entity, source, from, to, kind, verdict, limit, offset. */
    SearchQuery search(int defaultLimit) {
        SearchQuery q = new SearchQuery(text("q"), text("speaker"), text("entity"), text("source"), date("from"),
                date("to"), oneOf("kind", KINDS), oneOf("verdict", VERDICTS),
                integer("limit", defaultLimit, 1, SearchQuery.MAX_LIMIT), integer("offset", 0, 0, 1_000_000));
        done();
        return q;
    }

    /** Throws one 400 naming every problem found so far. */
    void done() {
        if (!problems.isEmpty()) {
            throw new ApiError(400, String.join("; ", problems));
        }
    }

    long id(String name) {
        try {
            return Long.parseLong(ctx.pathParam(name));
        } catch (NumberFormatException e) {
            throw new ApiError(400, name + " must be a number, got '" + ctx.pathParam(name) + "'");
        }
    }

    static Set<String> kinds() {
        return KINDS;
    }

    static Set<String> verdicts() {
        return VERDICTS;
    }
}
