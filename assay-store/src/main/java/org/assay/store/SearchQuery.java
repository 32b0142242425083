package org.assay.store;

import java.time.LocalDate;

/**
 * What to look for among stored quotes and claims. Every field but {@code limit} and {@code offset} may be
 * {@code null} (no filter).
 *
 * @param text      words that must all occur (stemmed, case-insensitive); {@code null} or blank for any
 * @param speaker   the speaker (of a quote) or claimant (of a claim): canonical name or alias, case-insensitive
 * @param entity    an entity named inside the quote or claim, or its speaker: canonical name or alias
 * @param source    the article's source, exactly
 * @param from      first publication date, inclusive
 * @param to        last publication date, inclusive
 * @param claimKind QUANTITY, PERCENTAGE, ...; a claim-only filter: with it no quotes match
 * @param verdict   SUPPORTED, CONTRADICTED, ...; a claim-only filter: with it no quotes match
 */
public record SearchQuery(String text, String speaker, String entity, String source, LocalDate from, LocalDate to,
                          String claimKind, String verdict, int limit, int offset) {

    /** The most results one query returns. */
    public static final int MAX_LIMIT = 500;

    public SearchQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", got " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0, got " + offset);
        }
        text = blankToNull(text);
        speaker = blankToNull(speaker);
        entity = blankToNull(entity);
        source = blankToNull(source);
        claimKind = blankToNull(claimKind);
        verdict = blankToNull(verdict);
    }

    /** Everything, newest first, the first {@code limit}. */
    public static SearchQuery all(int limit) {
        return new SearchQuery(null, null, null, null, null, null, null, null, limit, 0);
    }

    public static SearchQuery words(String text, int limit) {
        return new SearchQuery(text, null, null, null, null, null, null, null, limit, 0);
    }

    public SearchQuery withSpeaker(String name) {
        return new SearchQuery(text, name, entity, source, from, to, claimKind, verdict, limit, offset);
    }

    public SearchQuery withVerdict(String status) {
        return new SearchQuery(text, speaker, entity, source, from, to, claimKind, status, limit, offset);
    }

    boolean claimOnly() {
        return claimKind != null || verdict != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
