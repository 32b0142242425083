package org.assay.pack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One edition of the USGS Mineral Commodity Summaries as its recipe describes it, with the shared vocabulary
 * ({@code usgs-mcs-commodities.json}) read for that edition. Everything that says what a figure means is here, as
 * data; the converters only know the file layouts.
 *
 * @param key           the edition's key in the vocabulary ("mcs2025")
 * @param folder        the upstream folder under the world sources ("usgs-mcs2025")
 * @param idPrefix      dataset ids are this plus the commodity's slug ("usgs-mcs2025-")
 * @param familyPrefix  families are this plus the slug ("usgs-mcs-")
 * @param manifest      the manifest fields every dataset of the edition shares (publisher, edition, published, source,
 *                      licence, publisherNames ...), in manifest order
 * @param titleFormat   the title, with {@code {commodity}} and {@code {measures}} to fill
 * @param provenance    how the figures got here, for every dataset of the edition
 * @param estimatedYear the year whose figures the edition estimates
 * @param units         the upstream unit labels ("kt", "thousand metric tons") and the base unit each converts to
 * @param aggregates    how the world-total and "other countries" rows are named and keyed
 * @param qualifiers    the word a qualifier sign is written as (">" as "more than")
 * @param aliases       USGS place names the gazetteer does not know, each with the name it knows ("Korea, North")
 * @param territories   places that are no country of the gazetteer but are kept and ranked ("New Caledonia")
 * @param lumps         rows that lump countries together ("United States and Canada")
 * @param commodities   the commodities, in the order their datasets are written
 */
record UsgsEdition(String key, String folder, String idPrefix, String familyPrefix, ObjectNode manifest,
                   String titleFormat, String provenance, int estimatedYear, Map<String, Unit> units,
                   UsgsPlace.Aggregates aggregates, Map<String, String> qualifiers, Map<String, String> aliases,
                   Set<String> territories, Set<String> lumps, List<UsgsCommodity> commodities) {

    /**
     * An upstream unit and what it converts to.
     *
     * @param unit  the base unit the dataset writes ("t", "carat", "m3")
     * @param scale the upstream figure times this is in {@code unit}
     */
    record Unit(String unit, BigDecimal scale) {
    }

    UsgsEdition {
        units = Map.copyOf(units);
        qualifiers = Map.copyOf(qualifiers);
        aliases = Map.copyOf(aliases);
        territories = Set.copyOf(territories);
        lumps = Set.copyOf(lumps);
        commodities = List.copyOf(commodities);
    }
}
