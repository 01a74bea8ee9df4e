package io.github.vodclient.internal.video;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reads a job's facts by guid (one projected GetItem in production). May throw when the look-up fails. */
@FunctionalInterface
public interface JobLookup {

    /** A look-up that finds nothing: for handlers configured without a table (see {@link #hasTable()}). */
    JobLookup NONE = guid -> Optional.empty();

    Optional<JobFacts> find(String guid);

    /**
     * Reads the facts of several jobs (one BatchGetItem in production, with its unprocessed-keys retry).
     *
     * @param guids the jobs
     * @return the facts of the jobs found, by guid; a job without an item is absent
     */
    default Map<String, JobFacts> findAll(Collection<String> guids) {
        Map<String, JobFacts> found = new LinkedHashMap<>();
        for (String guid : guids) {
            find(guid).ifPresent(facts -> found.put(guid, facts));
        }
        return found;
    }

    /**
     * Whether a job table stands behind this look-up: then the job's {@code startTime} orders every event. Every
     * look-up but {@link #NONE} has one (a lambda, not an anonymous class, so that it costs no class file).
     */
    default boolean hasTable() {
        return this != NONE;
    }
}
