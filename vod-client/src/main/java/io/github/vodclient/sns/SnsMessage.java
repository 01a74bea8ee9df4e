package io.github.vodclient.sns;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An SNS message as its envelope carried it: which message, from which topic, sent when, and its text.
 *
 * <p>Every event that arrived in an SNS envelope carries one ({@link io.github.vodclient.event.VodEvent#sns()});
 * {@link SnsVerifier#verify(String)} returns one after checking the envelope's signature. The type itself promises
 * no check: whether the message was verified depends on where it came from (a verifier, or a source the
 * application trusts, such as a Lambda function invoked by SNS). SNS delivers at least once and in no particular
 * order: the {@link #messageId()} identifies duplicates and the {@link #timestamp()} orders deliveries.
 *
 * <pre>{@code
 * SnsMessage message = verifier.verify(rawBody);
 * if (message.type() == SnsMessage.Type.SUBSCRIPTION_CONFIRMATION) {
 *     subscriptions.confirm(message);
 * }
 * }</pre>
 *
 * <p>{@link #toString()} leaves out the message text and the subscription token.
 *
 * @param type the envelope's {@code Type}
 * @param messageId the SNS message id ({@code MessageId})
 * @param topicArn the topic ({@code TopicArn})
 * @param subject the subject ({@code Subject}), e.g. {@code Workflow Status:: Complete:: <guid>}; notifications only
 * @param message the message ({@code Message}): a pipeline event's JSON for a notification
 * @param timestamp when SNS accepted the message ({@code Timestamp})
 * @param token the subscription token ({@code Token}), confirmations only; treat it as a secret
 * @since 0.1.0
 */
public record SnsMessage(Type type, String messageId, String topicArn, Optional<String> subject, String message,
        Instant timestamp, Optional<String> token) {

    /**
     * The {@code Type} of an SNS envelope.
     *
     * @since 0.1.0
     */
    public enum Type {
        /** A message published to the topic; every pipeline event is one. */
        NOTIFICATION("Notification"),
        /** Sent once when an endpoint is subscribed; confirm it with {@link SubscriptionHandler}. */
        SUBSCRIPTION_CONFIRMATION("SubscriptionConfirmation"),
        /** Sent when the subscription was deleted; surfaced to the caller, never acted on. */
        UNSUBSCRIBE_CONFIRMATION("UnsubscribeConfirmation");

        private final String wireName;

        Type(String wireName) {
            this.wireName = wireName;
        }

        /**
         * The value of the envelope's {@code Type} field.
         *
         * @return for example {@code Notification}
         */
        public String wireName() {
            return wireName;
        }

        /**
         * The type with this exact {@code Type} value.
         *
         * @param wireName the {@code Type} field's value
         * @return the type, or empty when it is not one of the three SNS types
         */
        public static Optional<Type> fromWireName(String wireName) {
            for (Type type : values()) {
                if (type.wireName.equals(wireName)) {
                    return Optional.of(type);
                }
            }
            return Optional.empty();
        }
    }

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
    public SnsMessage {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(topicArn, "topicArn");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(token, "token");
    }

    /**
     * Describes the message without its text or token.
     *
     * @return a one-line description
     */
    @Override
    public String toString() {
        return "SnsMessage[type=" + type + ", messageId=" + messageId + ", topicArn=" + topicArn
                + ", timestamp=" + timestamp + (token.isPresent() ? ", token=(redacted)" : "") + "]";
    }
}
