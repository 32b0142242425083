package org.assay.pack;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One member of a place group as {@code groups.tsv} writes it: an ISO 3166 alpha-3 code, optionally with the years of
 * membership, both inclusive: {@code GBR:1973-2020} (member from 1973 to 2020), {@code POL:2004-} (since 2004),
 * {@code FRA} (no years: a member throughout).
 *
 * @param iso3 the member's code
 * @param from the first year of membership, or {@code null}
 * @param to   the last year of membership, or {@code null} while it lasts
 */
public record Membership(String iso3, Integer from, Integer to) {

    private static final Pattern TEXT = Pattern.compile("([A-Z]{3})(?::(\\d{4})-(\\d{4})?)?");

    public Membership {
        Objects.requireNonNull(iso3, "iso3");
        if (from == null && to != null) {
            throw new IllegalArgumentException(iso3 + ": a membership with an end needs a start");
        }
        if (from != null && to != null && to < from) {
            throw new IllegalArgumentException(iso3 + ": membership ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** Parses "GBR:1973-2020", "POL:2004-" or "FRA"; anything else is an {@link IllegalArgumentException}. */
    public static Membership parse(String text) {
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a membership (ISO3, ISO3:FROM- or ISO3:FROM-TO): \"" + text + "\"");
        }
        return new Membership(m.group(1), m.group(2) == null ? null : Integer.valueOf(m.group(2)),
                m.group(3) == null ? null : Integer.valueOf(m.group(3)));
    }

    /** Whether the place was a member in {@code year}. */
    public boolean covers(int year) {
        return (from == null || year >= from) && (to == null || year <= to);
    }

    /** As {@link #parse} reads it. */
    public String text() {
        return from == null ? iso3 : iso3 + ":" + from + "-" + (to == null ? "" : to);
    }
}
