package org.assay.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One stored article, without its text and analysis.
 *
 * @param id          the store's id for the article
 * @param contentHash the article's identity ({@link ContentHash})
 * @param name        the article's own id as read (file base name, feed entry id)
 * @param published   the publication date, or {@code null}
 */
public record ArticleSummary(long id, String contentHash, String name, String title, LocalDate published,
                             String source, String url, String analyzerVersion) {

    public ArticleSummary {
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(name, "name");
    }

    static final String COLUMNS = "a.id, a.content_hash, a.name, a.title, a.published, a.source, a.url,"
            + " a.analyzer_version";

    static ArticleSummary read(ResultSet rs) throws SQLException {
        return new ArticleSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                date(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8));
    }

    static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    /** The headline, or the article's name when it has none. */
    public String displayTitle() {
        return title == null || title.isBlank() ? name : title;
    }
}
