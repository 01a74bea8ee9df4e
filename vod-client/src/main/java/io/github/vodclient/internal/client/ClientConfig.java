package io.github.vodclient.internal.client;

import io.github.vodclient.playback.VodPlayback;
import io.github.vodclient.sns.CertificateSource;
import io.github.vodclient.video.HandleResult;
import io.github.vodclient.video.VideoRepository;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sns.SnsClient;

/** A {@link io.github.vodclient.VodClient}'s settings, as built. Absent means "not configured" or "default". */
record ClientConfig(
        Optional<String> sourceBucket,
        Optional<String> tableName,
        Set<String> allowedTopicArns,
        Optional<Region> region,
        Optional<AwsCredentialsProvider> credentials,
        Optional<URI> s3Endpoint,
        Optional<URI> dynamoDbEndpoint,
        Optional<URI> snsEndpoint,
        Optional<S3Client> s3Client,
        Optional<S3Presigner> s3Presigner,
        Optional<DynamoDbClient> dynamoDbClient,
        Optional<SnsClient> snsClient,
        Optional<VideoRepository> repository,
        Consumer<HandleResult> listener,
        boolean strictMediaInfo,
        boolean failOnUnknownVideo,
        Clock clock,
        Optional<CertificateSource> certificateSource,
        Optional<Duration> apiCallTimeout,
        Optional<Duration> apiCallAttemptTimeout,
        Duration maxMessageAge,
        Optional<VodPlayback> playback) {
}
