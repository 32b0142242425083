package org.assay.analysis;

import java.util.List;
import org.assay.article.Article;
import org.assay.claim.Claim;
import org.assay.entity.Entity;
import org.assay.quote.Quote;

/** Everything Assay finds in one article: the one result every adapter consumes. */
public record Analysis(Article article, List<Entity> entities, List<Quote> quotes, List<Claim> claims) {

    public Analysis {
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
    }
}
