package org.assay.claim;

import java.util.List;
import java.util.Objects;
import org.assay.article.Span;

/**
 * A comparison the claim makes: "significantly more resources of this kind than Ukraine", "larger than Australia's",
 * "twice as much as China".
 *
 * @param comparative the comparing word(s) as written ("more", "larger", "twice as much")
 * @param greater     true when the subject is said to be greater ("more", "larger"); false for "less", "smaller"
 * @param intensifier "significantly", "far", "much", "slightly", "many times" ... before the comparative, or the
 *                    hedge before a multiple ("more than twice", "nearly three times"), or {@code ""}
 * @param factor      the multiple for "twice", "three times", "half as"; {@code null} when none is given
 * @param than        the entities compared against (after "than" or "as"), in order; may be empty
 * @param thanText    the words after "than"/"as" (or right after a bare multiple: "twice Australia's") up to the
 *                    clause's end ("Ukraine", "Australia’s"); {@code ""} when the clause ends with the multiple
 * @param span        where the comparison stands, from the intensifier to the end of {@code thanText}
 */
public record Comparison(String comparative, boolean greater, String intensifier, Double factor, List<EntityRef> than,
                         String thanText, Span span) {

    public Comparison {
        Objects.requireNonNull(comparative, "comparative");
        Objects.requireNonNull(intensifier, "intensifier");
        than = List.copyOf(than);
        Objects.requireNonNull(thanText, "thanText");
        Objects.requireNonNull(span, "span");
    }

    /** Where the compared side starts: {@code thanText} ends where {@code span} ends. */
    public int thanStart() {
        return span.end() - thanText.length();
    }
}
