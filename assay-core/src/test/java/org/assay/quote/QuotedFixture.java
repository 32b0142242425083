package org.assay.quote;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assay.article.Article;
import org.assay.article.PlainTextReader;
import org.assay.entity.EntityRecognizer;
import org.assay.nlp.Annotated;
import org.assay.nlp.NlpPipeline;

/** A short article of our own from this package's test resources, with the quotes the extractor finds in it. */
record QuotedFixture(String text, List<Quote> quotes) {

    QuotedFixture {
        quotes = List.copyOf(quotes);
    }

    /** Reads resource {@code name} as plain text and extracts its quotes (loads the NLP models). */
    static QuotedFixture analyse(String name) {
        String text;
        try (InputStream in = QuotedFixture.class.getResourceAsStream(name)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Article article = new PlainTextReader().read(name, text);
        Annotated doc = NlpPipeline.load().annotate(article);
        return new QuotedFixture(text, new QuoteExtractor().extract(doc, new EntityRecognizer().recognize(doc)));
    }

    /** The first quote whose text starts with {@code start}; fails the test when there is none. */
    Quote quote(String start) {
        return quotes.stream().filter(q -> q.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting with '" + start + "' in " + quotes));
    }

    /** The words the quote's attribution rests on. */
    String mention(Quote q) {
        return q.speaker().mention().of(text);
    }
}
