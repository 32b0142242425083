package org.assay.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assay.analysis.Analysis;
import org.assay.analysis.AnalysisJson;
import org.assay.article.Article;
import org.assay.article.Span;
import org.assay.claim.Claim;
import org.assay.entity.Entity;
import org.assay.quote.Quote;
import org.assay.verify.Evidence;

/**
 * Saves analyses. A batch is one transaction: either every article of it is stored, or none is; each article's rows
 * are written (or replaced) together. An article already stored with the same content hash and analyzer version is
 * left as it is.
 *
 * <p>Not thread-safe: one writer per thread (SQLite serialises writers anyway).
 */
public final class ArticleWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Store store;

    ArticleWriter(Store store) {
        this.store = store;
    }

    /** Saves one analysis in its own transaction. */
    public SaveOutcome save(Analysis analysis, String analyzerVersion) {
        return saveAll(List.of(analysis), analyzerVersion, false).get(0);
    }

    /**
     * Saves a batch in one transaction.
     *
     * @param analyzerVersion the version of the analyzer that produced the batch; a stored article from another
     *                        version is replaced
     * @param replace         replace stored articles even when their analyzer version is the same
     * @return one outcome per analysis, in order
     * @throws StoreException when the database fails; nothing of the batch is then stored
     */
    public List<SaveOutcome> saveAll(List<Analysis> batch, String analyzerVersion, boolean replace) {
        try (Connection c = store.connection()) {
            c.setAutoCommit(false);
            try {
                List<SaveOutcome> outcomes = new ArrayList<>();
                for (Analysis a : batch) {
                    outcomes.add(saveOne(c, a, analyzerVersion, replace));
                }
                c.commit();
                return outcomes;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot save " + batch.size() + " article(s): " + e.getMessage(), e);
        }
    }

    private SaveOutcome saveOne(Connection c, Analysis a, String version, boolean replace) throws SQLException {
        Article article = a.article();
        String hash = ContentHash.of(article);
        Long existing = null;
        String existingVersion = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, analyzer_version FROM articles WHERE content_hash = ?")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    existing = rs.getLong(1);
                    existingVersion = rs.getString(2);
                }
            }
        }
        if (existing != null && version.equals(existingVersion) && !replace) {
            return SaveOutcome.UNCHANGED;
        }
        long articleId;
        if (existing != null) {
            articleId = existing;
            deleteRows(c, articleId);
            update(c, "UPDATE articles SET name = ?, title = ?, published = ?, source = ?, url = ?,"
                    + " analyzer_version = ?, analyzed_at = ? WHERE id = ?", a, version, articleId);
        } else {
            update(c, "INSERT INTO articles (name, title, published, source, url, analyzer_version, analyzed_at,"
                    + " content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", a, version, hash);
            articleId = singleLong(c, "SELECT id FROM articles WHERE content_hash = ?", hash);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO article_documents (article_id, body, analysis_json) VALUES (?, ?, ?)")) {
            ps.setLong(1, articleId);
            ps.setString(2, article.text());
            ps.setString(3, AnalysisJson.toJson(a).toString());
            ps.executeUpdate();
        }
        Map<String, Long> entityIds = writeEntities(c, articleId, a.entities());
        writeQuotes(c, articleId, a.quotes(), entityIds);
        writeClaims(c, articleId, a.claims(), entityIds);
        if (store.dialect() == Dialect.SQLITE) {
            exec(c, "INSERT INTO quote_fts (rowid, text) SELECT id, text FROM quotes WHERE article_id = ?", articleId);
            exec(c, "INSERT INTO claim_fts (rowid, text) SELECT id, text FROM claims WHERE article_id = ?", articleId);
        }
        return existing == null ? SaveOutcome.INSERTED : SaveOutcome.REPLACED;
    }

    private void deleteRows(Connection c, long articleId) throws SQLException {
        if (store.dialect() == Dialect.SQLITE) {
            exec(c, "DELETE FROM quote_fts WHERE rowid IN (SELECT id FROM quotes WHERE article_id = ?)", articleId);
            exec(c, "DELETE FROM claim_fts WHERE rowid IN (SELECT id FROM claims WHERE article_id = ?)", articleId);
        }
        exec(c, "DELETE FROM evidence WHERE claim_id IN (SELECT id FROM claims WHERE article_id = ?)", articleId);
        exec(c, "DELETE FROM claims WHERE article_id = ?", articleId);
        exec(c, "DELETE FROM quotes WHERE article_id = ?", articleId);
        exec(c, "DELETE FROM mentions WHERE article_id = ?", articleId);
        exec(c, "DELETE FROM article_entities WHERE article_id = ?", articleId);
        exec(c, "DELETE FROM article_documents WHERE article_id = ?", articleId);
    }

    private static void update(Connection c, String sql, Analysis a, String version, Object last) throws SQLException {
        Article article = a.article();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, article.id());
            ps.setString(2, article.title());
            ps.setString(3, article.published() == null ? null : article.published().toString());
            ps.setString(4, article.source());
            ps.setString(5, article.url());
            ps.setString(6, version);
            ps.setString(7, Instant.now().toString());
            ps.setObject(8, last);
            ps.executeUpdate();
        }
    }

    private static Map<String, Long> writeEntities(Connection c, long articleId, List<Entity> entities)
            throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement upsert = c.prepareStatement(
                "INSERT INTO entities (name, type) VALUES (?, ?) ON CONFLICT (name, type) DO NOTHING");
             PreparedStatement find = c.prepareStatement("SELECT id FROM entities WHERE name = ? AND type = ?");
             PreparedStatement alias = c.prepareStatement(
                     "INSERT INTO entity_aliases (entity_id, alias) VALUES (?, ?) ON CONFLICT DO NOTHING");
             PreparedStatement link = c.prepareStatement("INSERT INTO article_entities"
                     + " (article_id, local_id, entity_id, titles, affiliation) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement mention = c.prepareStatement(
                     "INSERT INTO mentions (article_id, entity_id, span_start, span_end) VALUES (?, ?, ?, ?)")) {
            for (Entity e : entities) {
                upsert.setString(1, e.name());
                upsert.setString(2, e.type().name());
                upsert.executeUpdate();
                find.setString(1, e.name());
                find.setString(2, e.type().name());
                long id;
                try (ResultSet rs = find.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
                ids.put(e.id(), id);
                for (String a : e.aliases()) {
                    alias.setLong(1, id);
                    alias.setString(2, a);
                    alias.addBatch();
                }
                link.setLong(1, articleId);
                link.setString(2, e.id());
                link.setLong(3, id);
                link.setString(4, toJson(e.titles()));
                link.setString(5, e.affiliation());
                link.addBatch();
                for (Span s : e.mentions()) {
                    mention.setLong(1, articleId);
                    mention.setLong(2, id);
                    mention.setInt(3, s.start());
                    mention.setInt(4, s.end());
                    mention.addBatch();
                }
            }
            alias.executeBatch();
            link.executeBatch();
            mention.executeBatch();
        }
        return ids;
    }

    private static void writeQuotes(Connection c, long articleId, List<Quote> quotes, Map<String, Long> entityIds)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO quotes (article_id, local_id, kind, text, span_start,"
                + " span_end, cue, speaker_entity_id, speaker_name, mention_start, mention_end, confidence)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Quote q : quotes) {
                ps.setLong(1, articleId);
                ps.setString(2, q.id());
                ps.setString(3, q.kind().name());
                ps.setString(4, q.text());
                ps.setInt(5, q.start());
                ps.setInt(6, q.end());
                ps.setString(7, q.cue());
                boolean spoken = q.speaker() != null;
                setLongOrNull(ps, 8, spoken ? entityIds.get(q.speaker().entity()) : null);
                ps.setString(9, spoken ? q.speaker().name() : null);
                setLongOrNull(ps, 10, spoken ? (long) q.speaker().mention().start() : null);
                setLongOrNull(ps, 11, spoken ? (long) q.speaker().mention().end() : null);
                ps.setDouble(12, q.confidence());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void writeClaims(Connection c, long articleId, List<Claim> claims, Map<String, Long> entityIds)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO claims (article_id, local_id, kind, text, span_start,"
                + " span_end, checkworthiness, claimant_entity_id, claimant_name, cited_source, verdict_status,"
                + " verdict_explanation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement ev = c.prepareStatement("INSERT INTO evidence (claim_id, position, dataset, edition,"
                     + " detail) VALUES ((SELECT id FROM claims WHERE article_id = ? AND local_id = ?), ?, ?, ?, ?)")) {
            for (Claim cl : claims) {
                ps.setLong(1, articleId);
                ps.setString(2, cl.id());
                ps.setString(3, cl.kind().name());
                ps.setString(4, cl.text());
                ps.setInt(5, cl.start());
                ps.setInt(6, cl.end());
                ps.setDouble(7, cl.checkworthiness());
                setLongOrNull(ps, 8, cl.claimant().entity() == null ? null : entityIds.get(cl.claimant().entity()));
                ps.setString(9, cl.claimant().name());
                ps.setString(10, cl.citedSource());
                ps.setString(11, cl.verdict().status().name());
                ps.setString(12, cl.verdict().explanation());
                ps.addBatch();
                int position = 0;
                for (Evidence e : cl.verdict().evidence()) {
                    ev.setLong(1, articleId);
                    ev.setString(2, cl.id());
                    ev.setInt(3, position++);
                    ev.setString(4, e.dataset());
                    ev.setString(5, e.edition());
                    ev.setString(6, e.detail());
                    ev.addBatch();
                }
            }
            ps.executeBatch();
            ev.executeBatch();
        }
    }

    private static void setLongOrNull(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    private static void exec(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    private static long singleLong(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no row for " + sql);
                }
                return rs.getLong(1);
            }
        }
    }

    private static String toJson(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
