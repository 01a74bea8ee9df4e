package io.github.vodclient.internal;

import io.github.vodclient.VodException;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The one holder of "the caller's value or ours": the caller's is used as it is and never closed; ours is created
 * on first use, once, by one thread, and closed by {@link #close()} if it was created. A creation that throws is
 * remembered and thrown again, so that a client that cannot be built (no region) fails at once on every later call
 * instead of trying again for seconds. After {@link #close()}, {@link #get()} throws {@link IllegalStateException}
 * naming the owner, whoever's value it holds. Thread-safe; {@link #get()} takes no lock once the value exists.
 *
 * @param <T> the value, closed with its owner when it is {@link AutoCloseable} and ours
 */
public final class Lazy<T> implements AutoCloseable {
    private final String owner;
    private final Supplier<? extends T> factory;
    private final boolean ours;
    private volatile T value;
    private volatile boolean closed;
    private RuntimeException failure;

    private Lazy(String owner, T callers, Supplier<? extends T> factory) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.value = callers;
        this.factory = factory;
        this.ours = callers == null;
    }

    /**
     * The caller's value when there is one, otherwise ours, created on first use.
     *
     * @param owner what the value belongs to, for messages, such as {@code "VodUploads"}
     * @param callers the caller's value, or {@code null}
     * @param factory creates ours
     * @param <T> the value
     * @return the holder
     */
    public static <T> Lazy<T> of(String owner, T callers, Supplier<? extends T> factory) {
        return new Lazy<>(owner, callers, callers != null ? null : Objects.requireNonNull(factory, "factory"));
    }

    /**
     * Ours, created on first use.
     *
     * @param owner what the value belongs to, for messages
     * @param factory creates it
     * @param <T> the value
     * @return the holder
     */
    public static <T> Lazy<T> of(String owner, Supplier<? extends T> factory) {
        return of(owner, null, factory);
    }

    /**
     * The value, created if need be.
     *
     * @return the value
     * @throws IllegalStateException when the owner is closed
     */
    public T get() {
        T v = value;
        if (v != null && !closed) {
            return v;
        }
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("this " + owner + " is closed");
            }
            if (failure != null) {
                throw failure;
            }
            if (value == null) {
                try {
                    value = Objects.requireNonNull(factory.get(), "created value");
                } catch (RuntimeException e) {
                    failure = e;
                    throw e;
                }
            }
            return value;
        }
    }

    /** Whether {@link #get()} returns the caller's value. */
    public boolean isCallers() {
        return !ours;
    }

    /**
     * Closes our value if it was created; later {@link #get()} calls throw. Idempotent.
     *
     * @throws VodException when closing our value throws a checked exception
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (ours && value instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new VodException("closing the " + owner + "'s " + value.getClass().getSimpleName()
                        + " failed", e);
            }
        }
    }
}
