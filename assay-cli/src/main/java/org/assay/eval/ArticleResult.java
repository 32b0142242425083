package org.assay.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The scores of one article.
 *
 * @param article the article's id
 * @param scores  figure name → counts, in report order
 * @param errors  the quotes held against the analysis, in text order
 * @param millis  time the analysis of this article took
 */
public record ArticleResult(String article, Map<String, Score> scores, List<QuoteError> errors, double millis) {

    public ArticleResult {
        Objects.requireNonNull(article, "article");
        scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        errors = List.copyOf(errors);
    }

    ArticleResult withMillis(double ms) {
        return new ArticleResult(article, scores, errors, ms);
    }
}
