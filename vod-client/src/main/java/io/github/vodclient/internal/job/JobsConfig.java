package io.github.vodclient.internal.job;

import io.github.vodclient.internal.CallDeadlines;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A {@link io.github.vodclient.job.VodJobs}' settings as built: an immutable snapshot of its {@link JobsBuilder},
 * the only configuration the reader reads. With the caller's {@code dynamoDbClient}, {@code region},
 * {@code endpoint}, {@code credentials} and {@code deadlines} are unused.
 *
 * @param tableName the pipeline's table
 * @param dynamoDbClient the caller's client, never closed
 * @param region the region of our client
 * @param endpoint the endpoint of our client
 * @param credentials the credentials of our client
 * @param deadlines the deadlines of our client
 * @param consistentRead whether reads by guid are strongly consistent
 * @param customMetadataKeys the custom keys read into {@code VodJob.custom()}
 * @param maxBatchAttempts how often a chunk of {@code findAll} is sent
 */
public record JobsConfig(String tableName, Optional<DynamoDbClient> dynamoDbClient, Optional<Region> region,
        Optional<URI> endpoint, Optional<AwsCredentialsProvider> credentials, CallDeadlines deadlines,
        boolean consistentRead, List<String> customMetadataKeys, int maxBatchAttempts) {

    /** Checks that nothing is missing and copies the key list. */
    public JobsConfig {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(dynamoDbClient, "dynamoDbClient");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(deadlines, "deadlines");
        customMetadataKeys = List.copyOf(customMetadataKeys);
    }
}
