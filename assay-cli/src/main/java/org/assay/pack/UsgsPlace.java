package org.assay.pack;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place as a USGS table names it, read into the key a dataset row gets and what the name said besides: footnote
 * digits dropped ("United States1", "World total (rounded) 10"), the "e" (estimated) footnote dropped ("Russiae"),
 * qualifiers moved to the note ("Peru (exports)", "Kazakhstan, concentrate"), variant world totals and "other
 * countries" rows given one key each. A name is only taken apart when the whole is not a known place ("Congo
 * (Kinshasa)", "Korea, Republic of" stay whole).
 *
 * @param key  the row's key
 * @param note what the name said besides the place ("exports", "rounded, natural", "estimated"), or ""
 * @param kind what the row is about
 */
record UsgsPlace(String key, String note, Kind kind) {

    /** What a row's place is. */
    enum Kind {
        /** A country Assay's gazetteer knows (directly or through an alias). */
        COUNTRY,
        /** A place the recipe lists that is no country of the gazetteer ("New Caledonia"): kept and ranked as named. */
        TERRITORY,
        /** A row that lumps several countries ("United States and Canada"): never ranked. */
        LUMP,
        /** The publisher's "other countries" row. */
        OTHERS,
        /** The world total. */
        TOTAL,
        /** A name nothing resolves: kept as written, and reported. */
        UNRESOLVED
    }

    private static final Pattern FOOTNOTE = Pattern.compile("^(.*\\D)\\s*\\d+$");
    private static final Pattern PARENTHESIS = Pattern.compile("^(.+?)\\s*\\((.+)\\)\\s*(e?)$");
    private static final Pattern COMMA = Pattern.compile("^(.+?),\\s*(.+)$");

    /**
     * How a recipe names the aggregate rows.
     *
     * @param totalKey      the key of the world-total row ("World total")
     * @param totalPattern  matches the start of every world-total name ("World total (ilmenite, rounded)")
     * @param othersKey     the key of the "other countries" row
     * @param othersPattern matches the start of every "other countries" name ("Other Countries", "Other")
     */
    record Aggregates(String totalKey, Pattern totalPattern, String othersKey, Pattern othersPattern) {
    }

    /**
     * Reads one name.
     *
     * @param known what a whole name is (COUNTRY, TERRITORY or LUMP), or {@code null} when it is no place known
     */
    static UsgsPlace read(String raw, Aggregates aggregates, Function<String, Kind> known) {
        String name = UsgsCell.tidy(raw);
        Matcher footnote = FOOTNOTE.matcher(name);
        if (footnote.matches()) {
            name = footnote.group(1).strip();
        }
        Matcher total = aggregates.totalPattern().matcher(name);
        if (total.lookingAt()) {
            return new UsgsPlace(aggregates.totalKey(), rest(name.substring(total.end())), Kind.TOTAL);
        }
        Matcher others = aggregates.othersPattern().matcher(name);
        if (others.lookingAt()) {
            return new UsgsPlace(aggregates.othersKey(), rest(name.substring(others.end())), Kind.OTHERS);
        }
        Kind whole = known.apply(name);
        if (whole != null) {
            return new UsgsPlace(name, "", whole);
        }
        if (name.endsWith("e") && known.apply(name.substring(0, name.length() - 1)) != null) {
            String base = name.substring(0, name.length() - 1);
            return new UsgsPlace(base, "estimated", known.apply(base));
        }
        Matcher p = PARENTHESIS.matcher(name);
        if (p.matches() && known.apply(p.group(1)) != null) {
            String note = p.group(2).strip() + (p.group(3).isEmpty() ? "" : "; estimated");
            return new UsgsPlace(p.group(1), note, known.apply(p.group(1)));
        }
        Matcher c = COMMA.matcher(name);
        if (c.matches() && known.apply(c.group(1)) != null) {
            return new UsgsPlace(c.group(1), c.group(2).strip(), known.apply(c.group(1)));
        }
        return new UsgsPlace(name, "", Kind.UNRESOLVED);
    }

    /** What follows an aggregate's name, as a note: "(rounded), natural" gives "rounded, natural"; "e" "estimated". */
    private static String rest(String s) {
        String r = s.replace("(", " ").replace(")", " ").replaceAll("\\s+", " ").strip();
        r = r.replaceAll("^[,;:\\s]+|[,;:\\s]+$", "").replaceAll("\\s+,", ",");
        return r.equals("e") ? "estimated" : r;
    }
}
