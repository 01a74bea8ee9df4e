package io.github.vodclient.event;

import io.github.vodclient.sns.SnsMessage;
import java.util.Objects;
import java.util.Optional;

/**
 * A well-formed delivery whose message is not a pipeline status the library knows: another publisher's message on
 * the same topic, a status value from a newer solution version, a plain-text message. Kept, not dropped, so the
 * application decides.
 *
 * @param guid the {@code guid} field, when the message is JSON and has one
 * @param rawStatus the {@code workflowStatus} or {@code status} value, when there was one
 * @param reason why it could not be classified, e.g. {@code "unknown status 'Archived'"}
 * @param sns the SNS envelope, when there was one
 * @param rawMessage the message as received
 * @since 0.1.0
 */
public record UnknownEvent(Optional<String> guid, Optional<String> rawStatus, String reason,
        Optional<SnsMessage> sns, String rawMessage) implements VodEvent {

    /**
     * Validates that no component is null.
     *
     * @param guid the guid, if any
     * @param rawStatus the status as written, if any
     * @param reason why it could not be classified
     * @param sns the SNS envelope
     * @param rawMessage the message as received
     */
    public UnknownEvent {
        Objects.requireNonNull(guid, "guid");
        Objects.requireNonNull(rawStatus, "rawStatus");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(sns, "sns");
        Objects.requireNonNull(rawMessage, "rawMessage");
    }

    /**
     * One short line: guid, status, why it was not classified, SNS message id and the raw message's length (the
     * message itself through {@link #rawMessage()}).
     *
     * @return the summary
     */
    @Override
    public String toString() {
        return "UnknownEvent[guid=" + Summaries.clip(guid) + ", rawStatus=" + Summaries.clip(rawStatus)
                + ", reason=" + Summaries.clip(reason) + Summaries.tail(sns, rawMessage);
    }
}
