package org.assay.pack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assay.entity.CountryGazetteer;
import org.assay.verify.CsvTable;

/**
 * Resolves the place names upstream files use ("Korea, Rep.", "Congo (Kinshasa)", "RUSSIAN FEDERATION", "Viet Nam")
 * to ISO 3166 alpha-3 codes: through the names of the country-codes source (ISO, UNTERM, CLDR, ISO 4217 country
 * names) and Assay's own gazetteer, compared without case, accents, punctuation or a trailing "(the)". Immutable.
 */
public final class PackPlaces {

    private static final List<String> NAME_COLUMNS = List.of("official_name_en", "UNTERM English Short",
            "UNTERM English Formal", "CLDR display name", "ISO4217-currency_country_name");

    private final Map<String, String> iso3ByName = new HashMap<>();
    private final Map<String, String> currencyByIso3 = new HashMap<>();
    private final Set<String> placeCodes = new HashSet<>();
    private final CountryGazetteer gazetteer = CountryGazetteer.bundled();

    /** Reads {@code country-codes/country-codes.csv} under {@code world}. */
    public static PackPlaces read(Path world) throws IOException {
        Path file = world.resolve("country-codes/country-codes.csv");
        return new PackPlaces(CsvTable.parse(Files.readString(file, StandardCharsets.UTF_8)));
    }

    PackPlaces(CsvTable codes) {
        int iso3 = codes.column("ISO3166-1-Alpha-3");
        int currency = codes.column("ISO4217-currency_alphabetic_code");
        for (CsvTable.Line l : codes.rows()) {
            String code = l.cells().get(iso3);
            if (code.isEmpty()) {
                continue;
            }
            placeCodes.add(code);
            for (String column : NAME_COLUMNS) {
                int i = codes.column(column);
                if (i >= 0 && i < l.cells().size() && !l.cells().get(i).isEmpty()) {
                    iso3ByName.putIfAbsent(normal(l.cells().get(i)), code);
                }
            }
            if (currency >= 0 && !l.cells().get(currency).isEmpty()) {
                currencyByIso3.put(code, l.cells().get(currency));
            }
        }
    }

    /** The ISO 3166 alpha-3 code of a place name as an upstream file writes it, or empty. */
    public Optional<String> iso3(String name) {
        String n = name.strip();
        Optional<String> known = gazetteer.lookup(n).filter(e -> e.form() == CountryGazetteer.Form.NAME)
                .map(e -> e.country().iso3());
        return known.isPresent() ? known : Optional.ofNullable(iso3ByName.get(normal(n)));
    }

    /** Whether {@code code} is an ISO 3166 alpha-3 code Assay's gazetteer knows. */
    public boolean isCountryCode(String code) {
        return gazetteer.countries().stream().anyMatch(c -> c.iso3().equals(code));
    }

    /**
     * Whether {@code code} names one place: an ISO 3166 alpha-3 code of the country-codes source (territories such as
     * Aruba and Hong Kong included) or of Assay's gazetteer (which adds Kosovo's {@code XKX}).
     */
    public boolean isPlaceCode(String code) {
        return placeCodes.contains(code) || isCountryCode(code);
    }

    /** The ISO 4217 currency of a country, by its alpha-3 code, or empty. */
    public Optional<String> currency(String iso3) {
        return Optional.ofNullable(currencyByIso3.get(iso3));
    }

    /** Lower case, accents, punctuation and a trailing "(the)" dropped, single spaces. */
    static String normal(String name) {
        String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.toLowerCase(Locale.ROOT).replace("(the)", " ").replaceAll("[^\\p{L}\\p{N}]+", " ");
        return s.strip();
    }
}
