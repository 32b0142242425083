package org.assay.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.assay.analysis.Analysis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every store must do, whatever its database: run by {@link SqliteStoreTest} and {@link PostgresStoreIT}. */
abstract class StoreContract {

    protected Store store;

    /** A fresh, empty store. */
    protected abstract Store openEmpty() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = openEmpty();
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void savedArticleComesBackWithItsQuotesClaimsAndEvidence() {
        assertThat(store.writer().save(Fixtures.bus(), "v1")).isEqualTo(SaveOutcome.INSERTED);

        ArticleSummary summary = store.queries().articles(10, 0).get(0);
        StoredArticle got = store.queries().article(summary.id()).orElseThrow();

        assertThat(got.summary().title()).isEqualTo("Mayor promises cheaper buses");
        assertThat(got.summary().published()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(got.summary().contentHash()).isEqualTo(ContentHash.of(Fixtures.bus().article()));
        assertThat(got.text()).isEqualTo(Fixtures.BUS_TEXT);
        assertThat(got.analysisJson()).contains("\"quotes\"").contains("Lena Ortiz");
        assertThat(got.quotes()).extracting(StoredQuote::speakerName)
                .containsExactly("Lena Ortiz", "Lena Ortiz", "Tomas Reyes");
        StoredQuote first = got.quotes().get(1);
        assertThat(got.text().substring(first.start(), first.end())).isEqualTo(first.text());
        assertThat(got.claims()).extracting(StoredClaim::verdict).containsExactly("UNCHECKED", "SUPPORTED");
        assertThat(got.claims().get(1).evidence()).singleElement()
                .extracting(StoredEvidence::dataset).isEqualTo("transit-ridership");
    }

    @Test
    void reingestingTheSameArticleChangesNothing() {
        store.writer().save(Fixtures.bus(), "v1");
        long id = store.queries().articles(1, 0).get(0).id();
        StoredArticle before = store.queries().article(id).orElseThrow();

        assertThat(store.writer().save(Fixtures.bus(), "v1")).isEqualTo(SaveOutcome.UNCHANGED);

        assertThat(store.queries().articleCount()).isEqualTo(1);
        assertThat(store.queries().article(id).orElseThrow()).isEqualTo(before);
    }

    @Test
    void reanalysisByAnotherVersionReplacesTheArticleRowsInPlace() {
        store.writer().save(Fixtures.bus(), "v1");
        long id = store.queries().articles(1, 0).get(0).id();

        assertThat(store.writer().save(Fixtures.busReanalysed(), "v2")).isEqualTo(SaveOutcome.REPLACED);

        StoredArticle got = store.queries().article(id).orElseThrow();
        assertThat(got.summary().analyzerVersion()).isEqualTo("v2");
        assertThat(got.quotes()).extracting(StoredQuote::localId).containsExactly("q3");
        assertThat(got.claims()).isEmpty();
        assertThat(store.searcher().quotes(SearchQuery.words("cheaper everyone", 10))).isEmpty();
        assertThat(store.searcher().claims(SearchQuery.words("ridership", 10))).isEmpty();
        assertThat(store.queries().articleCount()).isEqualTo(1);
    }

    @Test
    void entitiesAreMergedAcrossArticlesByNameAndTypeWithAllAliases() {
        store.writer().saveAll(List.of(Fixtures.bus(), Fixtures.depot()), "v1", false);

        List<StoredEntity> speakers = store.queries().speakers(10, 0);
        StoredEntity ortiz = speakers.get(0);
        assertThat(ortiz.name()).isEqualTo("Lena Ortiz");
        assertThat(ortiz.quotes()).isEqualTo(3);
        assertThat(ortiz.aliases()).containsExactlyInAnyOrder("Ortiz", "the mayor");
        assertThat(speakers).extracting(StoredEntity::name).containsExactly("Lena Ortiz", "Tomas Reyes");
        assertThat(store.queries().quotesBy(ortiz.id(), 10, 0)).extracting(StoredQuote::articleTitle)
                .containsExactly("Ortiz opens north depot", "Mayor promises cheaper buses",
                        "Mayor promises cheaper buses");
    }

    @Test
    void searchMatchesStemmedWordsAndFiltersBySpeakerAlias() {
        store.writer().saveAll(List.of(Fixtures.bus(), Fixtures.depot()), "v1", false);

        assertThat(store.searcher().quotes(SearchQuery.words("fare", 10)))
                .extracting(StoredQuote::localId).containsExactly("q1");
        assertThat(store.searcher().quotes(SearchQuery.words("depot", 10).withSpeaker("ortiz")))
                .extracting(StoredQuote::articleTitle).containsExactly("Ortiz opens north depot");
        assertThat(store.searcher().quotes(SearchQuery.words("depot", 10).withSpeaker("Reyes"))).isEmpty();
        assertThat(store.searcher().quotes(SearchQuery.words("budget", 10).withSpeaker("Reyes")))
                .singleElement().satisfies(q -> assertThat(q.speakerName()).isEqualTo("Tomas Reyes"));
    }

    @Test
    void claimFiltersSelectByVerdictKindDateSourceAndEntity() {
        store.writer().saveAll(List.of(Fixtures.bus(), Fixtures.depot()), "v1", false);
        Searcher s = store.searcher();

        assertThat(s.claims(SearchQuery.all(10).withVerdict("CONTRADICTED"))).singleElement()
                .satisfies(c -> {
                    assertThat(c.text()).isEqualTo("This depot serves 40,000 riders a day");
                    assertThat(c.evidence()).hasSize(2);
                });
        assertThat(s.claims(new SearchQuery(null, null, null, null, null, null, "CHANGE", null, 10, 0)))
                .extracting(StoredClaim::localId).containsExactly("c1");
        assertThat(s.claims(new SearchQuery(null, null, null, null, LocalDate.of(2025, 4, 1), null, null, null, 10,
                0))).extracting(StoredClaim::articleTitle).containsOnly("Ortiz opens north depot");
        assertThat(s.claims(new SearchQuery(null, null, null, "City Herald", null, null, null, null, 10, 0)))
                .hasSize(2);
        assertThat(s.claims(new SearchQuery(null, null, "Transit Statistics Office", null, null, null, null, null, 10,
                0))).isEmpty();
        assertThat(s.quotes(new SearchQuery(null, null, "Tomas Reyes", null, null, null, null, null, 10, 0)))
                .extracting(StoredQuote::localId).containsExactly("q3");
        assertThat(s.claims(SearchQuery.words("riders", 10).withSpeaker("Lena Ortiz"))).hasSize(1);
        assertThat(s.quotes(SearchQuery.all(10).withVerdict("SUPPORTED"))).isEmpty();
    }

    @Test
    void aBatchIsStoredWholeAndItsOutcomesComeInOrder() {
        List<Analysis> batch = Fixtures.many(5);
        assertThat(store.writer().saveAll(batch, "v1", false)).containsOnly(SaveOutcome.INSERTED).hasSize(5);
        assertThat(store.writer().saveAll(Fixtures.many(6), "v1", false))
                .containsExactly(SaveOutcome.UNCHANGED, SaveOutcome.UNCHANGED, SaveOutcome.UNCHANGED,
                        SaveOutcome.UNCHANGED, SaveOutcome.UNCHANGED, SaveOutcome.INSERTED);
        assertThat(store.queries().hashesAnalyzedBy("v1")).hasSize(6);
        assertThat(store.queries().verdictCounts()).containsEntry("SUPPORTED", 6).containsEntry("UNCHECKED", 6);
    }
}
