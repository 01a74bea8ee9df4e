package io.github.vodclient.internal.video;

import io.github.vodclient.job.MediaInfo.VideoTrack;
import io.github.vodclient.job.MediaInfo;
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

    /** The facts of a job whose media info, if any, is given: duration of the file, size of its first video track. */
    public static JobFacts of(Optional<String> srcVideo, Optional<Instant> startTime, Optional<MediaInfo> media) {
        Optional<VideoTrack> video = media.flatMap(m -> m.video().stream().findFirst());
        return new JobFacts(srcVideo, startTime, media.flatMap(m -> m.container().duration()),
                video.map(VideoTrack::width).orElse(OptionalInt.empty()),
                video.map(VideoTrack::height).orElse(OptionalInt.empty()));
    }

    /** Whether the facts hold any of the source's media info. */
    boolean hasMedia() {
        return duration.isPresent() || width.isPresent() || height.isPresent();
    }
}
