package org.assay.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full-text search with filters over stored quotes and claims: SQLite FTS5 (porter stemmer) or PostgreSQL's
 * {@code to_tsvector('english', ...)}. With words, results come best match first; without, newest article first.
 *
 * <p>Thread-safe.
 */
public final class Searcher {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MAX_TERMS = 16;
    private static final String ENTITY_IDS = "SELECT id FROM entities WHERE lower(name) = lower(?)"
            + " UNION SELECT entity_id FROM entity_aliases WHERE lower(alias) = lower(?)";

    private final Store store;

    Searcher(Store store) {
        this.store = store;
    }

    /** Quotes that match; none when the query has a claim-only filter. */
    public List<StoredQuote> quotes(SearchQuery q) {
        if (q.claimOnly()) {
            return List.of();
        }
        Sql sql = new Sql("SELECT " + StoredQuote.COLUMNS + " FROM ");
        from(sql, q, "quote_fts", "q");
        sql.append(" JOIN articles a ON a.id = q.article_id WHERE 1 = 1");
        textCondition(sql, q, "quote_fts", "q");
        if (q.speaker() != null) {
            sql.append(" AND (q.speaker_entity_id IN (" + ENTITY_IDS + ") OR lower(q.speaker_name) = lower(?))",
                    q.speaker(), q.speaker(), q.speaker());
        }
        entityAndArticle(sql, q, "q", "q.speaker_entity_id");
        orderBy(sql, q, "quote_fts", "q");
        return run(sql, StoredQuote::read);
    }

    /** Claims that match, with their evidence. */
    public List<StoredClaim> claims(SearchQuery q) {
        Sql sql = new Sql("SELECT " + StoredClaim.COLUMNS + " FROM ");
        from(sql, q, "claim_fts", "c");
        sql.append(" JOIN articles a ON a.id = c.article_id WHERE 1 = 1");
        textCondition(sql, q, "claim_fts", "c");
        if (q.speaker() != null) {
            sql.append(" AND (c.claimant_entity_id IN (" + ENTITY_IDS + ") OR lower(c.claimant_name) = lower(?))",
                    q.speaker(), q.speaker(), q.speaker());
        }
        if (q.claimKind() != null) {
            sql.append(" AND c.kind = ?", q.claimKind());
        }
        if (q.verdict() != null) {
            sql.append(" AND c.verdict_status = ?", q.verdict());
        }
        entityAndArticle(sql, q, "c", "c.claimant_entity_id");
        orderBy(sql, q, "claim_fts", "c");
        List<StoredClaim> found = run(sql, StoredClaim::read);
        try (Connection c = store.connection()) {
            return Evidences.attach(c, found);
        } catch (SQLException e) {
            throw new StoreException("cannot read evidence: " + e.getMessage(), e);
        }
    }

    /** The FTS5 expression for the query's words: every word, quoted, all required; {@code null} when none. */
    static String ftsExpression(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = WORD.matcher(text);
        List<String> terms = new ArrayList<>();
        while (m.find() && terms.size() < MAX_TERMS) {
            terms.add('"' + m.group() + '"');
        }
        return terms.isEmpty() ? null : String.join(" ", terms);
    }

    private boolean fts(SearchQuery q) {
        return store.dialect() == Dialect.SQLITE && ftsExpression(q.text()) != null;
    }

    private void from(Sql sql, SearchQuery q, String ftsTable, String alias) {
        String table = alias.equals("q") ? "quotes" : "claims";
        if (fts(q)) {
            sql.append(ftsTable + " JOIN " + table + " " + alias + " ON " + alias + ".id = " + ftsTable + ".rowid");
        } else {
            sql.append(table + " " + alias);
        }
    }

    private void orderBy(Sql sql, SearchQuery q, String ftsTable, String alias) {
        sql.append(" ORDER BY ");
        if (fts(q)) {
            sql.append(ftsTable + ".rank, ");
        } else if (store.dialect() == Dialect.POSTGRESQL && q.text() != null) {
            sql.append("ts_rank(" + alias + ".tsv, plainto_tsquery('english', ?)) DESC, ", q.text());
        }
        sql.append("a.published DESC, " + alias + ".id LIMIT ? OFFSET ?", q.limit(), q.offset());
    }

    private void textCondition(Sql sql, SearchQuery q, String ftsTable, String alias) {
        if (q.text() == null) {
            return;
        }
        if (store.dialect() == Dialect.SQLITE) {
            String expr = ftsExpression(q.text());
            if (expr == null) {
                sql.append(" AND 1 = 0");
            } else {
                sql.append(" AND " + ftsTable + " MATCH ?", expr);
            }
        } else {
            sql.append(" AND " + alias + ".tsv @@ plainto_tsquery('english', ?)", q.text());
        }
    }

    private static void entityAndArticle(Sql sql, SearchQuery q, String alias, String speakerColumn) {
        if (q.entity() != null) {
            sql.append(" AND (" + speakerColumn + " IN (" + ENTITY_IDS + ") OR EXISTS (SELECT 1 FROM mentions m"
                            + " WHERE m.article_id = " + alias + ".article_id AND m.span_start >= " + alias
                            + ".span_start AND m.span_end <= " + alias + ".span_end AND m.entity_id IN ("
                            + ENTITY_IDS + ")))",
                    q.entity(), q.entity(), q.entity(), q.entity());
        }
        if (q.source() != null) {
            sql.append(" AND a.source = ?", q.source());
        }
        if (q.from() != null) {
            sql.append(" AND a.published >= ?", q.from().toString());
        }
        if (q.to() != null) {
            sql.append(" AND a.published <= ?", q.to().toString());
        }
    }

    private <T> List<T> run(Sql sql, RowReader<T> reader) {
        try (Connection c = store.connection(); PreparedStatement ps = c.prepareStatement(sql.text.toString())) {
            sql.bind(ps);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(reader.read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("search failed: " + e.getMessage(), e);
        }
    }
}
