package io.github.vodclient.sns;

import java.util.Optional;

/**
 * The {@code Type} of an SNS HTTP/SQS envelope.
 *
 * @since 0.1.0
 */
public enum SnsMessageType {
    /** A message published to the topic; every pipeline event is one. */
    NOTIFICATION("Notification"),
    /** Sent once when an endpoint is subscribed; confirm it with {@link SubscriptionHandler}. */
    SUBSCRIPTION_CONFIRMATION("SubscriptionConfirmation"),
    /** Sent when the subscription was deleted; surfaced to the caller, never acted on. */
    UNSUBSCRIBE_CONFIRMATION("UnsubscribeConfirmation");

    private final String wireName;

    SnsMessageType(String wireName) {
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
    public static Optional<SnsMessageType> fromWireName(String wireName) {
        for (SnsMessageType type : values()) {
            if (type.wireName.equals(wireName)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
