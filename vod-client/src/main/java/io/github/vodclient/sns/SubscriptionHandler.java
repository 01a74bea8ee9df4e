package io.github.vodclient.sns;

import io.github.vodclient.SnsVerificationException;
import io.github.vodclient.VodException;
import io.github.vodclient.internal.sns.SubscriptionHandlerBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.sns.SnsClient;

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
 * URL-connection HTTP client) and closes them in {@link #close()}. Implementations are thread-safe.
 *
 * @since 0.1.0
 */
public interface SubscriptionHandler extends AutoCloseable {

    /** Default deadline of one {@code ConfirmSubscription} call of a client the handler creates, retries included. */
    Duration DEFAULT_API_CALL_TIMEOUT = Duration.ofSeconds(5);

    /** Default deadline of one attempt of a {@code ConfirmSubscription} call of a client the handler creates. */
    Duration DEFAULT_API_CALL_ATTEMPT_TIMEOUT = Duration.ofSeconds(2);

    /**
     * A builder for a handler.
     *
     * @return a new builder
     */
    static Builder builder() {
        return new SubscriptionHandlerBuilder();
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
    String confirm(SnsMessage message);

    /** Closes the SNS clients this handler created; a caller-supplied client stays open. */
    @Override
    void close();

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
    interface Builder {

        /**
         * Confirms subscriptions to this topic, in addition to those already allowed; at least one is required.
         * Confirming every topic would let anyone subscribe the endpoint to a topic they own.
         *
         * @param topicArn an SNS topic ARN
         * @return this builder
         * @throws IllegalArgumentException when it is not an SNS topic ARN of a supported partition
         */
        Builder allowedTopicArn(String topicArn);

        /**
         * Confirms subscriptions to exactly these topics: replaces the topics allowed before.
         *
         * @param topicArns SNS topic ARNs
         * @return this builder
         * @throws IllegalArgumentException when one is not an SNS topic ARN of a supported partition
         */
        Builder allowedTopicArns(Collection<String> topicArns);

        /**
         * Uses the caller's client for every confirmation. It must be configured for the region of the allowed
         * topics (a mismatch is reported, not sent to the wrong region). The handler never closes it.
         *
         * @param snsClient the caller's client
         * @return this builder
         */
        Builder snsClient(SnsClient snsClient);

        /**
         * Credentials for the clients the handler creates; by default the SDK's default credentials chain.
         *
         * @param credentialsProvider the provider; owned by the caller
         * @return this builder
         */
        Builder credentialsProvider(AwsCredentialsProvider credentialsProvider);

        /**
         * Sends the handler's own clients' requests to this endpoint instead of the regional SNS endpoint (a local
         * stand-in for tests, a VPC endpoint).
         *
         * @param endpointOverride the endpoint
         * @return this builder
         */
        Builder endpointOverride(URI endpointOverride);

        /**
         * Sets the deadline of one {@code ConfirmSubscription} call of the clients the handler creates, retries
         * included; default {@link #DEFAULT_API_CALL_TIMEOUT} (5 s). A caller's client keeps its own configuration.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        Builder apiCallTimeout(Duration timeout);

        /**
         * Sets the deadline of one attempt of a call of the clients the handler creates; default
         * {@link #DEFAULT_API_CALL_ATTEMPT_TIMEOUT} (2 s).
         *
         * @param timeout a positive duration
         * @return this builder
         */
        Builder apiCallAttemptTimeout(Duration timeout);

        /**
         * Builds the handler.
         *
         * @return a new handler
         * @throws IllegalStateException when no topic is allowed, or both a client and client settings were given
         */
        SubscriptionHandler build();
    }
}
