package io.github.vodclient.event;

import io.github.vodclient.internal.Summaries;
import io.github.vodclient.job.MediaInfo;
import io.github.vodclient.sns.SnsMessage;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A job finished encoding ({@code "workflowStatus": "Complete"}): where to play it, and how it was made.
 *
 * <p>The source's media info (duration, dimensions, codecs) is not in an SNS message; it is in the job's table item.
 * Only the body of the solution's own SQS queue (stack option EnableSqs) carries it, as {@link #mediaInfo()}.
 *
 * @param guid the job's id
 * @param rawStatus the status as written, normally {@code "Complete"}
 * @param srcVideo the source object's key ({@code srcVideo}), present in every message of the solution
 * @param srcBucket the source bucket ({@code srcBucket})
 * @param startTime when the workflow started ({@code startTime}); ISO-8601 and the v4 format
 *     {@code YYYY-MM-DD HH:mm.S} are read, a value in another format is reported as absent (it stays in the raw
 *     message) rather than failing the whole event
 * @param endTime when it finished ({@code endTime}; legacy {@code EndTime}), read like {@code startTime}
 * @param playback the playback URLs and thumbnails
 * @param workflow how the job ran
 * @param custom the custom metadata: every top-level key that is not one of the pipeline's own (for a metadata
 *     file's {@code Title}, the key {@code title}), as plain Java values — {@code String}, {@code Boolean},
 *     {@code Integer}/{@code Long}/{@code BigInteger}, {@code Double}, {@code List}, {@code Map}, or
 *     {@code null} for JSON null — in the order received; unmodifiable
 * @param mediaInfo the source's media info, when the message carries {@code srcMediainfo} (only the body of the
 *     solution's own SQS queue does); absent too when that value cannot be read (it stays in the raw message)
 * @param sns the SNS envelope, when there was one
 * @param rawMessage the message as received
 * @since 0.1.0
 */
public record CompleteEvent(
        String guid,
        String rawStatus,
        Optional<String> srcVideo,
        Optional<String> srcBucket,
        Optional<Instant> startTime,
        Optional<Instant> endTime,
        PlaybackUrls playback,
        WorkflowDetails workflow,
        Map<String, Object> custom,
        Optional<MediaInfo> mediaInfo,
        Optional<SnsMessage> sns,
        String rawMessage) implements WorkflowEvent {

    /**
     * Validates that no component is null and copies the custom metadata.
     *
     * @param guid the job id
     * @param rawStatus the status as written
     * @param srcVideo the source key
     * @param srcBucket the source bucket
     * @param startTime when the workflow started
     * @param endTime when it finished
     * @param playback the playback URLs
     * @param workflow how the job ran
     * @param custom the custom metadata
     * @param mediaInfo the media info the message carries
     * @param sns the SNS envelope
     * @param rawMessage the message as received
     */
    public CompleteEvent {
        Objects.requireNonNull(guid, "guid");
        Objects.requireNonNull(rawStatus, "rawStatus");
        Objects.requireNonNull(srcVideo, "srcVideo");
        Objects.requireNonNull(srcBucket, "srcBucket");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(endTime, "endTime");
        Objects.requireNonNull(playback, "playback");
        Objects.requireNonNull(workflow, "workflow");
        Objects.requireNonNull(custom, "custom");
        Objects.requireNonNull(mediaInfo, "mediaInfo");
        Objects.requireNonNull(sns, "sns");
        Objects.requireNonNull(rawMessage, "rawMessage");
        // JSON null is a legitimate custom value, so Map.copyOf (which rejects nulls) is not used.
        custom = custom.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(custom));
    }

    /**
     * Always {@link EncodingStatus#COMPLETE}.
     *
     * @return {@link EncodingStatus#COMPLETE}
     */
    @Override
    public EncodingStatus status() {
        return EncodingStatus.COMPLETE;
    }

    /**
     * One short line: guid, source key, end time, which playback outputs exist, the custom keys, SNS message id and
     * the raw message's length (URLs, values and the message itself through the accessors).
     *
     * @return the summary
     */
    @Override
    public String toString() {
        return "CompleteEvent[guid=" + Summaries.clip(guid) + ", srcVideo=" + Summaries.clip(srcVideo)
                + ", endTime=" + endTime.map(Instant::toString).orElse("none")
                + ", playback=" + Summaries.playback(playback) + ", custom=" + Summaries.clip(custom.keySet().toString())
                + Summaries.tail(sns, rawMessage);
    }
}
