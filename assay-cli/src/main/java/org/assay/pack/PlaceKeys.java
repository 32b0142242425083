package org.assay.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The keys of one upstream file's place names: an "other" (a historical state, a lumped territory, an entry that is
 * no place) keeps its upstream name; a spelling the recipe gives ({@code "CHINA (MAINLAND)": "CHN"}) wins over
 * {@link PackPlaces#iso3}. Remembers what it resolved, so the recipe entries the data never use and the names nothing
 * resolved can be reported. One per conversion; not thread-safe.
 */
final class PlaceKeys {

    private final Map<String, String> spelled = new LinkedHashMap<>();
    private final Set<String> others = new LinkedHashSet<>();
    private final PackPlaces places;
    private final Map<String, Optional<String>> resolved = new TreeMap<>();

    /** Reads the recipe's {@code places} (name to ISO3) and {@code others} (names) of dataset {@code spec}. */
    PlaceKeys(JsonNode spec, PackPlaces places) {
        spec.path("places").fields().forEachRemaining(e -> spelled.put(e.getKey(), e.getValue().asText()));
        spec.path("others").forEach(o -> others.add(o.asText()));
        this.places = places;
    }

    /** The key of an upstream name, or empty when nothing resolves it. */
    Optional<String> key(String name) {
        return resolved.computeIfAbsent(name, n -> others.contains(n) ? Optional.of(n)
                : spelled.containsKey(n) ? Optional.of(spelled.get(n)) : places.iso3(n));
    }

    /** The recipe's others that the data hold, in recipe order. */
    List<String> othersUsed() {
        return others.stream().filter(resolved::containsKey).toList();
    }

    /** What the recipe or the data leave in doubt: names nothing resolved, recipe entries the data never use. */
    List<String> doubts() {
        List<String> out = new ArrayList<>();
        Set<String> unresolved = new TreeSet<>();
        resolved.forEach((name, key) -> {
            if (key.isEmpty()) {
                unresolved.add(name);
            }
        });
        unresolved.forEach(n -> out.add("no ISO 3166 code for \"" + n + "\"; its rows are left out"));
        spelled.keySet().stream().filter(n -> !resolved.containsKey(n))
                .forEach(n -> out.add("the recipe spells \"" + n + "\", which the data do not use"));
        others.stream().filter(n -> !resolved.containsKey(n))
                .forEach(n -> out.add("the recipe's other \"" + n + "\" is not in the data"));
        return out;
    }
}
