package io.github.vodclient.job;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One audio track of the source, from the {@code audio} array of the pipeline's media info.
 *
 * @param codec the codec, e.g. {@code AAC} ({@code codec})
 * @param profile the codec profile ({@code profile})
 * @param bitrate bits per second ({@code bitrate})
 * @param bitrateMode {@code CBR} or {@code VBR} ({@code bitrateMode})
 * @param duration the track's play time, normalised from seconds or legacy milliseconds ({@code duration})
 * @param frameCount the number of audio frames ({@code frameCount})
 * @param channels the number of channels ({@code channels})
 * @param samplingRate samples per second, e.g. 48000 ({@code samplingRate})
 * @param language the language as written, e.g. {@code en} ({@code language})
 * @since 0.1.0
 */
public record AudioTrack(
        Optional<String> codec,
        Optional<String> profile,
        OptionalLong bitrate,
        Optional<String> bitrateMode,
        Optional<Duration> duration,
        OptionalLong frameCount,
        OptionalInt channels,
        OptionalInt samplingRate,
        Optional<String> language) {

    /**
     * Validates that no component is null.
     *
     * @param codec the codec
     * @param profile the codec profile
     * @param bitrate bits per second
     * @param bitrateMode the bitrate mode
     * @param duration the play time
     * @param frameCount the number of audio frames
     * @param channels the number of channels
     * @param samplingRate samples per second
     * @param language the language
     */
    public AudioTrack {
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(bitrate, "bitrate");
        Objects.requireNonNull(bitrateMode, "bitrateMode");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(frameCount, "frameCount");
        Objects.requireNonNull(channels, "channels");
        Objects.requireNonNull(samplingRate, "samplingRate");
        Objects.requireNonNull(language, "language");
    }
}
