package io.github.vodclient.internal.sns;

import io.github.vodclient.internal.CallDeadlines;
import io.github.vodclient.sns.SubscriptionHandler;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The builder behind {@link SubscriptionHandler#builder()}: mutable, not thread-safe, validates each setting as it is
 * given; {@link #build()} hands them to a {@link DefaultSubscriptionHandler}, which copies them.
 */
public final class SubscriptionHandlerBuilder implements SubscriptionHandler.Builder {
    private static final CallDeadlines DEFAULT_DEADLINES = new CallDeadlines(
            SubscriptionHandler.DEFAULT_API_CALL_TIMEOUT, SubscriptionHandler.DEFAULT_API_CALL_ATTEMPT_TIMEOUT);
    // read by DefaultSubscriptionHandler's constructor, which copies them
    final Set<String> allowedTopicArns = new LinkedHashSet<>();
    SnsClient snsClient;
    AwsCredentialsProvider credentialsProvider;
    URI endpointOverride;
    private Duration apiCallTimeout; // null: not set, the default applies
    private Duration attemptTimeout;

    @Override
    public SubscriptionHandlerBuilder allowedTopicArn(String topicArn) {
        allowedTopicArns.add(TopicArn.requireValid(topicArn, "allowedTopicArn"));
        return this;
    }

    @Override
    public SubscriptionHandlerBuilder allowedTopicArns(Collection<String> topicArns) {
        TopicArn.replaceAll(allowedTopicArns, topicArns, "allowedTopicArns");
        return this;
    }

    @Override
    public SubscriptionHandlerBuilder snsClient(SnsClient snsClient) {
        this.snsClient = Objects.requireNonNull(snsClient, "snsClient");
        return this;
    }

    @Override
    public SubscriptionHandlerBuilder credentialsProvider(AwsCredentialsProvider credentialsProvider) {
        this.credentialsProvider = Objects.requireNonNull(credentialsProvider, "credentialsProvider");
        return this;
    }

    @Override
    public SubscriptionHandlerBuilder endpointOverride(URI endpointOverride) {
        this.endpointOverride = Objects.requireNonNull(endpointOverride, "endpointOverride");
        return this;
    }

    @Override
    public SubscriptionHandlerBuilder apiCallTimeout(Duration timeout) {
        this.apiCallTimeout = CallDeadlines.positive(timeout, "apiCallTimeout");
        return this;
    }

    @Override
    public SubscriptionHandlerBuilder apiCallAttemptTimeout(Duration timeout) {
        this.attemptTimeout = CallDeadlines.positive(timeout, "apiCallAttemptTimeout");
        return this;
    }

    @Override
    public SubscriptionHandler build() {
        if (allowedTopicArns.isEmpty()) {
            throw new IllegalStateException("allowedTopicArn: at least one topic must be allowed");
        }
        if (snsClient != null && (credentialsProvider != null || endpointOverride != null || apiCallTimeout != null
                || attemptTimeout != null)) {
            throw new IllegalStateException("snsClient: credentialsProvider, endpointOverride and the timeouts "
                    + "configure the handler's own clients and cannot be combined with a caller-supplied client");
        }
        return new DefaultSubscriptionHandler(this,
                CallDeadlines.of(apiCallTimeout, attemptTimeout, DEFAULT_DEADLINES));
    }
}
