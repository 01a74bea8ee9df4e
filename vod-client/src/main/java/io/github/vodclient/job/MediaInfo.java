package io.github.vodclient.job;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What the pipeline's mediainfo step found in the source file: container, video, audio and text tracks.
 *
 * <p>The pipeline stores this as a JSON string in the job's {@code srcMediainfo} attribute. Its format changed
 * over the solution's versions; this type reads both and normalises them:
 * <ul>
 *   <li>v4.3 and later: durations in <em>seconds</em> (a number such as {@code 21.021}); {@code aspectRatio} a
 *       decimal such as {@code "1.778"}.</li>
 *   <li>v4.0–4.2 (the "legacy" format): durations in <em>milliseconds</em> ({@code 21021}); the container has a
 *       {@code mimeType}; {@code aspectRatio} is a ratio such as {@code "16:9"}.</li>
 * </ul>
 * The unit is decided once per document, by the format, never guessed per value: a document is legacy when its
 * container has a {@code mimeType} or a video track's {@code aspectRatio} contains {@code ':'}; otherwise it is read
 * as v4.3+. (Integer-valued durations alone do not make a document legacy: a v4.3+ source that lasts exactly 10 s
 * is written {@code 10}.) Every number may be written as an integer or a decimal; counts and sizes written as
 * decimals are rounded to the nearest whole number. Fields the pipeline did not write are empty;
 * {@link #rawJson()} keeps the document for fields not modelled here.
 *
 * <pre>{@code
 * MediaInfo info = VodJobs.parseMediaInfo(item.get("srcMediainfo").s());
 * Duration length = info.container().duration().orElseThrow();
 * int height = info.video().get(0).height().orElseThrow();
 * }</pre>
 *
 * @param filename the source key the pipeline analysed ({@code filename})
 * @param container the file as a whole; {@link ContainerInfo#none()} when the document has no container
 * @param video the video tracks, possibly empty
 * @param audio the audio tracks, possibly empty
 * @param text the text tracks, possibly empty
 * @param legacyFormat true when the document is in the v4.0–4.2 format (durations were in milliseconds)
 * @param rawJson the document as stored
 * @since 0.1.0
 */
public record MediaInfo(
        Optional<String> filename,
        ContainerInfo container,
        List<VideoTrack> video,
        List<AudioTrack> audio,
        List<TextTrack> text,
        boolean legacyFormat,
        String rawJson) {

    /**
     * Validates the components and copies the lists.
     *
     * @param filename the analysed key
     * @param container the file as a whole
     * @param video the video tracks
     * @param audio the audio tracks
     * @param text the text tracks
     * @param legacyFormat whether the document is in the v4.0–4.2 format
     * @param rawJson the document as stored
     */
    public MediaInfo {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(container, "container");
        video = List.copyOf(Objects.requireNonNull(video, "video"));
        audio = List.copyOf(Objects.requireNonNull(audio, "audio"));
        text = List.copyOf(Objects.requireNonNull(text, "text"));
        Objects.requireNonNull(rawJson, "rawJson");
    }

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
}
