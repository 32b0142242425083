package org.assay.verify;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.assay.claim.Quantity;

/**
 * The currency a money word several countries use means in an article about one country: "25bn rupees" in an article
 * on Sri Lanka is in the key whose alias is "Sri Lankan rupee", found by reading each alias as a country's adjective
 * and the word ("Indian rupee" is India's rupee). A figure with a sign ("$", "£") or a qualified word ("US dollars")
 * keeps the claim parser's reading, and so does a word the place has no alias for. Immutable and thread-safe.
 */
final class LocalCurrency {

    /** For each money word ("rupee"), the key of each country that has a currency called it: India INR, Sri Lanka LKR. */
    private final Map<String, Map<String, String>> keyOf;

    private LocalCurrency(Map<String, Map<String, String>> keyOf) {
        this.keyOf = keyOf;
    }

    /** The local currencies the name-keyed tables' aliases give, countries read by {@code places}. */
    static LocalCurrency of(List<Dataset> datasets, Places places) {
        Map<String, Map<String, String>> keyOf = new HashMap<>();
        for (Dataset d : datasets) {
            d.manifest().key().aliases().forEach((key, aliases) -> {
                for (String alias : aliases) {
                    int space = alias.lastIndexOf(' ');
                    if (space > 0) {
                        String word = alias.substring(space + 1).toLowerCase(Locale.ROOT);
                        places.country(alias.substring(0, space)).ifPresent(country ->
                                keyOf.computeIfAbsent(word, w -> new HashMap<>()).putIfAbsent(country, key));
                    }
                }
            });
        }
        return new LocalCurrency(keyOf);
    }

    /**
     * The key of the currency {@code q} is in when the article or claim is about {@code place}: that place's own
     * currency of the word {@code q} is written in, or the parser's code ({@code q.unit()}'s name) when there is none;
     * empty when {@code q} is not money.
     */
    Optional<String> code(Quantity q, String place) {
        if (!q.unit().isCurrency()) {
            return Optional.empty();
        }
        String word = q.unitText().strip().toLowerCase(Locale.ROOT);
        Map<String, String> byCountry = word.isEmpty() || word.contains(" ") ? null
                : keyOf.getOrDefault(word, keyOf.get(word.endsWith("s") ? word.substring(0, word.length() - 1) : word));
        String local = byCountry == null || place == null ? null : byCountry.get(place);
        return Optional.of(local != null ? local : q.unit().name());
    }
}
