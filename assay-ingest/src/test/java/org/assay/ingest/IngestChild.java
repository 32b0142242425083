package org.assay.ingest;

import java.util.List;
import java.util.function.Function;
import org.assay.analysis.Analysis;
import org.assay.article.Article;
import org.assay.store.Fixtures;
import org.assay.store.Store;

/** The process {@link IngestKillIT} kills: ingests a folder into a store with a slow stand-in analyzer. */
public final class IngestChild {

    private IngestChild() {
    }

    public static void main(String[] args) throws Exception {
        Function<Article, Analysis> quotes = Fixtures.quoteMarkAnalyzer();
        Function<Article, Analysis> slow = a -> {
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return quotes.apply(a);
        };
        try (Store store = Store.open(args[1])) {
            new Ingest(store, () -> slow, new IngestOptions(2, 4, "kill-test", false, false))
                    .run(List.of(args[0]), p -> { });
        }
    }
}
