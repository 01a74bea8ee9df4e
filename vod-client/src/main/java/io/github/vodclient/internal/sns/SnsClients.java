package io.github.vodclient.internal.sns;

import io.github.vodclient.VodException;
import io.github.vodclient.internal.CallDeadlines;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.SnsClientBuilder;

/**
 * SNS clients per region: the caller's one client, or ours, created lazily (one per region) and closed in
 * {@link #close()}. Thread-safe.
 */
public final class SnsClients implements AutoCloseable {

    private final SnsClient callerClient;
    private final AwsCredentialsProvider credentialsProvider;
    private final URI endpointOverride;
    private final CallDeadlines deadlines;
    private final Map<Region, SnsClient> own = new ConcurrentHashMap<>();
    private volatile boolean closed;

    public SnsClients(SnsClient callerClient, AwsCredentialsProvider credentialsProvider, URI endpointOverride,
            CallDeadlines deadlines) {
        this.callerClient = callerClient;
        this.credentialsProvider = credentialsProvider;
        this.endpointOverride = endpointOverride;
        this.deadlines = deadlines;
    }

    /** The client for a region. */
    public SnsClient forRegion(Region region) {
        if (callerClient != null) {
            Region clientRegion = callerClient.serviceClientConfiguration().region();
            if (!region.equals(clientRegion)) {
                throw new VodException("the supplied SnsClient is configured for " + clientRegion
                        + ", but the topic is in " + region);
            }
            return callerClient;
        }
        if (closed) {
            throw new IllegalStateException("SubscriptionHandler is closed");
        }
        SnsClient client = own.computeIfAbsent(region, this::create);
        if (closed) {
            close();
            throw new IllegalStateException("SubscriptionHandler is closed");
        }
        return client;
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

    @Override
    public void close() {
        closed = true;
        for (Region region : own.keySet()) {
            SnsClient client = own.remove(region);
            if (client != null) {
                client.close();
            }
        }
    }
}
