package org.assay.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A statement built piece by piece, each piece with its own parameters, so text and parameters stay in step. */
final class Sql {

    final StringBuilder text;
    final List<Object> params = new ArrayList<>();

    Sql(String start) {
        this.text = new StringBuilder(start);
    }

    Sql append(String fragment, Object... values) {
        text.append(fragment);
        params.addAll(Arrays.asList(values));
        return this;
    }

    void bind(PreparedStatement ps) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }
}
