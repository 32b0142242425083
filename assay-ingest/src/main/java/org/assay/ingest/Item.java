package org.assay.ingest;

import java.util.Objects;
import org.assay.article.Article;

/** One record read from an input: an article, or the reason it could not be read. */
public sealed interface Item {

    /** Where it came from: a path, a path and line, a feed entry, a WARC record's URL. */
    String label();

    record Parsed(String label, Article article) implements Item {
        public Parsed {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(article, "article");
        }
    }

    record Broken(String label, String reason) implements Item {
        public Broken {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
