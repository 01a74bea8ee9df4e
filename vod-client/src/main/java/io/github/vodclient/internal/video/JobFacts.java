package io.github.vodclient.internal.video;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** What the handler needs from a job's table item: where its source is, when it started, the source's media. */
public record JobFacts(Optional<String> srcVideo, Optional<Instant> startTime, Optional<Duration> duration,
        OptionalInt width, OptionalInt height) {

    public JobFacts {
        Objects.requireNonNull(srcVideo, "srcVideo");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(width, "width");
        Objects.requireNonNull(height, "height");
    }
}
