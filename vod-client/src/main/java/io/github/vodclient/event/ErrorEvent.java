package io.github.vodclient.event;

import io.github.vodclient.sns.SnsMessage;
import java.util.Objects;
import java.util.Optional;

/**
 * A job failed ({@code "workflowStatus": "Error"}).
 *
 * <p>Error messages carry no source key: find the video by {@link #guid()}. Solution v4.0–4.1 published errors as
 * plain text; such a message becomes an {@code ErrorEvent} whose guid comes from the SNS subject and whose
 * {@link #errorMessage()} is the text.
 *
 * @param guid the failed job's id
 * @param rawStatus the status as written, normally {@code "Error"}
 * @param errorAt where it failed ({@code workflowErrorAt}): a Lambda's name such as {@code vod-stack-encode}, or
 *     {@code Encoding} for a MediaConvert failure
 * @param errorMessage what failed ({@code errorMessage})
 * @param errorDetails a console URL with details ({@code errorDetails})
 * @param sns the SNS envelope, when there was one
 * @param rawMessage the message as received
 * @since 0.1.0
 */
public record ErrorEvent(String guid, String rawStatus, Optional<String> errorAt, Optional<String> errorMessage,
        Optional<String> errorDetails, Optional<SnsMessage> sns, String rawMessage) implements WorkflowEvent {

    /**
     * Validates that no component is null.
     *
     * @param guid the job id
     * @param rawStatus the status as written
     * @param errorAt where it failed
     * @param errorMessage what failed
     * @param errorDetails a console URL
     * @param sns the SNS envelope
     * @param rawMessage the message as received
     */
    public ErrorEvent {
        Objects.requireNonNull(guid, "guid");
        Objects.requireNonNull(rawStatus, "rawStatus");
        Objects.requireNonNull(errorAt, "errorAt");
        Objects.requireNonNull(errorMessage, "errorMessage");
        Objects.requireNonNull(errorDetails, "errorDetails");
        Objects.requireNonNull(sns, "sns");
        Objects.requireNonNull(rawMessage, "rawMessage");
    }

    /**
     * Always {@link EncodingStatus#ERROR}.
     *
     * @return {@link EncodingStatus#ERROR}
     */
    @Override
    public EncodingStatus status() {
        return EncodingStatus.ERROR;
    }

    /**
     * One short line: guid, where it failed, the error message clipped to 100 characters, SNS message id and the
     * raw message's length (the full texts through the accessors).
     *
     * @return the summary
     */
    @Override
    public String toString() {
        return "ErrorEvent[guid=" + Summaries.clip(guid) + ", errorAt=" + Summaries.clip(errorAt)
                + ", errorMessage=" + Summaries.clip(errorMessage) + Summaries.tail(sns, rawMessage);
    }
}
