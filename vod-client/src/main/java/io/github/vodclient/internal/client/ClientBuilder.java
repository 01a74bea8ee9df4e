package io.github.vodclient.internal.client;

import io.github.vodclient.VodClient;
import io.github.vodclient.internal.CallDeadlines;
import io.github.vodclient.internal.JacksonFloor;
import io.github.vodclient.internal.Untrusted;
import io.github.vodclient.internal.sns.TopicArn;
import io.github.vodclient.playback.VodPlayback;
import io.github.vodclient.sns.CertificateSource;
import io.github.vodclient.video.HandleResult;
import io.github.vodclient.video.VideoRepository;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
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

/** Collects and validates a {@link VodClient}'s settings. */
final class ClientBuilder implements VodClient.Builder {
    private String sourceBucket;
    private String tableName;
    private final Set<String> allowedTopicArns = new LinkedHashSet<>();
    private Region region;
    private AwsCredentialsProvider credentials;
    private URI s3Endpoint;
    private URI dynamoDbEndpoint;
    private URI snsEndpoint;
    private S3Client s3Client;
    private S3Presigner s3Presigner;
    private DynamoDbClient dynamoDbClient;
    private SnsClient snsClient;
    private VideoRepository repository;
    private Consumer<HandleResult> listener = result -> { };
    private boolean strictMediaInfo;
    private boolean failOnUnknownVideo;
    private Clock clock = Clock.systemUTC();
    private CertificateSource certificateSource;
    private Duration apiCallTimeout;
    private Duration apiCallAttemptTimeout;
    private Duration maxMessageAge = VodClient.DEFAULT_MAX_MESSAGE_AGE;
    private VodPlayback playback;

    @Override
    public VodClient.Builder sourceBucket(String bucket) {
        this.sourceBucket = nonBlank(bucket, "sourceBucket");
        return this;
    }

    @Override
    public VodClient.Builder tableName(String tableName) {
        this.tableName = nonBlank(tableName, "tableName");
        return this;
    }

    @Override
    public VodClient.Builder allowedTopicArn(String topicArn) {
        allowedTopicArns.add(topicArn(topicArn, "allowedTopicArn"));
        return this;
    }

    @Override
    public VodClient.Builder allowedTopicArns(Collection<String> topicArns) {
        Objects.requireNonNull(topicArns, "allowedTopicArns");
        allowedTopicArns.clear();
        topicArns.forEach(arn -> allowedTopicArns.add(topicArn(arn, "allowedTopicArns")));
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
                allowedTopicArn(StackOutputs.topicArn(name.get(), sqsArn.get()));
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
        this.s3Endpoint = endpoint(endpoint, "s3Endpoint");
        return this;
    }

    @Override
    public VodClient.Builder dynamoDbEndpoint(URI endpoint) {
        this.dynamoDbEndpoint = endpoint(endpoint, "dynamoDbEndpoint");
        return this;
    }

    @Override
    public VodClient.Builder snsEndpoint(URI endpoint) {
        this.snsEndpoint = endpoint(endpoint, "snsEndpoint");
        return this;
    }

    @Override
    public VodClient.Builder s3(S3Client s3Client, S3Presigner presigner) {
        this.s3Client = Objects.requireNonNull(s3Client, "s3Client");
        this.s3Presigner = Objects.requireNonNull(presigner, "presigner");
        return this;
    }

    @Override
    public VodClient.Builder dynamoDbClient(DynamoDbClient dynamoDbClient) {
        this.dynamoDbClient = Objects.requireNonNull(dynamoDbClient, "dynamoDbClient");
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
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    @Override
    public VodClient.Builder certificateSource(CertificateSource source) {
        this.certificateSource = Objects.requireNonNull(source, "certificateSource");
        return this;
    }

    @Override
    public VodClient.Builder maxMessageAge(Duration maxMessageAge) {
        this.maxMessageAge = CallDeadlines.positive(maxMessageAge, "maxMessageAge");
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
        if (s3Client != null && s3Endpoint != null) {
            throw new IllegalStateException("s3Endpoint and s3(...) are exclusive: configure the endpoint on your "
                    + "own client");
        }
        if (dynamoDbClient != null && dynamoDbEndpoint != null) {
            throw new IllegalStateException("dynamoDbEndpoint and dynamoDbClient are exclusive: configure the "
                    + "endpoint on your own client");
        }
        if (snsClient != null && snsEndpoint != null) {
            throw new IllegalStateException("snsEndpoint and snsClient are exclusive: configure the endpoint on "
                    + "your own client");
        }
        return new DefaultVodClient(new ClientConfig(Optional.ofNullable(sourceBucket), Optional.ofNullable(tableName),
                Set.copyOf(allowedTopicArns), Optional.ofNullable(region), Optional.ofNullable(credentials),
                Optional.ofNullable(s3Endpoint), Optional.ofNullable(dynamoDbEndpoint), Optional.ofNullable(snsEndpoint),
                Optional.ofNullable(s3Client), Optional.ofNullable(s3Presigner), Optional.ofNullable(dynamoDbClient),
                Optional.ofNullable(snsClient), Optional.ofNullable(repository), listener, strictMediaInfo,
                failOnUnknownVideo, clock, Optional.ofNullable(certificateSource), Optional.ofNullable(apiCallTimeout),
                Optional.ofNullable(apiCallAttemptTimeout), maxMessageAge, Optional.ofNullable(playback)));
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

    private static String nonBlank(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
        return value;
    }

    private static String topicArn(String value, String name) {
        nonBlank(value, name);
        try {
            return TopicArn.requireValid(value, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " is not a topic ARN (arn:partition:sns:region:account:name): "
                    + value, e);
        }
    }

    private static URI endpoint(URI endpoint, String name) {
        Objects.requireNonNull(endpoint, name);
        if (endpoint.getScheme() == null || endpoint.getHost() == null) {
            throw new IllegalArgumentException(name + " must be an absolute http(s) URI: " + endpoint);
        }
        return endpoint;
    }
}
