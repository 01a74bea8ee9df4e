package io.github.vodclient.internal.job;

import io.github.vodclient.VodException;
import io.github.vodclient.internal.Lazy;
import io.github.vodclient.internal.event.MessageFields;
import io.github.vodclient.job.MediaInfo;
import io.github.vodclient.job.VodJob;
import io.github.vodclient.job.VodJobs;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
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
    /** How the pipeline (v5+) writes {@code startTime}: JavaScript's {@code Date.toISOString()}. */
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    /** A prefix of how v4 wrote {@code startTime} ({@code YYYY-MM-DD HH:mm.S}). */
    private static final DateTimeFormatter LEGACY_MINUTE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final Logger LOG = LoggerFactory.getLogger(DefaultVodJobs.class);

    private final String tableName;
    private final Lazy<DynamoDbClient> client;
    private final boolean consistentRead;
    /** Every look-up's projection expression ({@code #a0,#a1,...}) and its attribute names, in the same order. */
    private final String projection;
    private final Map<String, String> projectionNames;
    private final BatchLookup batch;

    /**
     * A reader of the configured table; its own DynamoDB client, if it needs one, is created on first use.
     *
     * @param config the settings, as built
     */
    public DefaultVodJobs(JobsConfig config) {
        this(config, BatchLookup::sleep);
    }

    /** The job of a body of the solution's own SQS queue; behind {@link VodJobs#fromSqsBody(String)}. */
    public static VodJob fromSqsBody(String sqsBody) {
        return JobReader.fromSqsBody(sqsBody);
    }

    /** A {@code srcMediainfo} document; behind {@link VodJobs#parseMediaInfo(String)}. */
    public static MediaInfo parseMediaInfo(String srcMediainfoJson) {
        return MediaInfoReader.parse(srcMediainfoJson, "srcMediainfo");
    }

    DefaultVodJobs(JobsConfig config, Consumer<Duration> sleeper) {
        this.tableName = config.tableName();
        this.client = Lazy.of("VodJobs", config.dynamoDbClient().orElse(null), () -> newClient(config));
        this.consistentRead = config.consistentRead();
        this.projectionNames = projectionNames(config.customMetadataKeys());
        this.projection = String.join(",", projectionNames.keySet());
        this.batch = new BatchLookup(tableName, projection, projectionNames, consistentRead, config.maxBatchAttempts(),
                sleeper);
    }

    @Override
    public Optional<VodJob> find(String guid) {
        requireText(guid, "guid");
        GetItemResponse response = client.get().getItem(r -> r.tableName(tableName)
                .key(Map.of("guid", AttributeValue.fromS(guid)))
                .projectionExpression(projection)
                .expressionAttributeNames(projectionNames)
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
        Map<String, String> names = new HashMap<>(projectionNames);
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
                .projectionExpression(projection)
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

    /**
     * The expression attribute names of every look-up's projection, in order: the attributes {@code VodJob} models
     * plus the caller's custom keys, never {@code encodingJob} or {@code encodingOutput}. Every name goes through a
     * placeholder ({@code #a0}, ...) because several item keys ({@code status}-like custom keys, {@code name}, ...) are
     * DynamoDB reserved words; the projection expression is the placeholders joined by commas. A request may add
     * names of its own with other prefixes.
     */
    static Map<String, String> projectionNames(Collection<String> customKeys) {
        Set<String> attributes = new LinkedHashSet<>(MessageFields.TYPED_KEYS);
        attributes.addAll(customKeys);
        attributes.remove("encodingJob");
        attributes.remove("encodingOutput");
        Map<String, String> names = new LinkedHashMap<>();
        for (String attribute : attributes) {
            names.put("#a" + names.size(), attribute);
        }
        return Collections.unmodifiableMap(names);
    }

    /**
     * Builds our client. Without a region anywhere (builder, AWS_REGION, profile, instance metadata) the SDK fails
     * here; {@link Lazy} keeps the failure and throws it again, with one line that says what to set, instead of
     * building and failing again, for seconds, on every look-up.
     */
    private static DynamoDbClient newClient(JobsConfig config) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(config.deadlines().overrides());
        config.region().ifPresent(builder::region);
        config.endpoint().ifPresent(builder::endpointOverride);
        config.credentials().ifPresent(builder::credentialsProvider);
        try {
            return builder.build();
        } catch (SdkClientException e) {
            throw new VodException(config.region().isEmpty()
                    ? "VodJobs cannot create its DynamoDB client: no AWS region is configured; set AWS_REGION or "
                            + ".region(...)"
                    : "VodJobs cannot create its DynamoDB client: " + e.getMessage(), e);
        }
    }

    static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
