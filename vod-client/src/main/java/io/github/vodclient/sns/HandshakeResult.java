package io.github.vodclient.sns;

/**
 * What {@link SubscriptionHandler#handle(VerifiedSnsMessage)} did with a verified message.
 *
 * @since 0.1.0
 */
public enum HandshakeResult {
    /** A {@code SubscriptionConfirmation} for an allowed topic was confirmed through {@code ConfirmSubscription}. */
    CONFIRMED,
    /**
     * An {@code UnsubscribeConfirmation}: the subscription was deleted. Nothing was done; re-subscribing, if wanted,
     * is the application's decision.
     */
    UNSUBSCRIBED,
    /** A {@code Notification}: not part of the handshake, process it as an event. */
    NOTIFICATION
}
