package io.github.vodclient.job;

import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.event.PlaybackUrls;
import io.github.vodclient.event.WorkflowDetails;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One job of the pipeline as its DynamoDB table records it: status, source, playback URLs, workflow settings,
 * error details and the source's media info.
 *
 * <p>Playback URLs and workflow settings use the same types as {@link io.github.vodclient.event.CompleteEvent}, read
 * by the same rules (legacy names such as {@code EndTime}, {@code ecodeJobId} and {@code thumbNailUrl}, and every
 * time format the pipeline has written), so an application handles events and jobs alike. The item's large
 * {@code encodingJob} and {@code encodingOutput} maps are not modelled.
 *
 * <pre>{@code
 * try (VodJobs jobs = VodJobs.builder().tableName("vod-stack").build()) {
 *     VodJob job = jobs.find(event.guid()).orElseThrow();
 *     Duration length = job.mediaInfo().flatMap(m -> m.container().duration()).orElse(Duration.ZERO);
 * }
 * }</pre>
 *
 * @param guid the job's id (the table's partition key)
 * @param status the status ({@code workflowStatus}), mapped by {@link EncodingStatus#fromWire(String)}; empty when
 *     the item has none or an unknown value
 * @param rawStatus {@code workflowStatus} as written
 * @param srcVideo the source object's key ({@code srcVideo})
 * @param srcBucket the source bucket ({@code srcBucket})
 * @param startTime when the workflow started ({@code startTime})
 * @param endTime when it finished ({@code endTime}; legacy {@code EndTime})
 * @param playback the playback URLs, thumbnails and MediaPackage endpoints; {@link PlaybackUrls#none()} until the
 *     job completes
 * @param workflow how the job ran (trigger, workflow name, buckets, CloudFront domain, job template, MediaConvert
 *     job id, encoding profile, source size, archive setting, frame capture)
 * @param errorAt where the job failed ({@code workflowErrorAt}): a Lambda's name, or {@code Encoding}
 * @param errorMessage what failed ({@code errorMessage}); for a MediaConvert failure the whole MediaConvert event
 *     as a JSON string
 * @param errorDetails a console URL with details ({@code errorDetails})
 * @param mediaInfo the source's media info ({@code srcMediainfo}), once the pipeline has analysed the source
 * @param custom custom metadata from a metadata file, as plain Java values ({@code String}, {@code Boolean},
 *     {@code Integer}/{@code Long}/{@code BigInteger}, {@code Double}, {@code List}, {@code Map}, or {@code null});
 *     only the keys the reader asked for (see {@link VodJobs.Builder#customMetadataKeys}) or, for
 *     {@link VodJobs#fromSqsBody(String)}, every key that is not the pipeline's own; unmodifiable
 * @since 0.1.0
 */
public record VodJob(
        String guid,
        Optional<EncodingStatus> status,
        Optional<String> rawStatus,
        Optional<String> srcVideo,
        Optional<String> srcBucket,
        Optional<Instant> startTime,
        Optional<Instant> endTime,
        PlaybackUrls playback,
        WorkflowDetails workflow,
        Optional<String> errorAt,
        Optional<String> errorMessage,
        Optional<String> errorDetails,
        Optional<MediaInfo> mediaInfo,
        Map<String, Object> custom) {

    /**
     * Not for application code: this constructor changes whenever the pipeline adds a field the library models;
     * use {@link #builder()}, whose existing setters stay.
     *
     * <p>Validates that no component is null and copies the custom metadata.
     *
     * @param guid the job id
     * @param status the status
     * @param rawStatus the status as written
     * @param srcVideo the source key
     * @param srcBucket the source bucket
     * @param startTime when the workflow started
     * @param endTime when it finished
     * @param playback the playback URLs
     * @param workflow how the job ran
     * @param errorAt where it failed
     * @param errorMessage what failed
     * @param errorDetails a console URL
     * @param mediaInfo the source's media info
     * @param custom the custom metadata
     */
    public VodJob {
        Objects.requireNonNull(guid, "guid");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(rawStatus, "rawStatus");
        Objects.requireNonNull(srcVideo, "srcVideo");
        Objects.requireNonNull(srcBucket, "srcBucket");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(endTime, "endTime");
        Objects.requireNonNull(playback, "playback");
        Objects.requireNonNull(workflow, "workflow");
        Objects.requireNonNull(errorAt, "errorAt");
        Objects.requireNonNull(errorMessage, "errorMessage");
        Objects.requireNonNull(errorDetails, "errorDetails");
        Objects.requireNonNull(mediaInfo, "mediaInfo");
        Objects.requireNonNull(custom, "custom");
        // LinkedHashMap, not Map.copyOf: custom values may be JSON null and the order is the item's.
        custom = custom.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(custom));
    }

    /**
     * Tells whether the pipeline is done with this job.
     *
     * @return true when the status is {@link EncodingStatus#COMPLETE} or {@link EncodingStatus#ERROR}
     */
    public boolean isTerminal() {
        return status.map(EncodingStatus::isTerminal).orElse(false);
    }

    /**
     * A builder, the construction path that survives new components:
     * for tests and in-memory stand-ins of {@link VodJobs}.
     *
     * <pre>{@code
     * VodJob job = VodJob.builder().guid("6e1b9e46-...").status(EncodingStatus.COMPLETE).srcVideo("uploads/clip.mp4")
     *         .build();
     * }</pre>
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link VodJob} field by field; a component not set is empty (or its documented default). Not
     * thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private String guid;
        private Optional<EncodingStatus> status = Optional.empty();
        private Optional<String> rawStatus = Optional.empty();
        private Optional<String> srcVideo = Optional.empty();
        private Optional<String> srcBucket = Optional.empty();
        private Optional<Instant> startTime = Optional.empty();
        private Optional<Instant> endTime = Optional.empty();
        private PlaybackUrls playback = PlaybackUrls.none();
        private WorkflowDetails workflow = WorkflowDetails.none();
        private Optional<String> errorAt = Optional.empty();
        private Optional<String> errorMessage = Optional.empty();
        private Optional<String> errorDetails = Optional.empty();
        private Optional<MediaInfo> mediaInfo = Optional.empty();
        private Map<String, Object> custom = Map.of();

        private Builder() {
        }

        /**
         * Sets {@link VodJob#guid()}.
         *
         * @param guid the job id; required
         * @return this builder
         */
        public Builder guid(String guid) {
            this.guid = Objects.requireNonNull(guid, "guid");
            return this;
        }

        /**
         * Sets {@link VodJob#status()}.
         *
         * @param status the status
         * @return this builder
         */
        public Builder status(EncodingStatus status) {
            this.status = Optional.of(Objects.requireNonNull(status, "status"));
            return this;
        }

        /**
         * Sets {@link VodJob#rawStatus()}.
         *
         * @param rawStatus the status as written
         * @return this builder
         */
        public Builder rawStatus(String rawStatus) {
            this.rawStatus = Optional.of(Objects.requireNonNull(rawStatus, "rawStatus"));
            return this;
        }

        /**
         * Sets {@link VodJob#srcVideo()}.
         *
         * @param srcVideo the source key
         * @return this builder
         */
        public Builder srcVideo(String srcVideo) {
            this.srcVideo = Optional.of(Objects.requireNonNull(srcVideo, "srcVideo"));
            return this;
        }

        /**
         * Sets {@link VodJob#srcBucket()}.
         *
         * @param srcBucket the source bucket
         * @return this builder
         */
        public Builder srcBucket(String srcBucket) {
            this.srcBucket = Optional.of(Objects.requireNonNull(srcBucket, "srcBucket"));
            return this;
        }

        /**
         * Sets {@link VodJob#startTime()}.
         *
         * @param startTime when the workflow started
         * @return this builder
         */
        public Builder startTime(Instant startTime) {
            this.startTime = Optional.of(Objects.requireNonNull(startTime, "startTime"));
            return this;
        }

        /**
         * Sets {@link VodJob#endTime()}.
         *
         * @param endTime when it finished
         * @return this builder
         */
        public Builder endTime(Instant endTime) {
            this.endTime = Optional.of(Objects.requireNonNull(endTime, "endTime"));
            return this;
        }

        /**
         * Sets {@link VodJob#playback()}.
         *
         * @param playback the playback URLs; default none
         * @return this builder
         */
        public Builder playback(PlaybackUrls playback) {
            this.playback = Objects.requireNonNull(playback, "playback");
            return this;
        }

        /**
         * Sets {@link VodJob#workflow()}.
         *
         * @param workflow how the job ran; default none
         * @return this builder
         */
        public Builder workflow(WorkflowDetails workflow) {
            this.workflow = Objects.requireNonNull(workflow, "workflow");
            return this;
        }

        /**
         * Sets {@link VodJob#errorAt()}.
         *
         * @param errorAt where it failed
         * @return this builder
         */
        public Builder errorAt(String errorAt) {
            this.errorAt = Optional.of(Objects.requireNonNull(errorAt, "errorAt"));
            return this;
        }

        /**
         * Sets {@link VodJob#errorMessage()}.
         *
         * @param errorMessage what failed
         * @return this builder
         */
        public Builder errorMessage(String errorMessage) {
            this.errorMessage = Optional.of(Objects.requireNonNull(errorMessage, "errorMessage"));
            return this;
        }

        /**
         * Sets {@link VodJob#errorDetails()}.
         *
         * @param errorDetails a console URL
         * @return this builder
         */
        public Builder errorDetails(String errorDetails) {
            this.errorDetails = Optional.of(Objects.requireNonNull(errorDetails, "errorDetails"));
            return this;
        }

        /**
         * Sets {@link VodJob#mediaInfo()}.
         *
         * @param mediaInfo the source's media info
         * @return this builder
         */
        public Builder mediaInfo(MediaInfo mediaInfo) {
            this.mediaInfo = Optional.of(Objects.requireNonNull(mediaInfo, "mediaInfo"));
            return this;
        }

        /**
         * Sets {@link VodJob#custom()}.
         *
         * @param custom the custom metadata; default none
         * @return this builder
         */
        public Builder custom(Map<String, Object> custom) {
            this.custom = Objects.requireNonNull(custom, "custom");
            return this;
        }

        /**
         * Builds the vodJob. Fails when the guid is not set.
         *
         * @return a new VodJob
         */
        public VodJob build() {
            return new VodJob(guid, status, rawStatus, srcVideo, srcBucket, startTime, endTime, playback, workflow,
                    errorAt, errorMessage, errorDetails, mediaInfo, custom);
        }
    }
}
