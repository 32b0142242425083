package org.assay.claim;

import org.assay.article.Span;

/**
 * One candidate claim: a clause of a sentence, with what surrounds it. Package-private; built by {@link ClauseSplitter}.
 *
 * @param content       the claim's words in the article (reporting frame and cited-source phrase removed)
 * @param cue           the reporting verb that frames it ("said", "claiming"), or {@code null}
 * @param reporter      the words naming who reports it ("Putin", "he", "the survey"), or {@code null}
 * @param participial   true when the cue is a participle ("falsely claiming ...") whose subject is the sentence's
 * @param stanceCue     the article's own judging words on the cue ("falsely", "a false claim"), or {@code ""}
 * @param disputes      true when {@code stanceCue} says the claim is false; false when it says it is right
 * @param parenthetical true when the clause stands in parentheses (an aside of the article's)
 * @param citedSource   the source cited ("United States Geological Survey"), or {@code null}
 */
record Segment(Span content, String cue, Span reporter, boolean participial, String stanceCue, boolean disputes,
               boolean parenthetical, String citedSource) {
}
