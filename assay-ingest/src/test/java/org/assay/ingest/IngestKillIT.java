package org.assay.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.assay.store.ArticleSummary;
import org.assay.store.Fixtures;
import org.assay.store.Store;
import org.assay.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills an ingest process with SIGKILL mid-batch: what it committed is whole, and a rerun stores exactly the rest. */
class IngestKillIT {

    static final int ARTICLES = 150;

    @TempDir
    Path dir;

    @Test
    void killedIngestLeavesCommittedArticlesIntactAndARerunCompletesTheRest() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("articles"));
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(folder.resolve(String.format("a%03d.txt", i)), "Depot report " + i + "\n\n"
                    + "\"Route " + i + " runs again,\" the manager said. \"Buses leave every " + (i % 20 + 5)
                    + " minutes,\" she added.\n");
        }
        String db = dir.resolve("kb.db").toString();
        try (Store store = Store.open(db)) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), IngestChild.class.getName(), folder.toString(), db)
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (store.queries().articleCount() < 20 && System.nanoTime() < deadline && child.isAlive()) {
                Thread.sleep(20);
            }
            assertThat(child.isAlive()).as("child still ingesting when killed").isTrue();
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).isEqualTo(137);

            int committed = store.queries().articleCount();
            assertThat(committed).isBetween(20, ARTICLES - 1);
            ObjectMapper json = new ObjectMapper();
            for (ArticleSummary s : store.queries().articles(ARTICLES, 0)) {
                StoredArticle a = store.queries().article(s.id()).orElseThrow();
                assertThat(a.text()).isEqualTo(Files.readString(folder.resolve(s.name())));
                assertThat(a.quotes()).hasSize(2);
                assertThat(json.readTree(a.analysisJson()).get("quotes")).hasSize(2);
                a.quotes().forEach(q -> assertThat(a.text().substring(q.start(), q.end())).isEqualTo(q.text()));
            }

            IngestOptions options = new IngestOptions(2, 8, "kill-test", false, false);
            IngestReport rerun = new Ingest(store, Fixtures::quoteMarkAnalyzer, options)
                    .run(List.of(folder.toString()), p -> { });

            assertThat(rerun.unchanged()).isEqualTo(committed);
            assertThat(rerun.inserted()).isEqualTo(ARTICLES - committed);
            assertThat(rerun.failures()).isEmpty();
            assertThat(store.queries().articleCount()).isEqualTo(ARTICLES);
        }
    }
}
