package org.assay.cli;

import org.assay.store.Store;
import org.assay.store.StoreException;
import picocli.CommandLine.Option;

/** The {@code --db} option the knowledge-base commands share: an SQLite file (default) or a PostgreSQL JDBC URL. */
final class StoreOption {

    @Option(names = "--db", defaultValue = Store.DEFAULT_LOCATION, paramLabel = "FILE|URL",
            description = "SQLite file (default: ${DEFAULT-VALUE}) or jdbc:postgresql://host/db?user=..&password=..")
    String location;

    Store open() {
        try {
            return Store.open(location);
        } catch (StoreException e) {
            throw new UserError(e.getMessage());
        }
    }
}
