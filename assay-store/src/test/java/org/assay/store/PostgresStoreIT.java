package org.assay.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The store contract against a real PostgreSQL. The database URL comes from the environment variable (or system
 * property) {@code ASSAY_TEST_PG_URL}, e.g. {@code jdbc:postgresql://127.0.0.1:5432/assay_test?user=assay&password=x};
 * {@code .ci/run} starts Debian's PostgreSQL and sets it. Without it the tests are skipped on a developer's machine and
 * fail in CI ({@code CI=true}).
 */
class PostgresStoreIT extends StoreContract {

    static String url() {
        String url = System.getProperty("ASSAY_TEST_PG_URL", System.getenv("ASSAY_TEST_PG_URL"));
        if (url == null || url.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but ASSAY_TEST_PG_URL is not set: PostgreSQL tests cannot run");
            }
            Assumptions.abort("ASSAY_TEST_PG_URL is not set");
        }
        return url;
    }

    /** Each test starts from an empty schema of its own, so the database's other schemas are never touched. */
    @Override
    protected Store openEmpty() throws Exception {
        String url = url();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS assay_it CASCADE");
            s.execute("CREATE SCHEMA assay_it");
        }
        return Store.open(url + (url.contains("?") ? "&" : "?") + "currentSchema=assay_it");
    }

    @Test
    void aJdbcUrlOpensAPostgresStore() {
        assertThat(store.dialect()).isEqualTo(Dialect.POSTGRESQL);
    }
}
