package org.assay.analysis;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.assay.article.Article;

/**
 * An analysis function loaded on first use, then shared: loading the models takes seconds, and a run with nothing to
 * analyse should not pay for it. Thread-safe; the loader runs at most once.
 */
public final class LazyAnalyzer implements Function<Article, Analysis> {

    private final Supplier<? extends Function<Article, Analysis>> loader;
    private volatile Function<Article, Analysis> loaded;

    public LazyAnalyzer(Supplier<? extends Function<Article, Analysis>> loader) {
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    @Override
    public Analysis apply(Article article) {
        Function<Article, Analysis> f = loaded;
        if (f == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = loader.get();
                }
                f = loaded;
            }
        }
        return f.apply(article);
    }
}
