package org.assay.pack;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One {@code Type} block of a USGS commodity table as a recipe describes it ("Mine production, recoverable copper
 * content"): the Type strings and place names that select its rows, and what its figures mean.
 *
 * @param id          the block's name in the recipe ("mine", "refinery")
 * @param types       the upstream Type strings of its rows, tidied, in every edition's spelling
 * @param places      place names (tidied, as written) whose rows belong here whatever their Type ("World total
 *                    (ilmenite and rutile, rounded)", filed under the ilmenite Type in one edition)
 * @param measures    by figure kind ("production", "capacity", "reserves", or kind and column tag, "capacity:Pigment"),
 *                    what the figures mean
 * @param ignored     figure kinds whose cells are dropped, as the recipe explains in the dataset's notes (a column
 *                    repeating another)
 * @param quietNotes  figure kinds whose notes cells are dropped (they hold stray numbers, not notes)
 */
record UsgsBlock(String id, Set<String> types, Set<String> places, Map<String, UsgsMeasureSpec> measures,
                 Set<String> ignored, Set<String> quietNotes) {

    UsgsBlock {
        types = Set.copyOf(types);
        places = Set.copyOf(places);
        measures = Collections.unmodifiableMap(new LinkedHashMap<>(measures));
        ignored = Set.copyOf(ignored);
        quietNotes = Set.copyOf(quietNotes);
    }

    /** The spec for a figure column of {@code kind} with header tag {@code tag} ("" when untagged), or null. */
    UsgsMeasureSpec spec(String kind, String tag) {
        if (!tag.isEmpty() && measures.containsKey(kind + ":" + tag)) {
            return measures.get(kind + ":" + tag);
        }
        return tag.isEmpty() ? measures.get(kind) : null;
    }

    /** The measure specs, each once, in recipe order. */
    List<UsgsMeasureSpec> specs() {
        return measures.values().stream().distinct().toList();
    }
}
