package org.assay.claim;

import java.util.List;
import java.util.Objects;
import org.assay.article.Span;

/**
 * A position in an ordering the prose asserts: "the world's fifth-largest", "second only to China", "the largest in
 * Europe", "among the top five".
 *
 * @param position     1 for the first; for {@link Hedge#AT_MOST} ("top five") the lowest position allowed
 * @param hedge        {@link Hedge#EXACT}, or {@link Hedge#AT_MOST} for "top N"
 * @param superlative  the ordering word as written ("largest", "biggest", "most populous"), or {@code ""} when the
 *                     prose gives none ("second only to China")
 * @param largestFirst true when position 1 is the greatest ("largest", "top"); false for "smallest", "lowest"
 * @param ahead        the names the prose puts ahead of the subject ("after China, Brazil, India and Australia",
 *                     "second only to China"), in the order written; empty when it names none
 * @param scope        where the ordering holds ("world", "Europe"), or {@code null} when not said
 * @param text         the words as they stand in the source text
 * @param span         where {@code text} stands
 * @param past         the run of past years the figure is ranked over ("the highest since 1981"), or {@code null}
 *                     for a ranking among places
 * @param ranked       up to three words after the superlative that say what is ranked ("port", "economy in the",
 *                     "producer"), or {@code ""} when a preposition or nothing follows ("the largest in Europe")
 * @param excluded     the names the prose leaves out of the ordering ("outside China", "excluding China and Myanmar",
 *                     "apart from China"), in the order written; empty when it leaves none out
 */
public record Rank(int position, Hedge hedge, String superlative, boolean largestFirst, List<String> ahead,
                   String scope, String text, Span span, PastRun past, String ranked, List<String> excluded) {

    /** A ranking among places, what it ranks unsaid. */
    public Rank(int position, Hedge hedge, String superlative, boolean largestFirst, List<String> ahead, String scope,
                String text, Span span) {
        this(position, hedge, superlative, largestFirst, ahead, scope, text, span, null, "", List.of());
    }

    public Rank {
        if (position < 1) {
            throw new IllegalArgumentException("rank position " + position + " < 1");
        }
        Objects.requireNonNull(hedge, "hedge");
        Objects.requireNonNull(superlative, "superlative");
        ahead = List.copyOf(ahead);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        ranked = ranked == null ? "" : ranked;
        excluded = excluded == null ? List.of() : List.copyOf(excluded);
    }
}
