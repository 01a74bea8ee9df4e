package io.github.vodclient.internal.client;

import io.github.vodclient.VodClient;
import io.github.vodclient.event.VodEventParser;
import io.github.vodclient.internal.CallDeadlines;
import io.github.vodclient.internal.JacksonFloor;
import io.github.vodclient.internal.Untrusted;
import io.github.vodclient.internal.event.VodEventParserBuilder;
import io.github.vodclient.internal.job.JobsBuilder;
import io.github.vodclient.internal.job.JobsConfig;
import io.github.vodclient.internal.sns.SnsVerifierBuilder;
import io.github.vodclient.internal.upload.UploadBuilder;
import io.github.vodclient.internal.upload.UploadSettings;
import io.github.vodclient.job.VodJobs;
import io.github.vodclient.playback.VodPlayback;
import io.github.vodclient.sns.SnsVerifier.CertificateSource;
import io.github.vodclient.sns.SnsVerifier;
import io.github.vodclient.sns.SubscriptionHandler;
import io.github.vodclient.upload.VodUploads;
import io.github.vodclient.video.HandleResult;
import io.github.vodclient.video.VideoRepository;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Collects and validates a {@link VodClient}'s settings: each part's own builder, which the nested setters
 * ({@code uploads(..)}, {@code jobs(..)}, {@code verification(..)}, {@code parser(..)}) and their shortcuts
 * ({@code sourceBucket}, {@code tableName}, {@code allowedTopicArn}...) configure alike, and the client-wide ones.
 * {@link #build()} hands it to the client, which takes the settings as they are then and keeps its parts, built
 * from immutable configurations, not this builder (OkHttp's {@code OkHttpClient(Builder)} shape). The fields the
 * client reads are package-private for that; {@code null} is "not set".
 */
final class ClientBuilder implements VodClient.Builder {
    private final UploadBuilder uploads = new UploadBuilder();
    private final JobsBuilder jobs = new JobsBuilder();
    final SnsVerifierBuilder verification = new SnsVerifierBuilder();
    final VodEventParserBuilder parser = new VodEventParserBuilder();
    private Region region;
    private AwsCredentialsProvider credentials;
    private URI snsEndpoint;
    private SnsClient snsClient;
    VideoRepository repository;
    Consumer<HandleResult> listener = result -> { };
    boolean strictMediaInfo;
    boolean failOnUnknownVideo;
    private Duration apiCallTimeout;
    private Duration apiCallAttemptTimeout;
    Duration maxHttpDeliveryAge = VodClient.DEFAULT_MAX_HTTP_DELIVERY_AGE;
    VodPlayback playback;

    @Override
    public VodClient.Builder uploads(Consumer<VodUploads.Builder> configure) {
        Objects.requireNonNull(configure, "uploads").accept(uploads);
        return this;
    }

    @Override
    public VodClient.Builder jobs(Consumer<VodJobs.Builder> configure) {
        Objects.requireNonNull(configure, "jobs").accept(jobs);
        return this;
    }

    @Override
    public VodClient.Builder verification(Consumer<SnsVerifier.Builder> configure) {
        Objects.requireNonNull(configure, "verification").accept(verification);
        return this;
    }

    @Override
    public VodClient.Builder parser(Consumer<VodEventParser.Builder> configure) {
        Objects.requireNonNull(configure, "parser").accept(parser);
        return this;
    }

    @Override
    public VodClient.Builder sourceBucket(String bucket) {
        uploads.bucket(bucket);
        return this;
    }

    @Override
    public VodClient.Builder tableName(String tableName) {
        jobs.tableName(tableName);
        return this;
    }

    @Override
    public VodClient.Builder allowedTopicArn(String topicArn) {
        verification.allowedTopicArn(topicArn);
        return this;
    }

    @Override
    public VodClient.Builder allowedTopicArns(Collection<String> topicArns) {
        verification.allowedTopicArns(topicArns);
        return this;
    }

    @Override
    public VodClient.Builder fromEnvironment(Map<String, String> environment) {
        Objects.requireNonNull(environment, "environment");
        fromVariable(environment, this::sourceBucket, "a bucket name", "S3_VOD_SOURCE_BUCKET", "SOURCE_BUCKET_NAME");
        fromVariable(environment, this::tableName, "a table name", "VOD_TABLE", "DYNAMODB_TABLE_NAME");
        fromVariable(environment, this::allowedTopicArn, "a topic ARN (arn:partition:sns:region:account:name)",
                "VOD_TOPIC_ARN");
        fromVariable(environment, r -> region(Region.of(r)), "a region", "AWS_REGION", "AWS_DEFAULT_REGION");
        return this;
    }

    /**
     * Applies the first of the variables that is set; a value the setter refuses is reported under the variable's
     * name, which is what the user set, with the value quoted and shortened.
     */
    private static void fromVariable(Map<String, String> environment, Consumer<String> setter, String expected,
            String... names) {
        for (String name : names) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                try {
                    setter.accept(value.trim());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(name + " is not " + expected + ": " + Untrusted.quote(value),
                            e);
                }
                return;
            }
        }
    }

    @Override
    public VodClient.Builder stackOutputs(Map<String, String> outputs) {
        Objects.requireNonNull(outputs, "stackOutputs");
        first(outputs, "SourceBucketName").ifPresent(this::sourceBucket);
        first(outputs, "DynamoDBTableName").ifPresent(this::tableName);
        Optional<String> v5Arn = first(outputs, "SnsTopic").filter(s -> s.startsWith("arn:"));
        if (v5Arn.isPresent()) {
            allowedTopicArn(v5Arn.get());
        } else {
            Optional<String> name = first(outputs, "SnsTopicName");
            Optional<String> sqsArn = first(outputs, "SqsArn");
            if (name.isPresent() && sqsArn.isPresent()) {
                allowedTopicArn(topicArn(name.get(), sqsArn.get()));
            }
        }
        return this;
    }

    @Override
    public VodClient.Builder region(Region region) {
        this.region = Objects.requireNonNull(region, "region");
        return this;
    }

    @Override
    public VodClient.Builder credentialsProvider(AwsCredentialsProvider credentialsProvider) {
        this.credentials = Objects.requireNonNull(credentialsProvider, "credentialsProvider");
        return this;
    }

    @Override
    public VodClient.Builder s3Endpoint(URI endpoint) {
        uploads.endpointOverride(endpoint(endpoint, "s3Endpoint")).pathStyle(true);
        return this;
    }

    @Override
    public VodClient.Builder dynamoDbEndpoint(URI endpoint) {
        jobs.endpointOverride(endpoint(endpoint, "dynamoDbEndpoint"));
        return this;
    }

    @Override
    public VodClient.Builder snsEndpoint(URI endpoint) {
        this.snsEndpoint = endpoint(endpoint, "snsEndpoint");
        return this;
    }

    @Override
    public VodClient.Builder s3(S3Client s3Client, S3Presigner presigner) {
        Objects.requireNonNull(s3Client, "s3Client");
        Objects.requireNonNull(presigner, "presigner");
        uploads.s3Client(s3Client).presigner(presigner);
        return this;
    }

    @Override
    public VodClient.Builder dynamoDbClient(DynamoDbClient dynamoDbClient) {
        jobs.dynamoDbClient(dynamoDbClient);
        return this;
    }

    @Override
    public VodClient.Builder snsClient(SnsClient snsClient) {
        this.snsClient = Objects.requireNonNull(snsClient, "snsClient");
        return this;
    }

    @Override
    public VodClient.Builder videoRepository(VideoRepository repository) {
        this.repository = Objects.requireNonNull(repository, "videoRepository");
        return this;
    }

    @Override
    public VodClient.Builder listener(Consumer<HandleResult> listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    @Override
    public VodClient.Builder strictMediaInfo(boolean strict) {
        this.strictMediaInfo = strict;
        return this;
    }

    @Override
    public VodClient.Builder failOnUnknownVideo(boolean fail) {
        this.failOnUnknownVideo = fail;
        return this;
    }

    @Override
    public VodClient.Builder clock(Clock clock) {
        verification.clock(clock);
        return this;
    }

    @Override
    public VodClient.Builder certificateSource(CertificateSource source) {
        verification.certificateSource(source);
        return this;
    }

    @Override
    public VodClient.Builder maxHttpDeliveryAge(Duration maxAge) {
        this.maxHttpDeliveryAge = CallDeadlines.positive(maxAge, "maxHttpDeliveryAge");
        return this;
    }

    @Override
    public VodClient.Builder apiCallTimeout(Duration timeout) {
        this.apiCallTimeout = CallDeadlines.positive(timeout, "apiCallTimeout");
        return this;
    }

    @Override
    public VodClient.Builder apiCallAttemptTimeout(Duration timeout) {
        this.apiCallAttemptTimeout = CallDeadlines.positive(timeout, "apiCallAttemptTimeout");
        return this;
    }

    @Override
    public VodClient.Builder playback(Consumer<VodPlayback.Builder> configure) {
        VodPlayback.Builder builder = VodPlayback.builder();
        Objects.requireNonNull(configure, "playback").accept(builder);
        this.playback = builder.build();
        return this;
    }

    @Override
    public VodClient build() {
        JacksonFloor.check();
        if (snsClient != null && snsEndpoint != null) {
            throw new IllegalStateException("snsEndpoint and snsClient are exclusive: configure the endpoint on "
                    + "your own client");
        }
        return new DefaultVodClient(this);
    }

    // The parts' settings are snapshots that fill in the client-wide settings without changing the parts'
    // builders; what a part's own builder set wins over the client-wide setting.

    /** The uploads part's settings, when a bucket is set. */
    Optional<UploadSettings> uploadSettings() {
        return uploads.hasBucket() ? Optional.of(
                uploads.settings(region, credentials, apiCallTimeout, apiCallAttemptTimeout)) : Optional.empty();
    }

    /** The job look-ups' configuration, when a table is set. */
    Optional<JobsConfig> jobsConfig() {
        return jobs.hasTable() ? Optional.of(
                jobs.config(region, credentials, apiCallTimeout, apiCallAttemptTimeout)) : Optional.empty();
    }

    /** Confirms subscriptions to the topics the verifier allows, with the client-wide SNS settings; none without. */
    Optional<SubscriptionHandler> subscriptions(Set<String> topics) {
        if (topics.isEmpty()) {
            return Optional.empty();
        }
        SubscriptionHandler.Builder b = SubscriptionHandler.builder().allowedTopicArns(topics);
        if (snsClient != null) {
            b.snsClient(snsClient);
        } else {
            if (credentials != null) {
                b.credentialsProvider(credentials);
            }
            if (snsEndpoint != null) {
                b.endpointOverride(snsEndpoint);
            }
            if (apiCallTimeout != null) {
                b.apiCallTimeout(apiCallTimeout);
            }
            if (apiCallAttemptTimeout != null) {
                b.apiCallAttemptTimeout(apiCallAttemptTimeout);
            }
        }
        return Optional.of(b.build());
    }

    /**
     * The v6 stack outputs the topic's name only ({@code SnsTopicName}); its ARN shares partition, region and
     * account with the stack's queue ({@code SqsArn}, {@code arn:aws:sqs:us-east-1:111122223333:name}).
     */
    private static String topicArn(String topicName, String sqsArn) {
        String[] parts = sqsArn.split(":", -1);
        if (parts.length != 6 || !parts[0].equals("arn") || !parts[2].equals("sqs")) {
            throw new IllegalArgumentException("SqsArn is not an SQS queue ARN: " + sqsArn);
        }
        return "arn:" + parts[1] + ":sns:" + parts[3] + ":" + parts[4] + ":" + topicName;
    }

    private static Optional<String> first(Map<String, String> values, String... names) {
        for (String name : names) {
            String value = values.get(name);
            if (value != null && !value.isBlank()) {
                return Optional.of(value.trim());
            }
        }
        return Optional.empty();
    }

    private static URI endpoint(URI endpoint, String name) {
        Objects.requireNonNull(endpoint, name);
        if (endpoint.getScheme() == null || endpoint.getHost() == null) {
            throw new IllegalArgumentException(name + " must be an absolute http(s) URI: " + endpoint);
        }
        return endpoint;
    }
}
