package org.assay.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assay.article.Article;
import org.assay.article.PlainTextReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NlpPipelineIT {

    private static final Map<Taggers, NlpPipeline> LOADED = new EnumMap<>(Taggers.class);

    /** Each pipeline loaded once for the class: CoreNLP's and Assay's taggers pass the same tests. */
    private static synchronized NlpPipeline nlp(Taggers taggers) {
        return LOADED.computeIfAbsent(taggers, NlpPipeline::load);
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

    @ParameterizedTest
    @EnumSource(Taggers.class)
    void tokensTagsAndNamesPointIntoTheOriginalText(Taggers taggers) {
        NlpPipeline nlp = nlp(taggers);
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

    @ParameterizedTest
    @EnumSource(Taggers.class)
    void concurrentAnnotationGivesTheSameResultAsOneThread(Taggers taggers) throws Exception {
        NlpPipeline nlp = nlp(taggers);
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
