package org.assay.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assay.article.Article;
import org.assay.article.PlainTextReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NlpPipelineIT {

    private static NlpPipeline nlp;

    @BeforeAll
    static void load() {
        nlp = NlpPipeline.load();
    }

    private static List<Article> articles() {
        List<String> people = List.of("Osric Penhale", "Rhian Tolley", "Ines Varga", "Tomas Brandt", "Amara Osei");
        List<String> places = List.of("Westport", "Leeds", "Dunmore", "Cardiff", "Glasgow");
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String person = people.get(i % people.size());
            String place = places.get((i / 5) % places.size());
            String text = "Council in " + place + " votes\n\n" + person + " told the BBC on Monday that the "
                    + place + " council would spend " + (i + 2) + " million pounds on the harbour.\n"
                    + "ADVERTISEMENT\n\"We have waited long enough,\" " + person.split(" ")[1] + " said.";
            articles.add(new PlainTextReader().read("a" + i, text));
        }
        return articles;
    }

    @Test
    void tokensTagsAndNamesPointIntoTheOriginalText() {
        Article article = articles().get(0);
        Annotated doc = nlp.annotate(article);
        for (Token t : doc.tokens()) {
            assertThat(article.text().substring(t.start(), t.end())).isEqualTo(t.word());
            assertThat(t.tag()).isNotBlank();
        }
        assertThat(doc.names()).extracting(NameSpan::text).contains("Osric Penhale", "Westport", "BBC");
        assertThat(doc.tokens()).extracting(Token::word).doesNotContain("ADVERTISEMENT");
        assertThat(nlp.countTokens(article.text())).isGreaterThan(doc.tokens().size());
    }

    @Test
    void concurrentAnnotationGivesTheSameResultAsOneThread() throws Exception {
        List<Article> articles = articles();
        List<Annotated> sequential = articles.stream().map(nlp::annotate).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Annotated>> futures = new ArrayList<>();
            for (Article a : articles) {
                futures.add(pool.submit(() -> nlp.annotate(a)));
            }
            for (int i = 0; i < articles.size(); i++) {
                Annotated parallel = futures.get(i).get();
                assertThat(parallel.tokens()).isEqualTo(sequential.get(i).tokens());
                assertThat(parallel.names()).isEqualTo(sequential.get(i).names());
            }
        } finally {
            pool.shutdown();
        }
    }
}
