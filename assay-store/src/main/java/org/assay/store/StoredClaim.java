package org.assay.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A stored claim with its verdict and evidence, and enough of its article to point back to it.
 *
 * @param id          the store's id for the claim
 * @param localId     the claim's id within its analysis ({@code c1})
 * @param claimantId  the store's id of the claimant entity, or {@code null} (the article itself, or no entity)
 * @param verdict     SUPPORTED, CONTRADICTED, NOT_ENOUGH_DATA or UNCHECKED
 */
public record StoredClaim(long id, long articleId, String articleTitle, LocalDate published, String source,
                          String articleUrl, String localId, String kind, String text, int start, int end,
                          double checkworthiness, Long claimantId, String claimantName, String citedSource,
                          String verdict, String explanation, List<StoredEvidence> evidence) {

    public StoredClaim {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(verdict, "verdict");
        evidence = List.copyOf(evidence);
    }

    static final String COLUMNS = "c.id, c.article_id, coalesce(a.title, a.name), a.published, a.source, a.url,"
            + " c.local_id, c.kind, c.text, c.span_start, c.span_end, c.checkworthiness, c.claimant_entity_id,"
            + " c.claimant_name, c.cited_source, c.verdict_status, c.verdict_explanation";

    /** Reads a row of {@link #COLUMNS}; the evidence is filled in later. */
    static StoredClaim read(ResultSet rs) throws SQLException {
        long claimant = rs.getLong(13);
        Long claimantId = rs.wasNull() ? null : claimant;
        return new StoredClaim(rs.getLong(1), rs.getLong(2), rs.getString(3), ArticleSummary.date(rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getInt(10),
                rs.getInt(11), rs.getDouble(12), claimantId, rs.getString(14), rs.getString(15), rs.getString(16),
                rs.getString(17), List.of());
    }

    StoredClaim withEvidence(List<StoredEvidence> found) {
        return new StoredClaim(id, articleId, articleTitle, published, source, articleUrl, localId, kind, text, start,
                end, checkworthiness, claimantId, claimantName, citedSource, verdict, explanation, found);
    }
}
