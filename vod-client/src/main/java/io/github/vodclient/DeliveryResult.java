package io.github.vodclient;

import io.github.vodclient.sns.SnsMessageType;
import io.github.vodclient.video.HandleResult;
import java.util.Objects;
import java.util.Optional;

/**
 * What one verified SNS HTTP(S) delivery did.
 *
 * @param type the SNS message type
 * @param handled for a {@link SnsMessageType#NOTIFICATION}: what handling its event did
 * @param subscriptionArn for a {@link SnsMessageType#SUBSCRIPTION_CONFIRMATION}: the confirmed subscription
 * @since 0.1.0
 */
public record DeliveryResult(SnsMessageType type, Optional<HandleResult> handled, Optional<String> subscriptionArn) {

    /**
     * Validates that no component is null.
     *
     * @param type the SNS message type
     * @param handled what handling the event did
     * @param subscriptionArn the confirmed subscription
     */
    public DeliveryResult {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(handled, "handled");
        Objects.requireNonNull(subscriptionArn, "subscriptionArn");
    }
}
