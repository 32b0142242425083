package org.assay.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.assay.analysis.Analysis;
import org.assay.article.Article;
import org.assay.article.ArticleReader;
import org.assay.article.PlainTextReader;

/** One article to score: where its text and its gold are. Loading reads both; it is done on a worker thread. */
sealed interface EvalCase {

    /** A name for reports and failure lists. */
    String name();

    /** Reads the article and its gold; bad gold is a {@link org.assay.cli.UserError}, unreadable files an IOException. */
    Loaded load() throws IOException;

    /** An article ready to analyse, and the scorer of its analysis. */
    record Loaded(Article article, Function<Analysis, ArticleResult> scorer) {
    }

    /** A {@code *.gold.json} and the article it names, read as {@code assay analyze} reads it (text, HTML, JSON). */
    record GoldFileCase(Path gold) implements EvalCase {
        @Override
        public String name() {
            return gold.toString();
        }

        @Override
        public Loaded load() throws IOException {
            GoldFile g = GoldFileReader.read(gold);
            String name = g.article().getFileName().toString();
            Article article = new ArticleReader(ArticleReader.DEFAULT_MAX_CHARS)
                    .read(name, name, g.article().toString(), Files.readAllBytes(g.article())).article();
            if (g.published() != null) {
                article = article.withPublished(g.published());
            }
            return new Loaded(article, a -> GoldFileScorer.score(g, a));
        }
    }

    /** A PolNeAR article: its text (strict UTF-8, as the brat offsets count it) and its first annotation file. */
    record PolnearCase(Path text, Path annotation) implements EvalCase {
        @Override
        public String name() {
            return text.toString();
        }

        @Override
        public Loaded load() throws IOException {
            String body = Files.readString(text, StandardCharsets.UTF_8);
            BratDocument ann = BratDocument.parse(Files.readString(annotation, StandardCharsets.UTF_8));
            PolnearGold gold = PolnearGold.of(body, ann);
            String id = text.getFileName().toString().replaceFirst("\\.txt$", "");
            Article article = new PlainTextReader().read(id, body);
            return new Loaded(article, a -> PolnearScorer.score(body, gold, a));
        }
    }
}
