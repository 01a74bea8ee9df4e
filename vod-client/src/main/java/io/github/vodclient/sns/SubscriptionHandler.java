package io.github.vodclient.sns;

import io.github.vodclient.SnsVerificationException;
import io.github.vodclient.VodException;
import io.github.vodclient.internal.CallDeadlines;
import io.github.vodclient.internal.Untrusted;
import io.github.vodclient.internal.sns.SnsClients;
import io.github.vodclient.internal.sns.TopicArn;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.ConfirmSubscriptionRequest;

/**
 * Completes the SNS subscription handshake for an HTTP(S) endpoint: confirms a verified
 * {@code SubscriptionConfirmation} for an allowed topic through the SNS {@code ConfirmSubscription} API (TopicArn
 * and Token, in the topic's region). It never fetches the message's {@code SubscribeURL}: a forged URL there would
 * make the application request any address an attacker chooses (SSRF).
 *
 * <pre>{@code
 * SubscriptionHandler subscriptions = SubscriptionHandler.builder()   // once; thread-safe
 *         .allowedTopicArn(topicArn)
 *         .build();
 *
 * SnsMessage message = verifier.verify(rawBody);
 * switch (message.type()) {
 *     case SUBSCRIPTION_CONFIRMATION -> subscriptions.confirm(message);
 *     case UNSUBSCRIBE_CONFIRMATION -> log.info("unsubscribed from {}", message.topicArn());
 *     case NOTIFICATION -> process(parser.parseMessage(message.message(), message.subject().orElse(null)));
 * }
 * }</pre>
 *
 * <p>Ownership: an {@link SnsClient} passed to {@link Builder#snsClient(SnsClient)} belongs to the caller and is
 * never closed here. Without one, the handler creates one client per region when first needed (with the JDK-based
 * URL-connection HTTP client) and closes them in {@link #close()}. Thread-safe.
 *
 * @since 0.1.0
 */
public final class SubscriptionHandler implements AutoCloseable {

    /** Default deadline of one {@code ConfirmSubscription} call of a client the handler creates, retries included. */
    public static final Duration DEFAULT_API_CALL_TIMEOUT = Duration.ofSeconds(5);

    /** Default deadline of one attempt of a {@code ConfirmSubscription} call of a client the handler creates. */
    public static final Duration DEFAULT_API_CALL_ATTEMPT_TIMEOUT = Duration.ofSeconds(2);

    private final Set<String> allowedTopicArns;
    private final SnsClients clients;

    private SubscriptionHandler(Builder builder) {
        this.allowedTopicArns = Set.copyOf(builder.allowedTopicArns);
        this.clients = new SnsClients(builder.snsClient, builder.credentialsProvider, builder.endpointOverride,
                builder.deadlines);
    }

    /**
     * A builder for a handler.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Confirms a verified {@code SubscriptionConfirmation} through {@code ConfirmSubscription} in the topic's
     * region.
     *
     * @param message a verified subscription confirmation
     * @return the ARN of the confirmed subscription
     * @throws IllegalArgumentException when the message is not a subscription confirmation with a token
     * @throws SnsVerificationException with {@code TOPIC_NOT_ALLOWED} when the topic is not allowed
     * @throws VodException when the {@code ConfirmSubscription} call fails
     */
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

    /** Closes the SNS clients this handler created; a caller-supplied client stays open. */
    @Override
    public void close() {
        clients.close();
    }

    /**
     * Configures a {@link SubscriptionHandler}. Not thread-safe; the handler is, and it reads only the settings as
     * they were when {@link #build()} ran.
     *
     * <p>Rules shared by every builder of the library: a setter taking a collection replaces what was set before,
     * a setter taking one value of it adds; a {@code null} argument throws {@link NullPointerException} and an
     * unusable value {@link IllegalArgumentException}, each naming the setting; {@code build()} throws
     * {@link IllegalStateException} naming a missing or contradictory setting.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final Set<String> allowedTopicArns = new LinkedHashSet<>();
        private SnsClient snsClient;
        private AwsCredentialsProvider credentialsProvider;
        private URI endpointOverride;
        private CallDeadlines deadlines = new CallDeadlines(DEFAULT_API_CALL_TIMEOUT, DEFAULT_API_CALL_ATTEMPT_TIMEOUT);
        private boolean deadlinesSet;

        private Builder() {
        }

        /**
         * Confirms subscriptions to this topic, in addition to those already allowed; at least one is required. Confirming every topic would let anyone
         * subscribe the endpoint to a topic they own.
         *
         * @param topicArn an SNS topic ARN
         * @return this builder
         * @throws IllegalArgumentException when it is not an SNS topic ARN of a supported partition
         */
        public Builder allowedTopicArn(String topicArn) {
            allowedTopicArns.add(TopicArn.requireValid(topicArn, "allowedTopicArn"));
            return this;
        }

        /**
         * Confirms subscriptions to exactly these topics: replaces the topics allowed before.
         *
         * @param topicArns SNS topic ARNs
         * @return this builder
         * @throws IllegalArgumentException when one is not an SNS topic ARN of a supported partition
         */
        public Builder allowedTopicArns(Collection<String> topicArns) {
            Objects.requireNonNull(topicArns, "allowedTopicArns");
            Set<String> checked = new LinkedHashSet<>();
            topicArns.forEach(arn -> checked.add(TopicArn.requireValid(arn, "allowedTopicArns")));
            allowedTopicArns.clear();
            allowedTopicArns.addAll(checked);
            return this;
        }

        /**
         * Uses the caller's client for every confirmation. It must be configured for the region of the allowed
         * topics (a mismatch is reported, not sent to the wrong region). The handler never closes it.
         *
         * @param snsClient the caller's client
         * @return this builder
         */
        public Builder snsClient(SnsClient snsClient) {
            this.snsClient = Objects.requireNonNull(snsClient, "snsClient");
            return this;
        }

        /**
         * Credentials for the clients the handler creates; by default the SDK's default credentials chain.
         *
         * @param credentialsProvider the provider; owned by the caller
         * @return this builder
         */
        public Builder credentialsProvider(AwsCredentialsProvider credentialsProvider) {
            this.credentialsProvider = Objects.requireNonNull(credentialsProvider, "credentialsProvider");
            return this;
        }

        /**
         * Sends the handler's own clients' requests to this endpoint instead of the regional SNS endpoint (a local
         * stand-in for tests, a VPC endpoint).
         *
         * @param endpointOverride the endpoint
         * @return this builder
         */
        public Builder endpointOverride(URI endpointOverride) {
            this.endpointOverride = Objects.requireNonNull(endpointOverride, "endpointOverride");
            return this;
        }

        /**
         * Sets the deadline of one {@code ConfirmSubscription} call of the clients the handler creates, retries
         * included; default {@link #DEFAULT_API_CALL_TIMEOUT} (5 s). A caller's client keeps its own configuration.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder apiCallTimeout(Duration timeout) {
            this.deadlines = deadlines.withApiCall(timeout);
            this.deadlinesSet = true;
            return this;
        }

        /**
         * Sets the deadline of one attempt of a call of the clients the handler creates; default
         * {@link #DEFAULT_API_CALL_ATTEMPT_TIMEOUT} (2 s).
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder apiCallAttemptTimeout(Duration timeout) {
            this.deadlines = deadlines.withAttempt(timeout);
            this.deadlinesSet = true;
            return this;
        }

        /**
         * Builds the handler.
         *
         * @return a new handler
         * @throws IllegalStateException when no topic is allowed, or both a client and client settings were given
         */
        public SubscriptionHandler build() {
            if (allowedTopicArns.isEmpty()) {
                throw new IllegalStateException("allowedTopicArn: at least one topic must be allowed");
            }
            if (snsClient != null && (credentialsProvider != null || endpointOverride != null || deadlinesSet)) {
                throw new IllegalStateException("snsClient: credentialsProvider, endpointOverride and the timeouts "
                        + "configure the handler's own clients and cannot be combined with a caller-supplied client");
            }
            return new SubscriptionHandler(this);
        }
    }
}
