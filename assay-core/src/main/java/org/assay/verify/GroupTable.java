package org.assay.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The groups of countries a reader names (the EU, the euro area, the OECD, Africa, Latin America), read from the
 * pack's {@code groups.tsv}, which the pack builder writes: a header, then one group a line, tab-separated: name,
 * aliases ("|"), kind, members ("|", ISO 3166 alpha-3, each optionally ":FROM-TO" years, "GBR:1973-2020",
 * "POL:2004-"), source. Lines starting with "#" are comments. Stateless.
 */
final class GroupTable {

    /** One group. */
    record Group(String name, List<String> aliases, String kind, List<Member> members, String source) {
    }

    /**
     * One member, with the years it belonged (either end {@code null} when open).
     *
     * @param iso3 the ISO 3166 alpha-3 code as read (or, once resolved by {@link Places}, the country's name)
     */
    record Member(String iso3, Integer from, Integer to) {
        boolean in(int year) {
            return (from == null || from <= year) && (to == null || year <= to);
        }
    }

    private static final String RESOURCE = "pack/groups.tsv";

    private GroupTable() {
    }

    /** The bundled groups; none when the pack has no groups file. */
    static List<Group> bundled() {
        try (InputStream in = GroupTable.class.getResourceAsStream(RESOURCE)) {
            return in == null ? List.of() : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return List.of();
        }
    }

    static List<Group> parse(String text) {
        List<Group> out = new ArrayList<>();
        boolean header = true;
        for (String line : text.split("\r?\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 4) {
                continue;
            }
            List<Member> members = new ArrayList<>();
            for (String m : split(f[3])) {
                members.add(member(m));
            }
            out.add(new Group(f[0].strip(), split(f[1]), f[2].strip(), members, f.length > 4 ? f[4].strip() : ""));
        }
        return out;
    }

    private static Member member(String cell) {
        int colon = cell.indexOf(':');
        if (colon < 0) {
            return new Member(cell.strip(), null, null);
        }
        String[] years = cell.substring(colon + 1).split("-", -1);
        return new Member(cell.substring(0, colon).strip(), year(years[0]), years.length > 1 ? year(years[1]) : null);
    }

    private static Integer year(String s) {
        String t = s.strip();
        return t.matches("\\d{4}") ? Integer.valueOf(t) : null;
    }

    private static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
