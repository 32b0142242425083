package org.assay.verify;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

/** A dataset's rows, read from its table on first use (see {@link Lazily}). Immutable once read. */
final class LazyRows extends AbstractList<Row> {

    private final Lazily<List<Row>> rows;

    LazyRows(Supplier<List<Row>> read) {
        this.rows = new Lazily<>(() -> List.copyOf(read.get()));
    }

    @Override
    public Row get(int index) {
        return rows.get().get(index);
    }

    @Override
    public int size() {
        return rows.get().size();
    }

    @Override
    public java.util.Iterator<Row> iterator() {
        return rows.get().iterator();
    }

    @Override
    public java.util.stream.Stream<Row> stream() {
        return rows.get().stream();
    }
}
