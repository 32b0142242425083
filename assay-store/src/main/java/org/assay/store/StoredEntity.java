package org.assay.store;

import java.util.List;
import java.util.Objects;

/**
 * An entity merged across articles by canonical name and type.
 *
 * @param aliases every other surface form seen for it, across all articles
 * @param quotes  how many stored quotes it is the speaker of
 */
public record StoredEntity(long id, String name, String type, List<String> aliases, int quotes) {

    public StoredEntity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
    }
}
