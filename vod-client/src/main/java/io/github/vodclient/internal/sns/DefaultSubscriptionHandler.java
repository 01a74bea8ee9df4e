package io.github.vodclient.internal.sns;

import io.github.vodclient.SnsVerificationException;
import io.github.vodclient.VodException;
import io.github.vodclient.internal.CallDeadlines;
import io.github.vodclient.internal.Lazy;
import io.github.vodclient.internal.Untrusted;
import io.github.vodclient.sns.SnsMessage;
import io.github.vodclient.sns.SubscriptionHandler;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.SnsClientBuilder;
import software.amazon.awssdk.services.sns.model.ConfirmSubscriptionRequest;

/**
 * The SNS-API implementation of {@link SubscriptionHandler}, with its SNS clients per region: the caller's one
 * client, or ours, one {@link Lazy} per region, created when first needed and closed in {@link #close()}.
 * Thread-safe.
 */
final class DefaultSubscriptionHandler implements SubscriptionHandler {
    private static final String OWNER = "SubscriptionHandler";

    private final Set<String> allowedTopicArns;
    private final SnsClient callerClient;
    private final AwsCredentialsProvider credentialsProvider;
    private final URI endpointOverride;
    private final CallDeadlines deadlines;
    private final Map<Region, Lazy<SnsClient>> clients = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /** A handler of the builder's settings, as they are now (validated there); later builder calls do not reach it. */
    DefaultSubscriptionHandler(SubscriptionHandlerBuilder settings, CallDeadlines deadlines) {
        this.allowedTopicArns = Set.copyOf(settings.allowedTopicArns);
        this.callerClient = settings.snsClient;
        this.credentialsProvider = settings.credentialsProvider;
        this.endpointOverride = settings.endpointOverride;
        this.deadlines = deadlines;
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
            return client(region).confirmSubscription(ConfirmSubscriptionRequest.builder()
                    .topicArn(topic.arn())
                    .token(token)
                    .build()).subscriptionArn();
        } catch (SdkException e) {
            throw new VodException("ConfirmSubscription failed for topic " + topic.arn() + " in " + region
                    + ": " + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * The client for a region.
     *
     * @throws IllegalStateException when the handler is closed
     * @throws VodException when the caller's client is for another region
     */
    private SnsClient client(Region region) {
        if (closed) {
            throw new IllegalStateException("this " + OWNER + " is closed");
        }
        if (callerClient != null) {
            Region clientRegion = callerClient.serviceClientConfiguration().region();
            if (!region.equals(clientRegion)) {
                throw new VodException("the supplied SnsClient is configured for " + clientRegion
                        + ", but the topic is in " + region);
            }
            return callerClient;
        }
        Lazy<SnsClient> client = clients.computeIfAbsent(region, r -> Lazy.of(OWNER, () -> create(r)));
        if (closed) {
            client.close(); // created after close() went through the map: close it here
        }
        return client.get();
    }

    private SnsClient create(Region region) {
        SnsClientBuilder builder = SnsClient.builder()
                .region(region)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(deadlines.overrides());
        if (credentialsProvider != null) {
            builder.credentialsProvider(credentialsProvider);
        }
        if (endpointOverride != null) {
            builder.endpointOverride(endpointOverride);
        }
        return builder.build();
    }

    /** Closes the clients this handler created; a caller-supplied client stays open. */
    @Override
    public void close() {
        closed = true;
        clients.values().forEach(Lazy::close);
    }
}
