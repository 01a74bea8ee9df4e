package io.github.vodclient.event;

import io.github.vodclient.sns.SnsMessage;
import java.util.Objects;
import java.util.Optional;

/**
 * The pipeline picked up an upload and started a job for it ({@code "status": "Ingest"}).
 *
 * <p>This is the only event that links the application's source key ({@link #srcVideo()}) to the job's
 * {@link #guid()}; Error messages carry the guid only.
 *
 * @param guid the new job's id
 * @param rawStatus the status as written, normally {@code "Ingest"}
 * @param srcVideo the uploaded object's key in the source bucket, decoded ({@code uploads/My Video (1).mp4})
 * @param sns the SNS envelope, when there was one
 * @param rawMessage the message as received
 * @since 0.1.0
 */
public record IngestEvent(String guid, String rawStatus, String srcVideo, Optional<SnsMessage> sns,
        String rawMessage) implements WorkflowEvent {

    /**
     * Validates that no component is null.
     *
     * @param guid the job id
     * @param rawStatus the status as written
     * @param srcVideo the source key
     * @param sns the SNS envelope
     * @param rawMessage the message as received
     */
    public IngestEvent {
        Objects.requireNonNull(guid, "guid");
        Objects.requireNonNull(rawStatus, "rawStatus");
        Objects.requireNonNull(srcVideo, "srcVideo");
        Objects.requireNonNull(sns, "sns");
        Objects.requireNonNull(rawMessage, "rawMessage");
    }

    /**
     * Always {@link EncodingStatus#INGEST}.
     *
     * @return {@link EncodingStatus#INGEST}
     */
    @Override
    public EncodingStatus status() {
        return EncodingStatus.INGEST;
    }

    /**
     * One short line: guid, source key, SNS message id and the raw message's length (the message itself through
     * {@link #rawMessage()}).
     *
     * @return the summary
     */
    @Override
    public String toString() {
        return "IngestEvent[guid=" + Summaries.clip(guid) + ", srcVideo=" + Summaries.clip(srcVideo)
                + Summaries.tail(sns, rawMessage);
    }
}
