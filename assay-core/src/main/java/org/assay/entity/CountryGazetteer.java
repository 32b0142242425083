package org.assay.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The countries of the world with their other names, ISO codes, demonyms and adjectives, regions and (where news prose
 * uses them for the country) capitals, read from the bundled {@code countries.tsv}. Lookups are case-sensitive ("US" is
 * a country, "us" is not).
 *
 * <p>Immutable and thread-safe; {@link #bundled()} loads the resource once per class loader.
 */
public final class CountryGazetteer {

    /**
     * One country.
     *
     * @param regions  the continents and groupings it belongs to ("Europe", "European Union", "Middle East")
     * @param capitals capitals that news prose uses for the country ("Beijing"); not names of the country, so
     *                 {@link #lookup} does not return them; often empty
     */
    public record Country(String name, String iso2, String iso3, List<String> regions, List<String> capitals) {
        public Country {
            Objects.requireNonNull(name, "name");
            regions = List.copyOf(regions);
            capitals = List.copyOf(capitals);
        }
    }

    /** How a surface form names a country. */
    public enum Form { NAME, DEMONYM }

    /** A surface form found in the gazetteer. */
    public record Entry(Country country, Form form) {
    }

    private static final Pattern WORD_BREAK = Pattern.compile("[ .-]");

    private final List<Country> countries;
    private final Map<String, Entry> bySurface;
    private final Set<String> firstWords;
    private final int maxWords;

    private CountryGazetteer(List<Country> countries, Map<String, Entry> bySurface) {
        this.countries = List.copyOf(countries);
        this.bySurface = Map.copyOf(bySurface);
        this.firstWords = bySurface.keySet().stream().map(s -> WORD_BREAK.split(s)[0]).collect(
                java.util.stream.Collectors.toUnmodifiableSet());
        this.maxWords = bySurface.keySet().stream().mapToInt(s -> s.split(" ").length).max().orElse(1);
    }

    /** True when some surface form starts with {@code word} (a cheap filter before {@link #lookup}). */
    public boolean mayStartWith(String word) {
        return firstWords.contains(WORD_BREAK.split(word.replace('\u2019', '\''))[0]);
    }

    private static final class Holder {
        static final CountryGazetteer BUNDLED = load();
    }

    /** The gazetteer shipped with Assay. */
    public static CountryGazetteer bundled() {
        return Holder.BUNDLED;
    }

    /** The entry for an exact surface form ("U.S.", "Ukrainian", "Russian Federation"), if any. */
    public Optional<Entry> lookup(String surface) {
        return Optional.ofNullable(bySurface.get(surface.replace('\u2019', '\'')));
    }

    /** Every country, in file order. */
    public List<Country> countries() {
        return countries;
    }

    /** Every surface form {@link #lookup} knows: names, other names, demonyms and their plurals. */
    public Set<String> surfaces() {
        return bySurface.keySet();
    }

    /** The most words any surface form has. */
    public int maxWords() {
        return maxWords;
    }

    private static CountryGazetteer load() {
        List<Country> countries = new ArrayList<>();
        Map<String, Entry> map = new HashMap<>();
        for (String[] f : BundledTable.read(CountryGazetteer.class, "countries.tsv")) {
            Country c = new Country(f[0], f[1], f[2], split(f[5]), split(f[6]));
            countries.add(c);
            List<String> names = new ArrayList<>(List.of(f[0]));
            names.addAll(split(f[3]));
            names.forEach(n -> map.putIfAbsent(n.replace('\u2019', '\''), new Entry(c, Form.NAME)));
            for (String d : split(f[4])) {
                map.putIfAbsent(d, new Entry(c, Form.DEMONYM));
                if (d.endsWith("n") || d.endsWith("i")) {
                    map.putIfAbsent(d + "s", new Entry(c, Form.DEMONYM));
                }
            }
        }
        return new CountryGazetteer(countries, map);
    }

    private static List<String> split(String field) {
        return field.isBlank() ? List.of() : List.of(field.split("\\|"));
    }
}
