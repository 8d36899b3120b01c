package org.partnershipatlas.analytics;

import java.util.function.Supplier;

/** A value computed once, on first use, safely under concurrent first uses (double-checked locking). */
final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> compute;
    private volatile T value;

    Lazy(Supplier<T> compute) {
        this.compute = compute;
    }

    /** Whether the value has been computed (without computing it). */
    boolean isDone() {
        return value != null;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = compute.get();
                    value = v;
                }
            }
        }
        return v;
    }
}
