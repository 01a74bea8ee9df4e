package io.github.vodclient.benchmarks.load;

import io.github.vodclient.event.EncodingStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/** A videos store under load: how consumers reach it, a fresh start per run, and the end state of a video. */
interface Store extends AutoCloseable {

    /** What a video ended as. */
    record Observed(EncodingStatus status, Optional<String> jobGuid, Optional<Instant> jobStartedAt,
            Optional<String> hlsUrl) {
    }

    String name();

    /** The consumer's STORE argument for the current run. */
    String consumerArgument();

    /** Empties the store and creates the videos, NEW. */
    void reset(Collection<DeliveryStream.Expected> videos);

    Optional<Observed> read(String videoId);

    /** Stops and starts the database server, keeping its data (the fault run). */
    default void restart() {
        throw new UnsupportedOperationException(name() + " has no restart");
    }

    @Override
    void close();
}
