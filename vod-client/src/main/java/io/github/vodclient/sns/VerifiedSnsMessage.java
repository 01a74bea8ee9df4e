package io.github.vodclient.sns;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An SNS envelope whose signature, certificate and topic an {@link SnsVerifier} has checked.
 *
 * <p>Only {@link SnsVerifier} returns these after verification; a record built by hand carries no such guarantee.
 * {@link #toString()} leaves out the subscription token.
 *
 * @param type the envelope's {@code Type}
 * @param messageId the SNS message id ({@code MessageId}), for de-duplication
 * @param topicArn the topic ({@code TopicArn})
 * @param subject the subject ({@code Subject}), notifications only
 * @param message the message ({@code Message}): a pipeline event's JSON for a notification
 * @param timestamp when SNS accepted the message ({@code Timestamp})
 * @param token the subscription token ({@code Token}), confirmations only; treat it as a secret
 * @since 0.1.0
 */
public record VerifiedSnsMessage(SnsMessageType type, String messageId, String topicArn, Optional<String> subject,
        String message, Instant timestamp, Optional<String> token) {

    /**
     * Validates that no component is null.
     *
     * @param type the envelope's type
     * @param messageId the message id
     * @param topicArn the topic
     * @param subject the subject
     * @param message the message
     * @param timestamp when SNS accepted it
     * @param token the subscription token
     */
    public VerifiedSnsMessage {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(topicArn, "topicArn");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(token, "token");
    }

    /**
     * Describes the message without its token or body.
     *
     * @return a one-line description
     */
    @Override
    public String toString() {
        return "VerifiedSnsMessage[type=" + type + ", messageId=" + messageId + ", topicArn=" + topicArn
                + ", timestamp=" + timestamp + (token.isPresent() ? ", token=(redacted)" : "") + "]";
    }
}
