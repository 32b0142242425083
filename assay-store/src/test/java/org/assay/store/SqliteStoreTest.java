package org.assay.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest extends StoreContract {

    @TempDir
    Path dir;

    @Override
    protected Store openEmpty() {
        return Store.open(dir.resolve("kb.db").toString());
    }

    @Test
    void aFilePathOpensAnSqliteStoreThatKeepsItsDataAcrossOpens() {
        store.writer().save(Fixtures.bus(), "v1");
        store.close();
        store = Store.open(dir.resolve("kb.db").toString());
        assertThat(store.dialect()).isEqualTo(Dialect.SQLITE);
        assertThat(store.queries().articleCount()).isEqualTo(1);
    }

    @Test
    void aFileInAMissingFolderIsAClearError() {
        assertThatThrownBy(() -> Store.open(dir.resolve("nope/kb.db").toString()))
                .isInstanceOf(StoreException.class).hasMessageContaining("no such folder");
    }

    @Test
    void anUnknownDatabaseUrlIsRefused() {
        assertThatThrownBy(() -> Store.open("jdbc:mysql://localhost/x"))
                .isInstanceOf(StoreException.class).hasMessageContaining("unsupported database URL");
    }

    @Test
    void searchWordsBecomeQuotedFtsTermsSoOperatorsCannotBreakTheQuery() {
        assertThat(Searcher.ftsExpression("rare-earth \"NEAR\" OR *")).isEqualTo("\"rare\" \"earth\" \"NEAR\" \"OR\"");
        assertThat(Searcher.ftsExpression("  ?! ")).isNull();
    }
}
