package io.github.vodclient.internal.video;

import java.util.Optional;

/** Reads a job's facts by guid (one projected GetItem in production). May throw when the look-up fails. */
@FunctionalInterface
public interface JobLookup {

    /** A look-up that finds nothing: for handlers configured without a table. */
    JobLookup NONE = guid -> Optional.empty();

    Optional<JobFacts> find(String guid);
}
