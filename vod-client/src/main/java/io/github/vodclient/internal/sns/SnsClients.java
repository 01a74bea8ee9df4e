package io.github.vodclient.internal.sns;

import io.github.vodclient.VodException;
import io.github.vodclient.internal.CallDeadlines;
import io.github.vodclient.internal.Lazy;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.SnsClientBuilder;

/**
 * SNS clients per region: the caller's one client, or ours, one {@link Lazy} per region, created when first needed
 * and closed in {@link #close()}. Thread-safe.
 */
public final class SnsClients implements AutoCloseable {
    private static final String OWNER = "SubscriptionHandler";

    private final SnsClient callerClient;
    private final AwsCredentialsProvider credentialsProvider;
    private final URI endpointOverride;
    private final CallDeadlines deadlines;
    private final Map<Region, Lazy<SnsClient>> clients = new ConcurrentHashMap<>();
    private volatile boolean closed;

    public SnsClients(SnsClient callerClient, AwsCredentialsProvider credentialsProvider, URI endpointOverride,
            CallDeadlines deadlines) {
        this.callerClient = callerClient;
        this.credentialsProvider = credentialsProvider;
        this.endpointOverride = endpointOverride;
        this.deadlines = deadlines;
    }

    /**
     * The client for a region.
     *
     * @throws IllegalStateException when the handler is closed
     * @throws VodException when the caller's client is for another region
     */
    public SnsClient forRegion(Region region) {
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

    @Override
    public void close() {
        closed = true;
        clients.values().forEach(Lazy::close);
    }
}
