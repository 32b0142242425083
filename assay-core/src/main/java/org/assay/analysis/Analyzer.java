package org.assay.analysis;

import java.util.List;
import org.assay.article.Article;
import org.assay.claim.Claim;
import org.assay.claim.ClaimExtractor;
import org.assay.entity.Entities;
import org.assay.entity.EntityRecognizer;
import org.assay.nlp.Annotated;
import org.assay.nlp.NlpPipeline;
import org.assay.quote.Quote;
import org.assay.quote.QuoteExtractor;
import org.assay.verify.Verifier;

/**
 * The front door: article → nlp → entities → quotes → claims → verdicts → {@link Analysis}.
 *
 * <p>Holds no per-article state: one instance serves any number of threads (and a Spark executor).
 */
public final class Analyzer {

    private final NlpPipeline nlp;
    private final EntityRecognizer entities = new EntityRecognizer();
    private final QuoteExtractor quotes = new QuoteExtractor();
    private final ClaimExtractor claims;
    private final Verifier verifier;

    /** An analyzer whose claims carry the places {@code verifier} knows ({@link Verifier#places()}). */
    public Analyzer(NlpPipeline nlp, Verifier verifier) {
        this.nlp = nlp;
        this.verifier = verifier;
        this.claims = new ClaimExtractor(verifier.places());
    }

    public Analysis analyze(Article article) {
        Annotated doc = nlp.annotate(article);
        Entities found = entities.recognize(doc);
        List<Quote> said = quotes.extract(doc, found);
        List<Claim> claimed = verifier.checkAll(claims.extract(doc, found, said), article);
        return new Analysis(article, found.all(), said, claimed);
    }
}
