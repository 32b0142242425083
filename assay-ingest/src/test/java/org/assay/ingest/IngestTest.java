package org.assay.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.assay.store.Fixtures;
import org.assay.store.Store;
import org.assay.store.StoredArticle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {

    @TempDir
    Path dir;

    Store store;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("kb.db").toString());
    }

    @AfterEach
    void close() {
        store.close();
    }

    Ingest ingest(IngestOptions options, AtomicInteger loads) {
        return new Ingest(store, () -> {
            loads.incrementAndGet();
            return Fixtures.quoteMarkAnalyzer();
        }, options);
    }

    @Test
    void aFolderIsStoredWithEveryBadRecordListedAndTheRestStored() throws Exception {
        List<IngestProgress> progress = new ArrayList<>();
        IngestReport report = ingest(new IngestOptions(2, 2, "t1", false, false), new AtomicInteger())
                .run(List.of(InputsTest.INPUTS.toString()), progress::add);

        assertThat(report.inserted()).isEqualTo(6);
        assertThat(report.failures()).extracting(Failure::label)
                .anyMatch(l -> l.endsWith("articles.jsonl:2")).anyMatch(l -> l.endsWith("articles.jsonl:3"))
                .anyMatch(l -> l.endsWith("feed.rss#2"));
        assertThat(report.read()).isEqualTo(9);
        assertThat(progress.get(progress.size() - 1).done()).isEqualTo(9);
        assertThat(store.queries().articleCount()).isEqualTo(6);
        long schoolId = store.queries().articles(10, 0).stream()
                .filter(a -> "Schools get new roofs".equals(a.title())).findFirst().orElseThrow().id();
        StoredArticle school = store.queries().article(schoolId).orElseThrow();
        assertThat(school.quotes()).singleElement().satisfies(q -> assertThat(q.text()).isEqualTo(
                "The leaks end this year,"));
    }

    @Test
    void aRerunSkipsStoredArticlesWithoutLoadingTheAnalyzer() throws Exception {
        ingest(IngestOptions.defaults("t1"), new AtomicInteger()).run(List.of(InputsTest.INPUTS.toString()), p -> { });
        AtomicInteger loads = new AtomicInteger();

        IngestReport again = ingest(IngestOptions.defaults("t1"), loads).run(List.of(InputsTest.INPUTS.toString()),
                p -> { });

        assertThat(again.inserted()).isZero();
        assertThat(again.unchanged()).isEqualTo(6);
        assertThat(loads).hasValue(0);
        assertThat(store.queries().articleCount()).isEqualTo(6);
    }

    @Test
    void aNewAnalyzerVersionReplacesStoredArticles() throws Exception {
        ingest(IngestOptions.defaults("t1"), new AtomicInteger()).run(List.of(InputsTest.INPUTS.toString()), p -> { });

        IngestReport upgraded = ingest(IngestOptions.defaults("t2"), new AtomicInteger())
                .run(List.of(InputsTest.INPUTS.toString()), p -> { });

        assertThat(upgraded.replaced()).isEqualTo(6);
        assertThat(store.queries().hashesAnalyzedBy("t2")).hasSize(6);
        assertThat(store.queries().articleCount()).isEqualTo(6);
    }

    @Test
    void aFailedAnalysisIsListedAndTheBatchGoesOn() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Good one\n\n\"Fine,\" she said.\n");
        Files.writeString(dir.resolve("b.txt"), "Bad one\n\nThis text has FAIL-ANALYSIS in it.\n");
        Files.writeString(dir.resolve("c.txt"), "Another\n\n\"Also fine,\" he said.\n");
        Files.writeString(dir.resolve("d.txt"), "");

        IngestReport report = ingest(IngestOptions.defaults("t1"), new AtomicInteger())
                .run(List.of(dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString(),
                        dir.resolve("c.txt").toString(), dir.resolve("d.txt").toString()), p -> { });

        assertThat(report.inserted()).isEqualTo(2);
        assertThat(report.failures()).extracting(Failure::reason)
                .anyMatch(r -> r.contains("stage failed on purpose")).anyMatch(r -> r.equals("empty file"));
        assertThat(report.summary()).startsWith("4 read, 2 stored, 0 replaced, 0 unchanged, 2 failed");
    }
}
