package io.github.vodclient.job;

import io.github.vodclient.internal.job.DefaultVodJobs;
import io.github.vodclient.internal.job.JobsBuilder;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Reads job records from the pipeline's DynamoDB table (its name is the stack's name, stack output
 * {@code DynamoDBTableName}).
 *
 * <p>Every look-up reads only the attributes {@link VodJob} models (plus the custom metadata keys named with
 * {@link Builder#customMetadataKeys(Collection)}): the item's {@code encodingJob} and {@code encodingOutput} maps,
 * which make a final item about 30 KB, are never transferred. DynamoDB still charges read capacity for the whole
 * item; the projection saves transfer and parsing, not capacity.
 *
 * <p>Throttling and transient errors are retried by the AWS SDK's retry policy of the {@link DynamoDbClient} and
 * then surface as the SDK's own unchecked {@code SdkException}s (for example
 * {@code ProvisionedThroughputExceededException}, {@code ResourceNotFoundException} for a wrong table name). An
 * item or media info that cannot be read throws {@link io.github.vodclient.VodParseException} naming the
 * attribute.
 *
 * <p>Thread-safe: share one instance. It owns the DynamoDB client it creates and closes it in {@link #close()}; a
 * client passed to {@link Builder#dynamoDbClient(DynamoDbClient)} is never closed.
 *
 * <pre>{@code
 * try (VodJobs jobs = VodJobs.builder().tableName("vod-stack").region(Region.EU_WEST_1).build()) {
 *     Optional<VodJob> job = jobs.find(completeEvent.guid());
 *     job.flatMap(VodJob::mediaInfo).ifPresent(info -> System.out.println(info.container().duration()));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public interface VodJobs extends AutoCloseable {

    /** How many keys one BatchGetItem request carries at most (DynamoDB's limit). */
    int BATCH_SIZE = 100;

    /** Default number of BatchGetItem attempts per chunk while DynamoDB returns unprocessed keys. */
    int DEFAULT_MAX_BATCH_ATTEMPTS = 8;

    /**
     * Default deadline of one DynamoDB call of the client a reader creates, every retry included: 5 seconds. A
     * {@link io.github.vodclient.VodClient} handling a Complete then falls back to the event's own data, or fails,
     * well inside a Lambda's time (give the function at least 10 seconds).
     */
    Duration DEFAULT_API_CALL_TIMEOUT = Duration.ofSeconds(5);

    /** Default deadline of one attempt of a DynamoDB call of the client a reader creates: 2 seconds. */
    Duration DEFAULT_API_CALL_ATTEMPT_TIMEOUT = Duration.ofSeconds(2);

    /**
     * Starts configuring a reader.
     *
     * @return a new builder
     */
    static Builder builder() {
        return new JobsBuilder();
    }

    /**
     * Reads a job from a message body of the solution's own SQS queue (stack option EnableSqs), which carries the
     * whole final workflow state: no table look-up is needed, and no reader either.
     *
     * <pre>{@code
     * VodJob job = VodJobs.fromSqsBody(sqsMessage.getBody());
     * job.playback().preferredHls();
     * Optional<MediaInfo> info = job.mediaInfo();   // carried in the body, no look-up
     * }</pre>
     *
     * @param sqsBody the SQS message body, the workflow state as JSON
     * @return the job
     * @throws io.github.vodclient.VodParseException when the body is malformed or has no {@code guid}; the message
     *     names the field
     */
    static VodJob fromSqsBody(String sqsBody) {
        return DefaultVodJobs.fromSqsBody(sqsBody);
    }

    /**
     * Parses the pipeline's {@code srcMediainfo} string (either format, see {@link MediaInfo}), without any look-up
     * and without a reader: for an item read with the caller's own DynamoDB code.
     *
     * <pre>{@code
     * MediaInfo info = VodJobs.parseMediaInfo(item.get("srcMediainfo").s());
     * // PT21.021S, whether written 21.021 (v4.3+) or 21021 (v4.0-4.2)
     * Duration length = info.container().duration().orElseThrow();
     * int height = info.video().get(0).height().orElseThrow();
     * }</pre>
     *
     * @param srcMediainfoJson the JSON document, as stored in the table item
     * @return the typed media info
     * @throws io.github.vodclient.VodParseException when the text is not JSON or a field has an unusable value;
     *     the message names the field, e.g. {@code srcMediainfo.video[0].width}
     */
    static MediaInfo parseMediaInfo(String srcMediainfoJson) {
        return DefaultVodJobs.parseMediaInfo(srcMediainfoJson);
    }

    /**
     * Looks a job up by its guid with one GetItem request.
     *
     * <pre>{@code
     * VodJob job = jobs.find("6e1b9e46-3d5f-4c6d-9b0a-2f9d6b8f4a11").orElseThrow();
     * }</pre>
     *
     * @param guid the job's id, as in every pipeline event
     * @return the job, or empty when the table has no item with that guid
     * @throws IllegalArgumentException when the guid is blank
     * @throws io.github.vodclient.VodParseException when the item cannot be read
     */
    Optional<VodJob> find(String guid);

    /**
     * Looks many jobs up with BatchGetItem, {@value #BATCH_SIZE} keys per request, retrying the keys DynamoDB
     * returns as unprocessed with exponential backoff and jitter, at most {@link Builder#maxBatchAttempts(int)}
     * times per chunk. Duplicate guids are looked up once.
     *
     * <pre>{@code
     * Map<String, VodJob> found = jobs.findAll(guids);
     * List<String> missing = guids.stream().filter(g -> !found.containsKey(g)).toList();
     * }</pre>
     *
     * @param guids the jobs' ids
     * @return the jobs found, by guid, in the order of {@code guids}; guids without an item are absent
     * @throws IllegalArgumentException when a guid is null or blank
     * @throws io.github.vodclient.VodException when keys are still unprocessed after the last attempt
     * @throws io.github.vodclient.VodParseException when an item cannot be read
     */
    Map<String, VodJob> findAll(Collection<String> guids);

    /**
     * Finds the jobs of one source object that started in a time window, oldest first: each upload of the same key
     * (a re-upload, or a re-delivered S3 event) starts a job with a new guid.
     *
     * <p>Cost: the table has no index on {@code srcVideo}. This queries the {@code srcBucket-startTime-index} GSI
     * for every job of the bucket that started in the window and filters on {@code srcVideo} in DynamoDB, which
     * still reads, and charges read capacity for, every job of the bucket in the window at its full size (a final
     * item is about 30 KB: about 4 read capacity units each, eventually consistent). Keep the window as narrow as
     * you can, for example around the Ingest event's time. Index reads are eventually consistent. Items of solution
     * v4 (times written {@code YYYY-MM-DD HH:mm.S}) are found too.
     *
     * <pre>{@code
     * List<VodJob> uploads = jobs.findBySourceKey(bucket, "uploads/intro.mp4",
     *         ingestTime.minus(Duration.ofMinutes(5)), ingestTime.plus(Duration.ofMinutes(5)));
     * }</pre>
     *
     * @param srcBucket the source bucket (stack output {@code SourceBucketName})
     * @param srcVideo the source object's key, decoded (as in {@code srcVideo})
     * @param from the window's start, inclusive
     * @param to the window's end, inclusive
     * @return the matching jobs ordered by start time, possibly empty
     * @throws IllegalArgumentException when a string is blank or {@code to} is before {@code from}
     * @throws io.github.vodclient.VodParseException when an item cannot be read
     */
    List<VodJob> findBySourceKey(String srcBucket, String srcVideo, Instant from, Instant to);

    /**
     * Closes the DynamoDB client this reader created, if any; a client passed in by the caller stays open.
     * Idempotent.
     */
    @Override
    void close();

    /**
     * Configures a {@link VodJobs}. Not thread-safe; {@link #build()} may be called more than once.
     *
     * @since 0.1.0
     */
    interface Builder {

        /**
         * Sets the table's name (required): the stack's name, stack output {@code DynamoDBTableName}.
         *
         * @param tableName 3 to 255 characters of {@code [a-zA-Z0-9_.-]}
         * @return this builder
         */
        Builder tableName(String tableName);

        /**
         * Uses the caller's DynamoDB client, which the reader never closes. Cannot be combined with
         * {@link #region}, {@link #endpointOverride} or {@link #credentialsProvider}.
         *
         * @param client the client
         * @return this builder
         */
        Builder dynamoDbClient(DynamoDbClient client);

        /**
         * Sets the region of the client the reader creates; default: the SDK's region provider chain.
         *
         * @param region the region
         * @return this builder
         */
        Builder region(Region region);

        /**
         * Sets the endpoint of the client the reader creates, e.g. a DynamoDB Local URL; default: the region's.
         *
         * @param endpoint the endpoint URL
         * @return this builder
         */
        Builder endpointOverride(URI endpoint);

        /**
         * Sets the credentials of the client the reader creates; default: the SDK's default credentials chain.
         *
         * @param credentials the credentials provider
         * @return this builder
         */
        Builder credentialsProvider(AwsCredentialsProvider credentials);

        /**
         * Reads by guid with strongly consistent reads (twice the read capacity); default false. Queries by source
         * key are always eventually consistent (a GSI does not offer consistent reads).
         *
         * @param consistentRead whether {@link #find} and {@link #findAll} read consistently
         * @return this builder
         */
        Builder consistentRead(boolean consistentRead);

        /**
         * Names the custom metadata keys (from metadata files, e.g. {@code title}) to read into
         * {@link VodJob#custom()}; default none. A look-up reads only the attributes it names, so other custom keys
         * are not returned.
         *
         * @param keys the attribute names
         * @return this builder
         */
        Builder customMetadataKeys(Collection<String> keys);

        /**
         * Sets how often a chunk of {@link #findAll} is sent while DynamoDB leaves keys unprocessed; default
         * {@value VodJobs#DEFAULT_MAX_BATCH_ATTEMPTS}.
         *
         * @param maxAttempts at least 1
         * @return this builder
         */
        Builder maxBatchAttempts(int maxAttempts);

        /**
         * Sets the deadline of one call of the client the reader creates, every retry and backoff included; default
         * {@link VodJobs#DEFAULT_API_CALL_TIMEOUT} (5 s). A call past it throws the SDK's
         * {@code ApiCallTimeoutException}. A caller's client keeps its own configuration.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        Builder apiCallTimeout(Duration timeout);

        /**
         * Sets the deadline of one attempt of a call of the client the reader creates (a timed-out attempt is
         * retried while the call's deadline allows); default {@link VodJobs#DEFAULT_API_CALL_ATTEMPT_TIMEOUT} (2 s).
         *
         * @param timeout a positive duration
         * @return this builder
         */
        Builder apiCallAttemptTimeout(Duration timeout);

        /**
         * Builds the reader. Its own DynamoDB client, if it needs one, is created on first use.
         *
         * @return the reader
         * @throws IllegalStateException when the table name is missing, or a caller's client is combined with
         *     client settings (region, endpoint, credentials, timeouts)
         */
        VodJobs build();
    }
}
