package org.assay.verify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Countries and regions as prose names them: "Russia", "Russian", "Russia's", "the Russian Federation", "Europe",
 * "European". Country names match case-sensitively (so the pronoun "us" is not the US), at word boundaries, longest
 * first. Bundled from {@code places.tsv}; immutable and thread-safe.
 */
final class Places {

    /** A country or region named in a text. */
    record Found(String name, int start, int end, boolean region) {
    }

    private static final Places BUNDLED = read();

    private final Map<String, String> country = new HashMap<>();
    private final Map<String, String> regionName = new HashMap<>();
    private final Map<String, Set<String>> members = new LinkedHashMap<>();
    private final List<String> surfaces = new ArrayList<>();

    private Places() {
    }

    static Places bundled() {
        return BUNDLED;
    }

    /** The canonical country for a name or demonym ("Burma" gives "Myanmar"), or empty. */
    Optional<String> country(String name) {
        return Optional.ofNullable(country.get(name.strip()));
    }

    /** The countries a region holds; empty for an unknown region. */
    Set<String> members(String region) {
        return members.getOrDefault(region, Set.of());
    }

    /** Every country the list knows, by canonical name. */
    Set<String> countries() {
        return new LinkedHashSet<>(country.values());
    }

    boolean isRegion(String name) {
        return members.containsKey(name);
    }

    /** Every country and region named in {@code text}, in text order, longest match first at each position. */
    List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isUpperCase(text.charAt(i)) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            Found hit = null;
            for (String s : surfaces) {
                if (text.startsWith(s, i) && boundary(text, i + s.length())) {
                    String c = country.get(s);
                    hit = c != null ? new Found(c, i, i + s.length(), false)
                            : new Found(regionName.get(s), i, i + s.length(), true);
                    break;
                }
            }
            if (hit == null) {
                i++;
            } else {
                out.add(hit);
                i = hit.end();
            }
        }
        return out;
    }

    private static boolean boundary(String text, int at) {
        return at >= text.length() || !Character.isLetterOrDigit(text.charAt(at));
    }

    private static Places read() {
        Places p = new Places();
        try (InputStream in = Places.class.getResourceAsStream("places.tsv")) {
            if (in == null) {
                throw new IllegalStateException("places.tsv missing from the classpath");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                String name = f[0].strip();
                p.country.put(name, name);
                for (String a : f[1].split(";")) {
                    if (!a.isBlank()) {
                        p.country.put(a.strip(), name);
                    }
                }
                for (String r : f[2].split(";")) {
                    p.members.computeIfAbsent(r.strip(), k -> new LinkedHashSet<>()).add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String region : p.members.keySet()) {
            p.regionName.put(region, region);
            p.regionName.put(demonym(region), region);
        }
        p.surfaces.addAll(p.country.keySet());
        p.surfaces.addAll(p.regionName.keySet());
        p.surfaces.sort(Comparator.comparingInt(String::length).reversed());
        return p;
    }

    /** "Europe" gives "European", "Asia" "Asian", "Africa" "African", "South America" "South American". */
    private static String demonym(String region) {
        if (region.endsWith("e")) {
            return region + "an";
        }
        if (region.endsWith("a")) {
            return region + "n";
        }
        return region;
    }
}
