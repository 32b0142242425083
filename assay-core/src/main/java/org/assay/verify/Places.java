package org.assay.verify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assay.article.Span;
import org.assay.claim.PlaceFinder;
import org.assay.claim.PlaceRef;
import org.assay.entity.CountryGazetteer;

/**
 * Countries and regions as prose names them: "Russia", "Russian", "Russia's", "the Russian Federation", "Beijing",
 * "Europe", "European". The countries, their other names, demonyms, capitals and regions come from the entity stage's
 * {@link CountryGazetteer}; this class adds finding them in running text. Country names match case-sensitively (so the
 * pronoun "us" is not the US), at word boundaries, longest first. Immutable and thread-safe.
 */
final class Places implements PlaceFinder {

    /** A country or region named in a text. */
    record Found(String name, int start, int end, boolean region) {
    }

    private static final Places BUNDLED = new Places(CountryGazetteer.bundled(), GroupTable.bundled());

    private final CountryGazetteer gazetteer;
    private final Map<String, String> capital = new HashMap<>();
    private final Map<String, String> regionName = new HashMap<>();
    private final Map<String, Set<String>> members = new LinkedHashMap<>();
    private final Set<String> countries = new LinkedHashSet<>();
    private final Map<String, String> byIso3 = new HashMap<>();
    private final List<String> surfaces = new ArrayList<>();
    /** Group names written in lower case ("euro area", "eurozone"): the only names found where no capital stands. */
    private final List<String> lowerSurfaces = new ArrayList<>();
    /**
     * The surfaces by their leading word (the run of letters and digits they start with), longest first within each:
     * a position in the text is tried only against the surfaces whose leading word is the word standing there.
     */
    private final Map<String, List<String>> byLeadingWord = new HashMap<>();

    /** Membership with years: a country in a group only from one year to another (the UK in the EU, 1973-2020). */
    private final Map<String, List<GroupTable.Member>> dated = new HashMap<>();

    private Places(CountryGazetteer gazetteer, List<GroupTable.Group> groups) {
        this.gazetteer = gazetteer;
        for (CountryGazetteer.Country c : gazetteer.countries()) {
            countries.add(c.name());
            byIso3.put(c.iso3(), c.name());
            c.capitals().forEach(city -> capital.put(city, c.name()));
            c.regions().forEach(r -> members.computeIfAbsent(r, k -> new LinkedHashSet<>()).add(c.name()));
        }
        for (GroupTable.Group g : groups) {
            Set<String> of = members.computeIfAbsent(g.name(), k -> new LinkedHashSet<>());
            List<GroupTable.Member> withYears = new ArrayList<>();
            for (GroupTable.Member m : g.members()) {
                String country = byIso3.get(m.iso3());
                if (country != null) {
                    of.add(country);
                    withYears.add(new GroupTable.Member(country, m.from(), m.to()));
                }
            }
            dated.put(g.name(), withYears);
            g.aliases().forEach(a -> regionName.put(a, g.name()));
        }
        for (String region : members.keySet()) {
            regionName.put(region, region);
            regionName.putIfAbsent(demonym(region), region);
        }
        surfaces.addAll(gazetteer.surfaces());
        surfaces.addAll(capital.keySet());
        surfaces.addAll(regionName.keySet());
        surfaces.sort(Comparator.comparingInt(String::length).reversed());
        surfaces.stream().filter(s -> Character.isLowerCase(s.charAt(0))).forEach(lowerSurfaces::add);
        surfaces.forEach(s -> byLeadingWord.computeIfAbsent(leadingWord(s, 0), k -> new ArrayList<>()).add(s));
    }

    static Places bundled() {
        return BUNDLED;
    }

    /** The canonical country for a name, demonym or capital ("Burma" gives "Myanmar"), or empty. */
    Optional<String> country(String name) {
        String n = name.strip();
        return gazetteer.lookup(n).map(e -> e.country().name()).or(() -> Optional.ofNullable(capital.get(n)));
    }

    /** The canonical country for an ISO 3166 alpha-3 code ("RUS" gives "Russia"), or empty. */
    Optional<String> ofIso3(String code) {
        return Optional.ofNullable(byIso3.get(code.strip()));
    }

    /**
     * The countries a group held in {@code year} (the EU of 2004 had 25 members), or every member ever when the
     * group's membership has no years or the year is {@code null}.
     */
    Set<String> members(String region, Integer year) {
        List<GroupTable.Member> withYears = dated.get(region);
        if (year == null || withYears == null || withYears.isEmpty()) {
            return members(region);
        }
        Set<String> out = new LinkedHashSet<>();
        withYears.stream().filter(m -> m.in(year)).forEach(m -> out.add(m.iso3()));
        return Collections.unmodifiableSet(out);
    }

    /** The countries a region holds; empty for an unknown region. */
    Set<String> members(String region) {
        return Collections.unmodifiableSet(members.getOrDefault(region, Set.of()));
    }

    /** Every country the gazetteer knows, by canonical name. */
    Set<String> countries() {
        return Collections.unmodifiableSet(countries);
    }

    boolean isRegion(String name) {
        return members.containsKey(name);
    }

    @Override
    public List<PlaceRef> find(String text, Span span) {
        List<PlaceRef> out = new ArrayList<>();
        for (Found f : find(span.of(text))) {
            int start = span.start() + f.start();
            int end = span.start() + f.end();
            boolean possessive = text.startsWith("'s", end) || text.startsWith("’s", end);
            out.add(new PlaceRef(f.name(), text.substring(start, end), new Span(start, end), f.region(), possessive,
                    null));
        }
        return out;
    }

    /** Every country and region named in {@code text}, in text order, longest match first at each position. */
    List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            boolean upper = Character.isUpperCase(text.charAt(i));
            if (!upper && lowerSurfaces.isEmpty() || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            Found hit = null;
            for (String s : byLeadingWord.getOrDefault(leadingWord(text, i), List.of())) {
                if (text.startsWith(s, i) && boundary(text, i + s.length())) {
                    Optional<String> c = country(s);
                    hit = c.isPresent() ? new Found(c.get(), i, i + s.length(), false)
                            : new Found(regionName.get(s), i, i + s.length(), true);
                    break;
                }
            }
            if (hit != null && (CURRENCY_AFTER.matcher(text).region(hit.end(), text.length()).lookingAt()
                    || hit.name().equals("Brazil") && REAL_AFTER.matcher(text).region(hit.end(), text.length()).lookingAt())) {
                i = hit.end();
            } else if (hit == null) {
                i++;
            } else {
                out.add(hit);
                i = hit.end();
            }
        }
        return out;
    }

    /** "the Australian dollar", "Swiss francs": a currency named after a place is not the place. */
    private static final java.util.regex.Pattern CURRENCY_AFTER = java.util.regex.Pattern.compile(
            "(?:\\s+and\\s+\\p{Lu}\\p{L}+)?\\s+(?:dollars?|francs?|pounds?|pesos?|rupees?|yen|rand|krone|kroner|krona|kronor|lira|marks?"
            + "|shillings?|ringgit|baht|won|yuan|rupiah|currency)\\b");

    /** "the Brazilian real": the one currency whose word is also an adjective ("US real GDP"). */
    private static final java.util.regex.Pattern REAL_AFTER = java.util.regex.Pattern.compile("\\s+reals?\\b");

    /** The run of letters and digits that starts at {@code from}, or the one character there when it is neither. */
    private static String leadingWord(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(from, Math.max(end, from + 1));
    }

    private static boolean boundary(String text, int at) {
        return at >= text.length() || !Character.isLetterOrDigit(text.charAt(at));
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
