package io.github.vodclient.job;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One text (caption or subtitle) track of the source, from the {@code text} array of the pipeline's media info.
 *
 * @param id the track id as written ({@code id})
 * @param format the caption format, e.g. {@code EIA-608} ({@code format})
 * @param duration the track's play time, normalised from seconds or legacy milliseconds ({@code duration})
 * @param frameCount the number of frames ({@code frameCount})
 * @param captionServiceName the caption service, e.g. {@code CC1} ({@code captionServiceName})
 * @since 0.1.0
 */
public record TextTrack(
        Optional<String> id,
        Optional<String> format,
        Optional<Duration> duration,
        OptionalLong frameCount,
        Optional<String> captionServiceName) {

    /**
     * Validates that no component is null.
     *
     * @param id the track id
     * @param format the caption format
     * @param duration the play time
     * @param frameCount the number of frames
     * @param captionServiceName the caption service
     */
    public TextTrack {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(frameCount, "frameCount");
        Objects.requireNonNull(captionServiceName, "captionServiceName");
    }
}
