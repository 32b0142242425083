package org.assay.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads stored articles, entities, speakers and claims. Lists are pages: {@code limit} rows from {@code offset}.
 *
 * <p>Thread-safe.
 */
public final class Queries {

    private static final String ENTITY_COLUMNS = "e.id, e.name, e.type";

    private final Store store;

    Queries(Store store) {
        this.store = store;
    }

    public int articleCount() {
        return query("SELECT count(*) FROM articles", List.of(), rs -> rs.getInt(1)).get(0);
    }

    /** Articles, newest publication first. */
    public List<ArticleSummary> articles(int limit, int offset) {
        return query("SELECT " + ArticleSummary.COLUMNS + " FROM articles a ORDER BY a.published DESC, a.id DESC"
                + " LIMIT ? OFFSET ?", List.of(limit, offset), ArticleSummary::read);
    }

    /** Every stored article id, in id order (for exports). */
    public List<Long> articleIds() {
        return query("SELECT id FROM articles ORDER BY id", List.of(), rs -> rs.getLong(1));
    }

    /** Content hashes of the articles stored by {@code analyzerVersion}: what a rerun of an ingest may skip. */
    public Set<String> hashesAnalyzedBy(String analyzerVersion) {
        return new HashSet<>(query("SELECT content_hash FROM articles WHERE analyzer_version = ?",
                List.of(analyzerVersion), rs -> rs.getString(1)));
    }

    public Optional<StoredArticle> article(long id) {
        try (Connection c = store.connection()) {
            ArticleSummary summary;
            String text;
            String json;
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ArticleSummary.COLUMNS
                    + ", d.body, d.analysis_json FROM articles a JOIN article_documents d ON d.article_id = a.id"
                    + " WHERE a.id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    summary = ArticleSummary.read(rs);
                    text = rs.getString(9);
                    json = rs.getString(10);
                }
            }
            List<StoredQuote> quotes = list(c, "SELECT " + StoredQuote.COLUMNS + " FROM quotes q JOIN articles a"
                    + " ON a.id = q.article_id WHERE q.article_id = ? ORDER BY q.span_start", List.of(id),
                    StoredQuote::read);
            List<StoredClaim> claims = Evidences.attach(c, list(c, "SELECT " + StoredClaim.COLUMNS
                    + " FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.article_id = ?"
                    + " ORDER BY c.span_start", List.of(id), StoredClaim::read));
            return Optional.of(new StoredArticle(summary, text, json, quotes, claims));
        } catch (SQLException e) {
            throw new StoreException("cannot read article " + id + ": " + e.getMessage(), e);
        }
    }

    /** Entities that speak in at least one quote, most quoted first. */
    public List<StoredEntity> speakers(int limit, int offset) {
        return withAliases(query("SELECT " + ENTITY_COLUMNS + ", count(q.id) AS n FROM entities e"
                + " JOIN quotes q ON q.speaker_entity_id = e.id GROUP BY e.id, e.name, e.type"
                + " ORDER BY n DESC, e.name LIMIT ? OFFSET ?", List.of(limit, offset), Queries::entity));
    }

    /** Every entity, in id order, with its quote count (for exports). */
    public List<StoredEntity> entities(int limit, int offset) {
        return withAliases(query("SELECT " + ENTITY_COLUMNS + ", (SELECT count(*) FROM quotes q"
                + " WHERE q.speaker_entity_id = e.id) FROM entities e ORDER BY e.id LIMIT ? OFFSET ?",
                List.of(limit, offset), Queries::entity));
    }

    public Optional<StoredEntity> entity(long id) {
        return withAliases(query("SELECT " + ENTITY_COLUMNS + ", (SELECT count(*) FROM quotes q"
                + " WHERE q.speaker_entity_id = e.id) FROM entities e WHERE e.id = ?", List.of(id), Queries::entity))
                .stream().findFirst();
    }

    /** The quotes an entity is the speaker of, newest article first. */
    public List<StoredQuote> quotesBy(long entityId, int limit, int offset) {
        return query("SELECT " + StoredQuote.COLUMNS + " FROM quotes q JOIN articles a ON a.id = q.article_id"
                + " WHERE q.speaker_entity_id = ? ORDER BY a.published DESC, q.article_id, q.span_start"
                + " LIMIT ? OFFSET ?", List.of(entityId, limit, offset), StoredQuote::read);
    }

    public Optional<StoredClaim> claim(long id) {
        try (Connection c = store.connection()) {
            return Evidences.attach(c, list(c, "SELECT " + StoredClaim.COLUMNS + " FROM claims c JOIN articles a"
                    + " ON a.id = c.article_id WHERE c.id = ?", List.of(id), StoredClaim::read)).stream().findFirst();
        } catch (SQLException e) {
            throw new StoreException("cannot read claim " + id + ": " + e.getMessage(), e);
        }
    }

    /** How many stored claims have each verdict status. */
    public Map<String, Integer> verdictCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        query("SELECT verdict_status, count(*) FROM claims GROUP BY verdict_status ORDER BY verdict_status", List.of(),
                rs -> counts.put(rs.getString(1), rs.getInt(2)));
        return counts;
    }

    private static StoredEntity entity(ResultSet rs) throws SQLException {
        return new StoredEntity(rs.getLong(1), rs.getString(2), rs.getString(3), List.of(), rs.getInt(4));
    }

    private List<StoredEntity> withAliases(List<StoredEntity> entities) {
        if (entities.isEmpty()) {
            return entities;
        }
        Map<Long, List<String>> aliases = new LinkedHashMap<>();
        StringBuilder in = new StringBuilder();
        List<Object> ids = new ArrayList<>();
        for (StoredEntity e : entities) {
            in.append(in.length() == 0 ? "?" : ", ?");
            ids.add(e.id());
        }
        query("SELECT entity_id, alias FROM entity_aliases WHERE entity_id IN (" + in + ") ORDER BY alias", ids,
                rs -> aliases.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)));
        List<StoredEntity> out = new ArrayList<>();
        for (StoredEntity e : entities) {
            out.add(new StoredEntity(e.id(), e.name(), e.type(), aliases.getOrDefault(e.id(), List.of()), e.quotes()));
        }
        return out;
    }

    private <T> List<T> query(String sql, List<?> params, RowReader<T> reader) {
        try (Connection c = store.connection()) {
            return list(c, sql, params, reader);
        } catch (SQLException e) {
            throw new StoreException("query failed: " + e.getMessage(), e);
        }
    }

    private static <T> List<T> list(Connection c, String sql, List<?> params, RowReader<T> reader)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(reader.read(rs));
                }
            }
            return out;
        }
    }
}
