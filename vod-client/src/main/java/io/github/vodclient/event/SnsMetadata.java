package io.github.vodclient.event;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The SNS envelope an event arrived in: which message, from which topic, sent when.
 *
 * <p>SNS delivers at least once and in no particular order: the {@link #messageId()} identifies duplicates and the
 * {@link #timestamp()} (when SNS accepted the message) orders deliveries.
 *
 * @param type the SNS message type, {@code Notification} for every pipeline event
 * @param messageId the SNS message id ({@code MessageId})
 * @param topicArn the topic it was published to ({@code TopicArn})
 * @param subject the subject ({@code Subject}), e.g. {@code Workflow Status:: Complete:: <guid>}
 * @param timestamp when SNS accepted the message ({@code Timestamp})
 * @since 0.1.0
 */
public record SnsMetadata(String type, String messageId, String topicArn, Optional<String> subject,
        Instant timestamp) {

    /**
     * Validates that no component is null.
     *
     * @param type the SNS message type
     * @param messageId the SNS message id
     * @param topicArn the topic
     * @param subject the subject
     * @param timestamp when SNS accepted the message
     */
    public SnsMetadata {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(topicArn, "topicArn");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(timestamp, "timestamp");
    }
}
