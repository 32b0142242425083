package org.assay.verify;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made on first use and kept: the bundled pack's tables are parsed when a claim first needs them, not when
 * Assay starts. Thread-safe: the value is made once even when threads ask for it together.
 */
final class Lazily<T> implements Supplier<T> {

    private final Supplier<T> make;
    private volatile T value;

    Lazily(Supplier<T> make) {
        this.make = Objects.requireNonNull(make, "make");
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = Objects.requireNonNull(make.get(), "made nothing");
                    value = v;
                }
            }
        }
        return v;
    }
}
