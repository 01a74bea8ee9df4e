package io.github.vodclient.job;

import io.github.vodclient.internal.job.MediaInfoReader;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 * MediaInfo info = MediaInfo.parse(item.get("srcMediainfo").s());
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
     * Parses the pipeline's {@code srcMediainfo} string (either format), without any look-up.
     *
     * <pre>{@code
     * MediaInfo info = MediaInfo.parse(srcMediainfo);
     * info.container().duration();  // Optional[PT21.021S], from 21.021 (v4.3+) or 21021 (v4.0-4.2)
     * }</pre>
     *
     * @param srcMediainfoJson the JSON document, as stored in the table item
     * @return the typed media info
     * @throws io.github.vodclient.VodParseException when the text is not JSON or a field has an unusable value;
     *     the message names the field, e.g. {@code srcMediainfo.video[0].width}
     */
    public static MediaInfo parse(String srcMediainfoJson) {
        return MediaInfoReader.parse(srcMediainfoJson, "srcMediainfo");
    }

    /**
     * Reads the media info from a message body of the solution's own SQS queue (stack option EnableSqs), which
     * carries the whole final workflow state, {@code srcMediainfo} included: no table look-up is needed.
     *
     * <pre>{@code
     * for (SQSEvent.SQSMessage m : event.getRecords()) {
     *     MediaInfo info = MediaInfo.fromSqsBody(m.getBody());
     * }
     * }</pre>
     *
     * @param sqsBody the SQS message body, the workflow state as JSON
     * @return the media info, or empty when the body has no {@code srcMediainfo}
     * @throws io.github.vodclient.VodParseException when the body or its {@code srcMediainfo} is malformed
     */
    public static Optional<MediaInfo> fromSqsBody(String sqsBody) {
        return VodJobs.fromSqsBody(sqsBody).mediaInfo();
    }
}
