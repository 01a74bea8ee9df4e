package io.github.vodclient.video;

/**
 * Hears the result of every handled event, for metrics and logs.
 *
 * <p>Contract, as for OkHttp's {@code EventListener}: called on the handling thread after each event, so it must
 * be fast and must not block; it must not throw (an exception it throws is logged and ignored, never changes the
 * result); it must be thread-safe when the handler is shared by threads.
 *
 * <pre>{@code
 * HandleListener metrics = result -> registry.counter("vod.events", "outcome", result.outcome().name()).increment();
 * }</pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface HandleListener {

    /** A listener that does nothing. */
    HandleListener NONE = result -> { };

    /**
     * Called once for each handled event.
     *
     * @param result what handling the event did
     */
    void onResult(HandleResult result);
}
