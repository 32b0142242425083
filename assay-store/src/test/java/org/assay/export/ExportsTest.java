package org.assay.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assay.store.Fixtures;
import org.assay.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportsTest {

    @TempDir
    Path dir;

    Store store;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("kb.db").toString());
        store.writer().saveAll(List.of(Fixtures.bus(), Fixtures.depot()), "v1", false);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void jsonLinesHoldsOneAnalysisPerArticleWithItsStoreIdentity() throws Exception {
        StringWriter out = new StringWriter();
        assertThat(Exports.jsonLines(store, out)).isEqualTo(2);
        List<String> lines = out.toString().lines().toList();
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.at("/article/title").asText()).isEqualTo("Mayor promises cheaper buses");
        assertThat(first.get("quotes")).hasSize(3);
        assertThat(first.at("/stored/contentHash").asText()).hasSize(64);
    }

    @Test
    void csvWritesOneTablePerKindQuotingFieldsWithCommas() throws Exception {
        Exports.csv(store, dir.resolve("csv"));
        assertThat(Files.readAllLines(dir.resolve("csv/articles.csv"))).hasSize(3);
        List<String> quotes = Files.readAllLines(dir.resolve("csv/quotes.csv"));
        assertThat(quotes).hasSize(5);
        assertThat(quotes).anyMatch(l -> l.contains(",\"We will make the buses cheaper for everyone,\","));
        assertThat(Files.readAllLines(dir.resolve("csv/evidence.csv"))).hasSize(4);
        assertThat(Files.readString(dir.resolve("csv/entities.csv"))).contains("Lena Ortiz,PERSON,Ortiz|the mayor,3");
        assertThat(Files.readAllLines(dir.resolve("csv/claims.csv")).get(0)).startsWith("id,article_id,local_id,kind");
    }

    @Test
    void claimReviewsAreOneJsonLdArray() throws Exception {
        StringWriter out = new StringWriter();
        assertThat(Exports.claimReviews(store, out, id -> "http://x/claims/" + id)).isEqualTo(3);
        JsonNode all = new ObjectMapper().readTree(out.toString());
        assertThat(all).hasSize(3);
        assertThat(all.findValuesAsText("alternateName")).containsExactlyInAnyOrder("Contradicted", "Supported",
                "Unchecked");
        assertThat(all.get(0).get("url").asText()).startsWith("http://x/claims/");
    }
}
