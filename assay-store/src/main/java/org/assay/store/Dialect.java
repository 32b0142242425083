package org.assay.store;

/** The two databases the store speaks: one schema, written once per dialect where SQL differs (ids, full text). */
public enum Dialect {
    SQLITE("classpath:db/migration/sqlite"),
    POSTGRESQL("classpath:db/migration/postgresql");

    private final String migrations;

    Dialect(String migrations) {
        this.migrations = migrations;
    }

    /** Where this dialect's Flyway migrations live. */
    String migrations() {
        return migrations;
    }

    /** The dialect of a JDBC URL; anything else than {@code jdbc:sqlite:} or {@code jdbc:postgresql:} is refused. */
    static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new StoreException("unsupported database URL (want a file path, jdbc:sqlite:... or jdbc:postgresql:...): "
                + jdbcUrl, null);
    }
}
