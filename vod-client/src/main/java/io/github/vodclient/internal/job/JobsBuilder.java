package io.github.vodclient.internal.job;

import io.github.vodclient.internal.CallDeadlines;
import io.github.vodclient.internal.JacksonFloor;
import io.github.vodclient.job.VodJobs;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The builder behind {@link VodJobs#builder()}: mutable, not thread-safe, validates each setting as it is given.
 * {@link #config()} takes the immutable {@link JobsConfig} the reader is built from, so changing the builder
 * afterwards never changes a reader already built.
 */
public final class JobsBuilder implements VodJobs.Builder {
    private static final Pattern TABLE_NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");

    private String tableName;
    private DynamoDbClient client;
    private Region region;
    private URI endpoint;
    private AwsCredentialsProvider credentials;
    private boolean consistentRead;
    private List<String> customKeys = List.of();
    private int maxBatchAttempts = VodJobs.DEFAULT_MAX_BATCH_ATTEMPTS;
    private static final CallDeadlines DEFAULT_DEADLINES = new CallDeadlines(VodJobs.DEFAULT_API_CALL_TIMEOUT,
            VodJobs.DEFAULT_API_CALL_ATTEMPT_TIMEOUT);
    private Duration apiCallTimeout; // null: not set, the default applies
    private Duration attemptTimeout;

    @Override
    public VodJobs.Builder tableName(String tableName) {
        Objects.requireNonNull(tableName, "tableName");
        if (!TABLE_NAME.matcher(tableName).matches()) {
            throw new IllegalArgumentException("tableName must be 3 to 255 characters of [a-zA-Z0-9_.-], was '"
                    + tableName + "'");
        }
        this.tableName = tableName;
        return this;
    }

    @Override
    public VodJobs.Builder dynamoDbClient(DynamoDbClient client) {
        this.client = Objects.requireNonNull(client, "dynamoDbClient");
        return this;
    }

    @Override
    public VodJobs.Builder region(Region region) {
        this.region = Objects.requireNonNull(region, "region");
        return this;
    }

    @Override
    public VodJobs.Builder endpointOverride(URI endpoint) {
        Objects.requireNonNull(endpoint, "endpointOverride");
        if (endpoint.getScheme() == null || endpoint.getHost() == null) {
            throw new IllegalArgumentException("endpointOverride must be an absolute URL with a host, was '"
                    + endpoint + "'");
        }
        this.endpoint = endpoint;
        return this;
    }

    @Override
    public VodJobs.Builder credentialsProvider(AwsCredentialsProvider credentials) {
        this.credentials = Objects.requireNonNull(credentials, "credentialsProvider");
        return this;
    }

    @Override
    public VodJobs.Builder consistentRead(boolean consistentRead) {
        this.consistentRead = consistentRead;
        return this;
    }

    @Override
    public VodJobs.Builder customMetadataKeys(Collection<String> keys) {
        Objects.requireNonNull(keys, "customMetadataKeys");
        for (String key : keys) {
            DefaultVodJobs.requireText(key, "customMetadataKeys element");
        }
        this.customKeys = List.copyOf(keys);
        return this;
    }

    @Override
    public VodJobs.Builder maxBatchAttempts(int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxBatchAttempts must be at least 1, was " + maxAttempts);
        }
        this.maxBatchAttempts = maxAttempts;
        return this;
    }

    @Override
    public VodJobs.Builder apiCallTimeout(Duration timeout) {
        this.apiCallTimeout = CallDeadlines.positive(timeout, "apiCallTimeout");
        return this;
    }

    @Override
    public VodJobs.Builder apiCallAttemptTimeout(Duration timeout) {
        this.attemptTimeout = CallDeadlines.positive(timeout, "apiCallAttemptTimeout");
        return this;
    }

    /** Whether a table was named (a {@code VodClient} without one has no look-ups). */
    public boolean hasTable() {
        return tableName != null;
    }

    /**
     * The settings as they stand.
     *
     * @return the immutable snapshot
     * @throws IllegalStateException when the table name is missing, or the caller's client is combined with
     *     settings of our client
     */
    public JobsConfig config() {
        return config(null, null, null, null);
    }

    /**
     * The settings as they stand, with what this builder left unset filled from a {@code VodClient}'s client-wide
     * settings (each may be {@code null}); none applies next to the caller's own client, which keeps its own
     * configuration. This builder stays as the caller left it.
     *
     * @return the immutable snapshot
     * @throws IllegalStateException when the table name is missing, or the caller's client is combined with
     *     settings of our client
     */
    public JobsConfig config(Region defaultRegion, AwsCredentialsProvider defaultCredentials,
            Duration defaultApiCallTimeout, Duration defaultAttemptTimeout) {
        if (tableName == null) {
            throw new IllegalStateException("tableName is required");
        }
        if (client != null) {
            if (region != null || endpoint != null || credentials != null || apiCallTimeout != null
                    || attemptTimeout != null) {
                throw new IllegalStateException("dynamoDbClient cannot be combined with region, endpointOverride,"
                        + " credentialsProvider or the timeouts: those configure the client VodJobs creates");
            }
            defaultRegion = null;
            defaultCredentials = null;
            defaultApiCallTimeout = null;
            defaultAttemptTimeout = null;
        }
        return new JobsConfig(tableName, Optional.ofNullable(client),
                Optional.ofNullable(region != null ? region : defaultRegion), Optional.ofNullable(endpoint),
                Optional.ofNullable(credentials != null ? credentials : defaultCredentials),
                CallDeadlines.of(apiCallTimeout != null ? apiCallTimeout : defaultApiCallTimeout,
                        attemptTimeout != null ? attemptTimeout : defaultAttemptTimeout, DEFAULT_DEADLINES),
                consistentRead, customKeys, maxBatchAttempts);
    }

    @Override
    public VodJobs build() {
        JacksonFloor.check();
        return new DefaultVodJobs(config());
    }

    /** Builds with another way of waiting between batch attempts (tests). */
    VodJobs build(Consumer<Duration> sleeper) {
        return new DefaultVodJobs(config(), sleeper);
    }
}
