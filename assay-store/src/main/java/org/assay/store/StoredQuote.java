package org.assay.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A stored quote, with enough of its article to point back to it.
 *
 * @param id        the store's id for the quote
 * @param localId   the quote's id within its analysis ({@code q1})
 * @param speakerId the store's id of the speaker entity, or {@code null}
 * @param speakerName the speaker's canonical name, or {@code null} when unknown
 */
public record StoredQuote(long id, long articleId, String articleTitle, LocalDate published, String source,
                          String localId, String kind, String text, int start, int end, String cue, Long speakerId,
                          String speakerName, double confidence) {

    public StoredQuote {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    static final String COLUMNS = "q.id, q.article_id, coalesce(a.title, a.name), a.published, a.source, q.local_id,"
            + " q.kind, q.text, q.span_start, q.span_end, q.cue, q.speaker_entity_id, q.speaker_name, q.confidence";

    static StoredQuote read(ResultSet rs) throws SQLException {
        long speaker = rs.getLong(12);
        Long speakerId = rs.wasNull() ? null : speaker;
        return new StoredQuote(rs.getLong(1), rs.getLong(2), rs.getString(3), ArticleSummary.date(rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getInt(10),
                rs.getString(11), speakerId, rs.getString(13), rs.getDouble(14));
    }
}
