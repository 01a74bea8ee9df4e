package io.github.vodclient.internal.sns;

import io.github.vodclient.SnsVerificationException;
import io.github.vodclient.VodException;
import io.github.vodclient.internal.Untrusted;
import io.github.vodclient.sns.SnsMessage;
import io.github.vodclient.sns.SubscriptionHandler;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.model.ConfirmSubscriptionRequest;

/** The SNS-API implementation of {@link SubscriptionHandler}. Thread-safe. */
public final class DefaultSubscriptionHandler implements SubscriptionHandler {

    private final Set<String> allowedTopicArns;
    private final SnsClients clients;

    /**
     * A handler confirming subscriptions to these topics with these clients.
     *
     * @param allowedTopicArns the allowed topics, already validated; not empty
     * @param clients the clients; this handler closes them
     */
    public DefaultSubscriptionHandler(Set<String> allowedTopicArns, SnsClients clients) {
        this.allowedTopicArns = Set.copyOf(allowedTopicArns);
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    @Override
    public String confirm(SnsMessage message) {
        Objects.requireNonNull(message, "message");
        if (message.type() != SnsMessage.Type.SUBSCRIPTION_CONFIRMATION) {
            throw new IllegalArgumentException("message is a " + message.type() + ", not a SUBSCRIPTION_CONFIRMATION");
        }
        String token = message.token().orElseThrow(() ->
                new IllegalArgumentException("message has no token"));
        if (!allowedTopicArns.contains(message.topicArn())) {
            throw new SnsVerificationException(SnsVerificationException.Reason.TOPIC_NOT_ALLOWED,
                    "TopicArn " + Untrusted.quote(message.topicArn()) + " is not an allowed topic; subscription not"
                            + " confirmed");
        }
        TopicArn topic = TopicArn.parse(message.topicArn());
        Region region = Region.of(topic.region());
        try {
            return clients.forRegion(region).confirmSubscription(ConfirmSubscriptionRequest.builder()
                    .topicArn(topic.arn())
                    .token(token)
                    .build()).subscriptionArn();
        } catch (SdkException e) {
            throw new VodException("ConfirmSubscription failed for topic " + topic.arn() + " in " + region
                    + ": " + e.getClass().getSimpleName(), e);
        }
    }

    @Override
    public void close() {
        clients.close();
    }
}
