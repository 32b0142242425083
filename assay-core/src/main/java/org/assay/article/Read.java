package org.assay.article;

import java.util.List;
import java.util.Objects;

/**
 * An article and the remarks made while reading it.
 *
 * @param notes one-line remarks for a person (e.g. "not valid UTF-8 ...; read as Windows-1252"); empty when none
 */
public record Read(Article article, List<String> notes) {

    public Read {
        Objects.requireNonNull(article, "article");
        notes = List.copyOf(notes);
    }
}
