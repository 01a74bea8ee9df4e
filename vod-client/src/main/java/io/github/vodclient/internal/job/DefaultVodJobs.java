package io.github.vodclient.internal.job;

import io.github.vodclient.VodException;
import io.github.vodclient.internal.CallDeadlines;
import io.github.vodclient.internal.JacksonFloor;
import io.github.vodclient.job.VodJob;
import io.github.vodclient.job.VodJobs;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/** The {@link VodJobs} behind {@link VodJobs#builder()}. Thread-safe. */
public final class DefaultVodJobs implements VodJobs {
    /** The pipeline's only index: HASH {@code srcBucket}, RANGE {@code startTime}, projection ALL. */
    static final String SOURCE_INDEX = "srcBucket-startTime-index";
    private static final Pattern TABLE_NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");
    /** How the pipeline (v5+) writes {@code startTime}: JavaScript's {@code Date.toISOString()}. */
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    /** A prefix of how v4 wrote {@code startTime} ({@code YYYY-MM-DD HH:mm.S}). */
    private static final DateTimeFormatter LEGACY_MINUTE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final Logger LOG = LoggerFactory.getLogger(DefaultVodJobs.class);

    private final String tableName;
    private final ClientHolder client;
    private final boolean consistentRead;
    private final JobProjection projection;
    private final BatchLookup batch;

    DefaultVodJobs(BuilderImpl b, BatchLookup.Sleeper sleeper) {
        this.tableName = b.tableName;
        this.client = new ClientHolder(b);
        this.consistentRead = b.consistentRead;
        this.projection = JobProjection.of(b.customKeys);
        this.batch = new BatchLookup(tableName, projection, consistentRead, b.maxBatchAttempts, sleeper);
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    /** The job of a body of the solution's own SQS queue; behind {@link VodJobs#fromSqsBody(String)}. */
    public static VodJob fromSqsBody(String sqsBody) {
        return JobReader.fromSqsBody(sqsBody);
    }

    public static VodJobs.Builder builder() {
        return new BuilderImpl();
    }

    @Override
    public Optional<VodJob> find(String guid) {
        requireText(guid, "guid");
        GetItemResponse response = client.get().getItem(r -> r.tableName(tableName)
                .key(Map.of("guid", AttributeValue.fromS(guid)))
                .projectionExpression(projection.expression())
                .expressionAttributeNames(projection.names())
                .consistentRead(consistentRead));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(JobReader.fromItem(response.item()));
    }

    @Override
    public Map<String, VodJob> findAll(Collection<String> guids) {
        Objects.requireNonNull(guids, "guids");
        for (String guid : guids) {
            requireText(guid, "guids element");
        }
        return batch.findAll(client.get(), guids);
    }

    @Override
    public List<VodJob> findBySourceKey(String srcBucket, String srcVideo, Instant from, Instant to) {
        requireText(srcBucket, "srcBucket");
        requireText(srcVideo, "srcVideo");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
        }
        // The range covers both formats startTime has had: v4's "YYYY-MM-DD HH:mm.S" sorts before the ISO form of
        // the same minute (' ' < 'T'), so the lower bound is the legacy form. The exact window is applied below.
        Map<String, String> names = new HashMap<>(projection.names());
        names.put("#bucket", "srcBucket");
        names.put("#start", "startTime");
        names.put("#video", "srcVideo");
        Map<String, AttributeValue> values = Map.of(
                ":bucket", AttributeValue.fromS(srcBucket),
                ":from", AttributeValue.fromS(LEGACY_MINUTE.format(from.truncatedTo(ChronoUnit.MINUTES))),
                ":to", AttributeValue.fromS(ISO_MILLIS.format(to)),
                ":video", AttributeValue.fromS(srcVideo));
        QueryRequest.Builder request = QueryRequest.builder()
                .tableName(tableName)
                .indexName(SOURCE_INDEX)
                .keyConditionExpression("#bucket = :bucket AND #start BETWEEN :from AND :to")
                .filterExpression("#video = :video")
                .projectionExpression(projection.expression())
                .expressionAttributeNames(names)
                .expressionAttributeValues(values);
        List<VodJob> jobs = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        int pages = 0;
        do {
            QueryResponse page = client.get().query(request.exclusiveStartKey(startKey).build());
            pages++;
            for (Map<String, AttributeValue> item : page.items()) {
                VodJob job = JobReader.fromItem(item);
                if (job.startTime().map(t -> !t.isBefore(from) && !t.isAfter(to)).orElse(false)) {
                    jobs.add(job);
                }
            }
            startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
                    ? page.lastEvaluatedKey() : null;
        } while (startKey != null);
        LOG.debug("source-key query on {} read {} page(s), found {} job(s)", tableName, pages, jobs.size());
        jobs.sort((a, b) -> a.startTime().orElseThrow().compareTo(b.startTime().orElseThrow()));
        return jobs;
    }

    @Override
    public void close() {
        client.close();
    }

    static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    /** The caller's client, or one created on first use and closed by {@link #close()}. */
    private static final class ClientHolder {
        private final DynamoDbClient callers;
        private final Region region;
        private final URI endpoint;
        private final AwsCredentialsProvider credentials;
        private final CallDeadlines deadlines;
        private DynamoDbClient own;
        private VodException failed;
        private boolean closed;

        ClientHolder(BuilderImpl b) {
            this.callers = b.client;
            this.region = b.region;
            this.endpoint = b.endpoint;
            this.credentials = b.credentials;
            this.deadlines = b.deadlines;
        }

        DynamoDbClient get() {
            if (callers != null) {
                return callers;
            }
            synchronized (this) {
                if (closed) {
                    throw new VodException("this VodJobs is closed");
                }
                if (failed != null) {
                    throw failed;
                }
                if (own == null) {
                    own = create();
                }
                return own;
            }
        }

        /**
         * Builds the client once. Without a region anywhere (builder, AWS_REGION, profile, instance metadata) the SDK
         * fails here; that failure is kept and thrown again, with one line that says what to set, instead of
         * building and failing again, for seconds, on every look-up.
         */
        private DynamoDbClient create() {
            try {
                return build();
            } catch (SdkClientException e) {
                failed = new VodException(region == null
                        ? "VodJobs cannot create its DynamoDB client: no AWS region is configured; set AWS_REGION or "
                                + ".region(...)"
                        : "VodJobs cannot create its DynamoDB client: " + e.getMessage(), e);
                throw failed;
            }
        }

        private DynamoDbClient build() {
            DynamoDbClientBuilder builder = DynamoDbClient.builder()
                    .httpClient(UrlConnectionHttpClient.create())
                    .overrideConfiguration(deadlines.overrides());
            if (region != null) {
                builder.region(region);
            }
            if (endpoint != null) {
                builder.endpointOverride(endpoint);
            }
            if (credentials != null) {
                builder.credentialsProvider(credentials);
            }
            return builder.build();
        }

        synchronized void close() {
            closed = true;
            if (own != null) {
                own.close();
                own = null;
            }
        }
    }

    /** Collects and validates the settings; fails fast naming the field. */
    static final class BuilderImpl implements VodJobs.Builder {
        private String tableName;
        private DynamoDbClient client;
        private Region region;
        private URI endpoint;
        private AwsCredentialsProvider credentials;
        private boolean consistentRead;
        private List<String> customKeys = List.of();
        private int maxBatchAttempts = VodJobs.DEFAULT_MAX_BATCH_ATTEMPTS;
        private CallDeadlines deadlines = new CallDeadlines(VodJobs.DEFAULT_API_CALL_TIMEOUT,
                VodJobs.DEFAULT_API_CALL_ATTEMPT_TIMEOUT);
        private boolean deadlinesSet;

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
                requireText(key, "customMetadataKeys element");
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
            this.deadlines = deadlines.withApiCall(timeout);
            this.deadlinesSet = true;
            return this;
        }

        @Override
        public VodJobs.Builder apiCallAttemptTimeout(Duration timeout) {
            this.deadlines = deadlines.withAttempt(timeout);
            this.deadlinesSet = true;
            return this;
        }

        @Override
        public VodJobs build() {
            JacksonFloor.check();
            return build(BatchLookup.Sleeper.THREAD);
        }

        /** Builds with another way of waiting between batch attempts (tests). */
        VodJobs build(BatchLookup.Sleeper sleeper) {
            if (tableName == null) {
                throw new IllegalStateException("tableName is required");
            }
            if (client != null && (region != null || endpoint != null || credentials != null || deadlinesSet)) {
                throw new IllegalStateException("dynamoDbClient cannot be combined with region, endpointOverride,"
                        + " credentialsProvider or the timeouts: those configure the client VodJobs creates");
            }
            return new DefaultVodJobs(this, sleeper);
        }
    }
}
