package io.github.vodclient.job;

import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.event.PlaybackUrls;
import io.github.vodclient.event.WorkflowDetails;
import io.github.vodclient.internal.job.JobReader;
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
 *     {@link #fromSqsBody(String)}, every key that is not the pipeline's own; unmodifiable
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
     * Validates that no component is null and copies the custom metadata.
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
     * Reads a job from a message body of the solution's own SQS queue (stack option EnableSqs), which carries the
     * whole final workflow state: no table look-up is needed.
     *
     * <pre>{@code
     * VodJob job = VodJob.fromSqsBody(sqsMessage.getBody());
     * job.playback().preferredHls();
     * }</pre>
     *
     * @param sqsBody the SQS message body, the workflow state as JSON
     * @return the job
     * @throws io.github.vodclient.VodParseException when the body is malformed or has no {@code guid}; the message
     *     names the field
     */
    public static VodJob fromSqsBody(String sqsBody) {
        return JobReader.fromSqsBody(sqsBody);
    }

    /**
     * Tells whether the pipeline is done with this job.
     *
     * @return true when the status is {@link EncodingStatus#COMPLETE} or {@link EncodingStatus#ERROR}
     */
    public boolean isTerminal() {
        return status.map(EncodingStatus::isTerminal).orElse(false);
    }
}
