package io.github.vodclient.internal.client;

import java.util.function.Supplier;

/** A value created on first use, once, by one thread, and closed with its owner if it was created. */
final class Lazy<T extends AutoCloseable> {
    private final Supplier<T> factory;
    private volatile T value;
    private volatile boolean closed;

    Lazy(Supplier<T> factory) {
        this.factory = factory;
    }

    T get() {
        if (closed) {
            throw new IllegalStateException("this VodClient is closed");
        }
        T v = value;
        if (v != null) {
            return v;
        }
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("this VodClient is closed");
            }
            if (value == null) {
                value = factory.get();
            }
            return value;
        }
    }

    synchronized void close() throws Exception {
        closed = true;
        if (value != null) {
            value.close();
        }
    }
}
