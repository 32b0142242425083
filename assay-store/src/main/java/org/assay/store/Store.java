package org.assay.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The knowledge base: opens (and migrates) an SQLite file or a PostgreSQL database and hands out its parts.
 *
 * <p>{@link #open(String)} takes a file path (SQLite, created when missing), a {@code jdbc:sqlite:} URL, or a
 * {@code jdbc:postgresql:} URL (user and password as URL parameters). The schema is brought to the latest Flyway
 * migration on open. Thread-safe: connections come from a pool; SQLite runs in WAL mode so readers never wait for the
 * one writer.
 */
public final class Store implements AutoCloseable {

    /** The default file: {@code assay.db} in the working directory. */
    public static final String DEFAULT_LOCATION = "assay.db";

    private final HikariDataSource pool;
    private final Dialect dialect;

    private Store(HikariDataSource pool, Dialect dialect) {
        this.pool = pool;
        this.dialect = dialect;
    }

    /**
     * Opens the store at {@code location} and migrates its schema.
     *
     * @throws StoreException when the database cannot be reached or migrated
     */
    public static Store open(String location) {
        String url = location.startsWith("jdbc:") ? location : "jdbc:sqlite:" + Path.of(location).toAbsolutePath();
        Dialect dialect = Dialect.of(url);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setPoolName("assay-store");
        config.setConnectionTimeout(30_000);
        if (dialect == Dialect.SQLITE) {
            createParent(url.substring("jdbc:sqlite:".length()));
            config.setDriverClassName("org.sqlite.JDBC");
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "NORMAL");
            config.addDataSourceProperty("foreign_keys", "true");
            config.addDataSourceProperty("busy_timeout", "30000");
            config.setMaximumPoolSize(Math.max(4, Runtime.getRuntime().availableProcessors() * 2));
        } else {
            config.setDriverClassName("org.postgresql.Driver");
            config.setMaximumPoolSize(Math.max(8, Runtime.getRuntime().availableProcessors() * 4));
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the database " + redact(url) + ": " + rootMessage(e), e);
        }
        try {
            Flyway.configure().dataSource(pool).locations(dialect.migrations()).load().migrate();
        } catch (FlywayException e) {
            pool.close();
            throw new StoreException("cannot migrate the database " + redact(url) + ": " + rootMessage(e), e);
        }
        return new Store(pool, dialect);
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Writes analyses; one writer per batch job is enough (SQLite takes one writer at a time). */
    public ArticleWriter writer() {
        return new ArticleWriter(this);
    }

    /** Reads articles, speakers and claims. */
    public Queries queries() {
        return new Queries(this);
    }

    /** Full-text search over quotes and claims. */
    public Searcher searcher() {
        return new Searcher(this);
    }

    Connection connection() {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw new StoreException("cannot get a database connection: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    private static void createParent(String file) {
        Path parent = Path.of(file).toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new StoreException("no such folder for the database file: " + parent, null);
        }
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
