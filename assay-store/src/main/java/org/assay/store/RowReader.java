package org.assay.store;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Turns the current row into a value. */
@FunctionalInterface
interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
}
