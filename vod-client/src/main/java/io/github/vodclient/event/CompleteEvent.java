package io.github.vodclient.event;

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
     * Not for application code: this constructor changes whenever the pipeline adds a field the library models;
     * use {@link #builder()}, whose existing setters stay.
     *
     * <p>Validates that no component is null and copies the custom metadata.
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

    /**
     * A builder, the construction path that survives new components:
     * for tests that feed events to their own code or to {@code VodClient.handle(VodEvent)}.
     *
     * <pre>{@code
     * CompleteEvent complete = CompleteEvent.builder().guid("6e1b9e46-...").srcVideo("uploads/clip.mp4")
     *         .startTime(Instant.parse("2025-09-01T12:00:01Z")).build();
     * }</pre>
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link CompleteEvent} field by field; a component not set is empty (or its documented default). Not
     * thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private String guid;
        private String rawStatus = "Complete";
        private Optional<String> srcVideo = Optional.empty();
        private Optional<String> srcBucket = Optional.empty();
        private Optional<Instant> startTime = Optional.empty();
        private Optional<Instant> endTime = Optional.empty();
        private PlaybackUrls playback = PlaybackUrls.none();
        private WorkflowDetails workflow = WorkflowDetails.none();
        private Map<String, Object> custom = Map.of();
        private Optional<MediaInfo> mediaInfo = Optional.empty();
        private Optional<SnsMessage> sns = Optional.empty();
        private String rawMessage = "";

        private Builder() {
        }

        /**
         * Sets {@link CompleteEvent#guid()}.
         *
         * @param guid the job id; required
         * @return this builder
         */
        public Builder guid(String guid) {
            this.guid = Objects.requireNonNull(guid, "guid");
            return this;
        }

        /**
         * Sets {@link CompleteEvent#rawStatus()}.
         *
         * @param rawStatus the status as written; default {@code Complete}
         * @return this builder
         */
        public Builder rawStatus(String rawStatus) {
            this.rawStatus = Objects.requireNonNull(rawStatus, "rawStatus");
            return this;
        }

        /**
         * Sets {@link CompleteEvent#srcVideo()}.
         *
         * @param srcVideo the source key
         * @return this builder
         */
        public Builder srcVideo(String srcVideo) {
            this.srcVideo = Optional.of(Objects.requireNonNull(srcVideo, "srcVideo"));
            return this;
        }

        /**
         * Sets {@link CompleteEvent#srcBucket()}.
         *
         * @param srcBucket the source bucket
         * @return this builder
         */
        public Builder srcBucket(String srcBucket) {
            this.srcBucket = Optional.of(Objects.requireNonNull(srcBucket, "srcBucket"));
            return this;
        }

        /**
         * Sets {@link CompleteEvent#startTime()}.
         *
         * @param startTime when the workflow started
         * @return this builder
         */
        public Builder startTime(Instant startTime) {
            this.startTime = Optional.of(Objects.requireNonNull(startTime, "startTime"));
            return this;
        }

        /**
         * Sets {@link CompleteEvent#endTime()}.
         *
         * @param endTime when it finished
         * @return this builder
         */
        public Builder endTime(Instant endTime) {
            this.endTime = Optional.of(Objects.requireNonNull(endTime, "endTime"));
            return this;
        }

        /**
         * Sets {@link CompleteEvent#playback()}.
         *
         * @param playback the playback URLs; default none
         * @return this builder
         */
        public Builder playback(PlaybackUrls playback) {
            this.playback = Objects.requireNonNull(playback, "playback");
            return this;
        }

        /**
         * Sets {@link CompleteEvent#workflow()}.
         *
         * @param workflow how the job ran; default none
         * @return this builder
         */
        public Builder workflow(WorkflowDetails workflow) {
            this.workflow = Objects.requireNonNull(workflow, "workflow");
            return this;
        }

        /**
         * Sets {@link CompleteEvent#custom()}.
         *
         * @param custom the custom metadata; default none
         * @return this builder
         */
        public Builder custom(Map<String, Object> custom) {
            this.custom = Objects.requireNonNull(custom, "custom");
            return this;
        }

        /**
         * Sets {@link CompleteEvent#mediaInfo()}.
         *
         * @param mediaInfo the media info the message carries
         * @return this builder
         */
        public Builder mediaInfo(MediaInfo mediaInfo) {
            this.mediaInfo = Optional.of(Objects.requireNonNull(mediaInfo, "mediaInfo"));
            return this;
        }

        /**
         * Sets {@link CompleteEvent#sns()}.
         *
         * @param sns the SNS envelope's message
         * @return this builder
         */
        public Builder sns(SnsMessage sns) {
            this.sns = Optional.of(Objects.requireNonNull(sns, "sns"));
            return this;
        }

        /**
         * Sets {@link CompleteEvent#rawMessage()}.
         *
         * @param rawMessage the message as received; default empty
         * @return this builder
         */
        public Builder rawMessage(String rawMessage) {
            this.rawMessage = Objects.requireNonNull(rawMessage, "rawMessage");
            return this;
        }

        /**
         * Builds the completeEvent. Fails when the guid is not set.
         *
         * @return a new CompleteEvent
         */
        public CompleteEvent build() {
            return new CompleteEvent(guid, rawStatus, srcVideo, srcBucket, startTime, endTime, playback, workflow,
                    custom, mediaInfo, sns, rawMessage);
        }
    }
}
