package org.assay.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongFunction;
import org.assay.store.ArticleSummary;
import org.assay.store.SearchQuery;
import org.assay.store.Store;
import org.assay.store.StoredArticle;
import org.assay.store.StoredClaim;
import org.assay.store.StoredEntity;
import org.assay.store.StoredEvidence;
import org.assay.store.StoredQuote;

/**
 * Writes the whole knowledge base out: JSON Lines (one article per line: its stored metadata and its analysis as
 * {@code assay analyze} printed it), CSV (one table per kind: articles, entities, quotes, claims, evidence), or
 * ClaimReview JSON-LD (one array of every claim's review). Reads page by page, so memory stays flat.
 */
public final class Exports {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE = SearchQuery.MAX_LIMIT;

    private Exports() {
    }

    /** @return the number of articles written */
    public static int jsonLines(Store store, Writer out) throws IOException {
        int n = 0;
        for (long id : store.queries().articleIds()) {
            StoredArticle a = store.queries().article(id).orElseThrow();
            ObjectNode line = (ObjectNode) JSON.readTree(a.analysisJson());
            ObjectNode stored = line.putObject("stored");
            ArticleSummary s = a.summary();
            stored.put("id", s.id());
            stored.put("contentHash", s.contentHash());
            stored.put("analyzerVersion", s.analyzerVersion());
            out.write(line.toString());
            out.write('\n');
            n++;
        }
        out.flush();
        return n;
    }

    /** @return the number of reviews written */
    public static int claimReviews(Store store, Writer out, LongFunction<String> claimUrl) throws IOException {
        out.write("[\n");
        int n = 0;
        for (int offset = 0; ; offset += PAGE) {
            List<StoredClaim> page = store.searcher().claims(new SearchQuery(null, null, null, null, null, null, null,
                    null, PAGE, offset));
            for (StoredClaim c : page) {
                out.write(n++ == 0 ? "" : ",\n");
                out.write(ClaimReviews.of(c, claimUrl.apply(c.id())).toString());
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        out.write("\n]\n");
        out.flush();
        return n;
    }

    /** Writes articles.csv, entities.csv, quotes.csv, claims.csv and evidence.csv into {@code dir}. */
    public static void csv(Store store, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Csv articles = new Csv(dir.resolve("articles.csv"), "id", "content_hash", "name", "title", "published",
                "source", "url", "analyzer_version")) {
            for (int offset = 0; ; offset += PAGE) {
                List<ArticleSummary> page = store.queries().articles(PAGE, offset);
                for (ArticleSummary a : page) {
                    articles.row(a.id(), a.contentHash(), a.name(), a.title(), a.published(), a.source(), a.url(),
                            a.analyzerVersion());
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
        }
        try (Csv entities = new Csv(dir.resolve("entities.csv"), "id", "name", "type", "aliases", "quotes")) {
            for (int offset = 0; ; offset += PAGE) {
                List<StoredEntity> page = store.queries().entities(PAGE, offset);
                for (StoredEntity e : page) {
                    entities.row(e.id(), e.name(), e.type(), String.join("|", e.aliases()), e.quotes());
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
        }
        try (Csv quotes = new Csv(dir.resolve("quotes.csv"), "id", "article_id", "local_id", "kind", "text", "start",
                "end", "cue", "speaker_id", "speaker_name", "confidence")) {
            for (int offset = 0; ; offset += PAGE) {
                List<StoredQuote> page = store.searcher().quotes(new SearchQuery(null, null, null, null, null, null,
                        null, null, PAGE, offset));
                for (StoredQuote q : page) {
                    quotes.row(q.id(), q.articleId(), q.localId(), q.kind(), q.text(), q.start(), q.end(), q.cue(),
                            q.speakerId(), q.speakerName(), q.confidence());
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
        }
        try (Csv claims = new Csv(dir.resolve("claims.csv"), "id", "article_id", "local_id", "kind", "text", "start",
                "end", "checkworthiness", "claimant_id", "claimant_name", "cited_source", "verdict", "explanation");
             Csv evidence = new Csv(dir.resolve("evidence.csv"), "claim_id", "dataset", "edition", "detail")) {
            for (int offset = 0; ; offset += PAGE) {
                List<StoredClaim> page = store.searcher().claims(new SearchQuery(null, null, null, null, null, null,
                        null, null, PAGE, offset));
                for (StoredClaim c : page) {
                    claims.row(c.id(), c.articleId(), c.localId(), c.kind(), c.text(), c.start(), c.end(),
                            c.checkworthiness(), c.claimantId(), c.claimantName(), c.citedSource(), c.verdict(),
                            c.explanation());
                    for (StoredEvidence e : c.evidence()) {
                        evidence.row(c.id(), e.dataset(), e.edition(), e.detail());
                    }
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
        }
    }

    /** One RFC 4180 CSV file: a header, then rows; fields quoted when they hold a comma, quote or line break. */
    private static final class Csv implements AutoCloseable {
        private final Writer out;

        Csv(Path file, String... header) throws IOException {
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            row((Object[]) header);
        }

        void row(Object... fields) throws IOException {
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                String f = fields[i] == null ? "" : fields[i].toString();
                if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                    f = '"' + f.replace("\"", "\"\"") + '"';
                }
                out.write(f);
            }
            out.write("\r\n");
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
