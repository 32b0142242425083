package org.assay.claim;

import java.util.Objects;
import org.assay.article.Span;

/**
 * A change the claim reports: "rose to 390,000 from 376,000", "fell 5 percent", "more than tripled", "doubled".
 *
 * @param direction UP, DOWN or NONE ("was unchanged", "held steady")
 * @param verb      the verb as written ("rose", "more than tripled")
 * @param from      the starting figure ("from 376,000"), or {@code null}
 * @param to        the end figure ("to 390,000"), or {@code null}
 * @param by        the size of the change ("by 5 percent", "fell 5 percent"), or {@code null}
 * @param factor    the multiple for "doubled" (2), "tripled" (3), "halved" (0.5), or {@code null}
 * @param hedge     the hedge on the verb ("more than tripled" → MORE_THAN), EXACT otherwise
 * @param span      where the verb stands
 * @param of        for a change named as a noun, the word after its "in" or "of" ("remittances" in "the rise in
 *                  remittances"), or {@code null}
 */
public record Change(Direction direction, String verb, Quantity from, Quantity to, Quantity by, Double factor,
                     Hedge hedge, Span span, String of) {

    /** Which way the figure moved. */
    public enum Direction { UP, DOWN, NONE }

    public Change {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(hedge, "hedge");
        Objects.requireNonNull(span, "span");
    }
}
