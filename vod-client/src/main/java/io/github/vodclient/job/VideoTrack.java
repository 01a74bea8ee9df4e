package io.github.vodclient.job;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One video track of the source, from the {@code video} array of the pipeline's media info.
 *
 * @param codec the codec, e.g. {@code AVC} ({@code codec})
 * @param profile the codec profile, e.g. {@code High@L4} ({@code profile})
 * @param bitrate bits per second ({@code bitrate})
 * @param duration the track's play time, normalised from seconds or legacy milliseconds ({@code duration})
 * @param frameCount the number of frames ({@code frameCount})
 * @param width the width in pixels ({@code width})
 * @param height the height in pixels ({@code height})
 * @param frameRate frames per second, e.g. 29.97 ({@code framerate})
 * @param scanType e.g. {@code Progressive} ({@code scanType})
 * @param aspectRatio the display aspect ratio as written: a decimal such as {@code "1.778"} (v4.3+) or a ratio
 *     such as {@code "16:9"} (v4.0–4.2) ({@code aspectRatio})
 * @param bitDepth bits per sample ({@code bitDepth})
 * @param colorSpace e.g. {@code YUV 4:2:0}; empty when absent or written as the pipeline's {@code "None None"},
 *     which means unknown ({@code colorSpace})
 * @since 0.1.0
 */
public record VideoTrack(
        Optional<String> codec,
        Optional<String> profile,
        OptionalLong bitrate,
        Optional<Duration> duration,
        OptionalLong frameCount,
        OptionalInt width,
        OptionalInt height,
        OptionalDouble frameRate,
        Optional<String> scanType,
        Optional<String> aspectRatio,
        OptionalInt bitDepth,
        Optional<String> colorSpace) {

    /**
     * Validates that no component is null.
     *
     * @param codec the codec
     * @param profile the codec profile
     * @param bitrate bits per second
     * @param duration the play time
     * @param frameCount the number of frames
     * @param width the width in pixels
     * @param height the height in pixels
     * @param frameRate frames per second
     * @param scanType the scan type
     * @param aspectRatio the display aspect ratio as written
     * @param bitDepth bits per sample
     * @param colorSpace the colour space, empty when unknown
     */
    public VideoTrack {
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(bitrate, "bitrate");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(frameCount, "frameCount");
        Objects.requireNonNull(width, "width");
        Objects.requireNonNull(height, "height");
        Objects.requireNonNull(frameRate, "frameRate");
        Objects.requireNonNull(scanType, "scanType");
        Objects.requireNonNull(aspectRatio, "aspectRatio");
        Objects.requireNonNull(bitDepth, "bitDepth");
        Objects.requireNonNull(colorSpace, "colorSpace");
    }
}
