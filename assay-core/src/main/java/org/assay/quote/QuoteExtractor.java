package org.assay.quote;

import java.util.List;
import org.assay.entity.Entities;
import org.assay.nlp.Annotated;

/**
 * Finds quotes and reported speech and attributes each to a speaker.
 *
 * <p>Stateless and thread-safe.
 */
public final class QuoteExtractor {

    public List<Quote> extract(Annotated doc, Entities entities) {
        return List.of();
    }
}
