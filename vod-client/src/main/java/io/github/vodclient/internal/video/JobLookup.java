package io.github.vodclient.internal.video;

import java.util.Optional;

/** Reads a job's facts by guid (one projected GetItem in production). May throw when the look-up fails. */
@FunctionalInterface
public interface JobLookup {

    /** A look-up that finds nothing: for handlers configured without a table. */
    JobLookup NONE = new JobLookup() {
        @Override
        public Optional<JobFacts> find(String guid) {
            return Optional.empty();
        }

        @Override
        public boolean hasTable() {
            return false;
        }
    };

    Optional<JobFacts> find(String guid);

    /** Whether a job table stands behind this look-up: then the job's {@code startTime} orders every event. */
    default boolean hasTable() {
        return true;
    }
}
