package io.github.vodclient.job;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The source file as a whole, from the {@code container} object of the pipeline's media info.
 *
 * @param format the container format, e.g. {@code MPEG-4} ({@code format})
 * @param fileSize the file's size in bytes ({@code fileSize})
 * @param duration the play time, normalised from seconds or legacy milliseconds ({@code duration})
 * @param totalBitrate the overall bitrate in bits per second ({@code totalBitrate})
 * @since 0.1.0
 */
public record ContainerInfo(
        Optional<String> format,
        OptionalLong fileSize,
        Optional<Duration> duration,
        OptionalLong totalBitrate) {

    private static final ContainerInfo NONE =
            new ContainerInfo(Optional.empty(), OptionalLong.empty(), Optional.empty(), OptionalLong.empty());

    /**
     * Validates that no component is null.
     *
     * @param format the container format
     * @param fileSize the size in bytes
     * @param duration the play time
     * @param totalBitrate the overall bitrate
     */
    public ContainerInfo {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(fileSize, "fileSize");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(totalBitrate, "totalBitrate");
    }

    /**
     * No container information (the media info had no {@code container} object).
     *
     * @return the empty instance
     */
    public static ContainerInfo none() {
        return NONE;
    }
}
