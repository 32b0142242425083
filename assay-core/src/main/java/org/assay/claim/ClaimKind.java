package org.assay.claim;

/**
 * What sort of fact a claim asserts. When a clause carries several, the first in this order wins: RANKING, COMPARISON,
 * CHANGE, PERCENTAGE, QUANTITY, EVENT, OTHER.
 *
 * <p>There is no SHARE kind: the set is the contract's (docs/CONTRACT.md), and evaluators compare it as written. A share
 * ("nearly 70 percent of global production") is a PERCENTAGE whose {@link ClaimParts#shareOf()} names the whole; a poll
 * figure ("57 percent of Ukrainians trust ...") is a PERCENTAGE with a poll metric ("trust", "approval"). The checker
 * tells the two apart from those parts.
 */
public enum ClaimKind {
    /** A figure with no percentage, ranking, comparison or change: "830,000 tons", "$8.4 billion", "four oblasts". */
    QUANTITY,
    /** A figure in percent or percentage points: poll results, shares, rates. */
    PERCENTAGE,
    /** A position in an ordering: "fifth-largest", "second only to China", "the largest in Europe". */
    RANKING,
    /** A comparison with something named: "more ... than Ukraine", "twice as large as". */
    COMPARISON,
    /** A figure's movement: "rose to 390,000 from 376,000", "fell 5 percent", "more than tripled". */
    CHANGE,
    /** A dated or named happening with no figure: "Russia annexed Crimea in 2014". */
    EVENT,
    /** A factual-looking statement of none of the kinds above. */
    OTHER
}
