package org.assay.claim;

import java.util.Objects;
import org.assay.article.Span;

/**
 * A figure as the prose writes it: "well over 50 percent", "3.8 million tons", "$8.4 billion", "a third".
 *
 * @param value     the figure in the base unit of {@code unit} (3.8 million tons → 3,800,000; "a third" → 33.33 percent)
 * @param upper     the top of a range for {@link Hedge#BETWEEN}; equal to {@code value} otherwise
 * @param unit      what it counts; {@link Unit#NONE} for a bare number or a noun without a known unit
 * @param unitText  the unit or counted noun as written ("metric tons", "%", "oblasts"), or {@code ""}
 * @param hedge     the qualifier the prose puts on it
 * @param precision the rounding step of the written figure, in the same base unit: "3.8 million" → 100,000,
 *                  "830,000" → 10,000, "57" → 1, "50" → 10; for a fraction word ("a third", "half") 5 percent
 * @param text      the words, hedge and unit included, as they stand in the source text
 * @param span      where {@code text} stands (offsets into the text handed to the parser, plus its base offset)
 */
public record Quantity(double value, double upper, Unit unit, String unitText, Hedge hedge, double precision,
                       String text, Span span) {

    public Quantity {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(unitText, "unitText");
        Objects.requireNonNull(hedge, "hedge");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        if (Double.isNaN(value) || upper < value || precision <= 0) {
            throw new IllegalArgumentException("bad quantity " + value + ".." + upper + " ±" + precision + ": " + text);
        }
    }

    /** Smallest true value that rounds to the written figure: {@code value - precision / 2}. */
    public double roundedLow() {
        return value - precision / 2;
    }

    /** Largest true value that rounds to the written figure (or to the top of a range): {@code upper + precision / 2}. */
    public double roundedHigh() {
        return upper + precision / 2;
    }

    public boolean isPercent() {
        return unit == Unit.PERCENT;
    }
}
