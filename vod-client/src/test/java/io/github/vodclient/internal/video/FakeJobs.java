package io.github.vodclient.internal.video;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** The job table as the handler sees it, in memory, counting look-ups. */
final class FakeJobs implements JobLookup {
    private final Map<String, JobFacts> jobs = new HashMap<>();
    int lookups;
    RuntimeException failure;

    void add(String guid, String sourceKey, Instant started) {
        jobs.put(guid, new JobFacts(Optional.of(sourceKey), Optional.of(started),
                Optional.of(Duration.ofMillis(21_021)), OptionalInt.of(1920), OptionalInt.of(1080)));
    }

    /** A job whose item has no {@code srcMediainfo}. */
    void addWithoutMedia(String guid, String sourceKey, Instant started) {
        jobs.put(guid, new JobFacts(Optional.of(sourceKey), Optional.of(started), Optional.empty(),
                OptionalInt.empty(), OptionalInt.empty()));
    }

    @Override
    public Optional<JobFacts> find(String guid) {
        lookups++;
        if (failure != null) {
            throw failure;
        }
        return Optional.ofNullable(jobs.get(guid));
    }
}
