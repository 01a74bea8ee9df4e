package io.github.vodclient;

import io.github.vodclient.event.VodEvent;
import io.github.vodclient.internal.client.DefaultVodClient;
import io.github.vodclient.event.VodEventParser;
import io.github.vodclient.job.VodJobs;
import io.github.vodclient.playback.VodPlayback;
import io.github.vodclient.sns.SnsVerifier.CertificateSource;
import io.github.vodclient.sns.SnsVerifier;
import io.github.vodclient.sns.SubscriptionHandler;
import io.github.vodclient.upload.VodUploads;
import io.github.vodclient.video.HandleResult;
import io.github.vodclient.video.VideoRepository;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The whole pipeline behind one small API: presigned uploads into the source bucket, verified and typed events
 * applied to the application's videos through its {@link VideoRepository}, and job look-ups.
 *
 * <pre>{@code
 * VodClient vod = VodClient.builder()
 *         .fromEnvironment()                       // S3_VOD_SOURCE_BUCKET, VOD_TABLE, VOD_TOPIC_ARN, AWS_REGION
 *         .videoRepository(new JdbcVideos(dataSource))
 *         .build();                                // once; thread-safe; nothing is created until first used
 *
 * // upload: hand the browser a URL
 * PresignedUpload upload = vod.uploads().presignPut(UploadRequest.builder().videoId("42").fileName("clip.mp4").build());
 *
 * // events: in a Lambda handler (SNS or SQS trigger)
 * BatchResult<HandleResult> result = vod.handle(inputStream);
 * // ... or in an HTTP endpoint subscribed to the topic
 * DeliveryResult delivery = vod.handleHttpDelivery(rawBody);
 * }</pre>
 *
 * <p><b>Trust.</b> {@link #handle(String)} takes any delivery: a Lambda SNS event (trusted: SNS invoked the
 * function), a Lambda SQS event or one SQS body (an SNS envelope in a body is verified; a raw-delivery body or a
 * body of the solution's own queue carries no signature and is trusted as coming from the application's own
 * queue), or a bare message. An HTTP endpoint must use {@link #handleHttpDelivery(String)}, which accepts only a
 * verified SNS envelope.
 *
 * <p><b>Order.</b> Deliveries arrive in any order and more than once; each event moves a video only forward. A
 * re-upload's job replaces the current one only when it started later, judged on one clock: the job's own
 * {@code startTime}, carried by a Complete and read from the job's table item for an Ingest or an Error. Without a
 * {@linkplain Builder#tableName(String) table} an Ingest falls back to its SNS publish time, which lags the job's
 * start by the seconds of the pipeline's media info step, so jobs started closer together than that may be
 * ordered wrongly: configure the table when uploads can be retried.
 *
 * <p><b>Resources.</b> AWS clients are created on first use and closed by {@link #close()}; clients passed to the
 * builder are used as they are and never closed. Instances are thread-safe.
 *
 * @since 0.1.0
 */
public interface VodClient extends AutoCloseable {

    /**
     * Default {@link Builder#maxHttpDeliveryAge(Duration) maximum age} of an SNS HTTP delivery: 2 hours, twice the
     * longest SNS retries an HTTP/S delivery (a delivery policy's retries end within one hour).
     */
    Duration DEFAULT_MAX_HTTP_DELIVERY_AGE = Duration.ofHours(2);

    /**
     * A builder for a client.
     *
     * @return a new builder
     */
    static Builder builder() {
        return DefaultVodClient.builder();
    }

    /**
     * Presigned and multipart uploads into the source bucket.
     *
     * @return the uploads, built with this client; their AWS clients are created on first use
     * @throws VodException when no source bucket is configured
     * @throws IllegalStateException when this client is closed
     */
    VodUploads uploads();

    /**
     * Job and media-info look-ups in the pipeline's table.
     *
     * @return the look-ups, built with this client; their DynamoDB client is created on first use
     * @throws VodException when no table is configured
     * @throws IllegalStateException when this client is closed
     */
    VodJobs jobs();

    /**
     * Signed URLs, cookies and HLS playlists for private playback through CloudFront.
     *
     * @return the signer configured with {@link Builder#playback(Consumer)}
     * @throws VodException when no playback signing is configured
     */
    VodPlayback playback();

    /**
     * Handles one delivery of any shape (see the trust rules above) and applies each event to the application's
     * videos. A record that cannot be parsed or verified, or whose handling throws, becomes a failed record; the
     * others are still handled.
     *
     * <p>Jobs are ordered by their table item's {@code startTime}; without a table an Ingest is ordered by its SNS
     * publish time, which is weaker (see <b>Order</b> above).
     *
     * @param delivery the delivery as received
     * @return what each record did; {@link BatchResult#lambdaBatchResponse()} for a Lambda reading SQS. In a batch
     *     of several records, the jobs of all its events are read from the table with one {@code BatchGetItem}
     * @throws VodParseException when the delivery as a whole is unusable
     * @throws VodException when no video repository is configured
     * @throws IllegalStateException when this client is closed
     */
    BatchResult<HandleResult> handle(String delivery);

    /**
     * Handles one delivery given as UTF-8 bytes; see {@link #handle(String)}.
     *
     * @param delivery the delivery as received
     * @return what each record did
     */
    BatchResult<HandleResult> handle(byte[] delivery);

    /**
     * Reads a delivery to its end and handles it; see {@link #handle(String)}. The stream is not closed.
     *
     * @param delivery the delivery, for example a Lambda {@code RequestStreamHandler}'s input
     * @return what each record did
     */
    BatchResult<HandleResult> handle(InputStream delivery);

    /**
     * Applies one event, parsed (and if need be verified) by the caller, to the application's videos.
     * Ordered as described under <b>Order</b> above: with a table, an Ingest or Error costs one projected
     * {@code GetItem} for its job's {@code startTime}; without one, an Ingest is ordered by its SNS timestamp.
     *
     * @param event the event
     * @return what it did
     * @throws RuntimeException what the repository or the job look-up threw: the platform should retry
     * @throws IllegalStateException when this client is closed
     */
    HandleResult handle(VodEvent event);

    /**
     * Handles the body of an SNS HTTP(S) POST: verifies it, confirms a subscription to an allowed topic through the
     * SNS API, reports an unsubscribe confirmation, and applies a notification's event. Never throws for the
     * delivery's own problems: a body that is not an envelope, does not verify, or whose handling fails gives a
     * result with its {@link DeliveryResult#failure() failure}, and {@link DeliveryResult#httpStatus()} says what
     * to answer.
     * A notification is ordered as described under <b>Order</b> above (the table's {@code startTime}; without a
     * table, the weaker SNS timestamp for an Ingest).
     *
     * @param body the raw request body, exactly as received
     * @return what the delivery did, and the HTTP status to answer
     * @throws IllegalStateException when this client is closed: a programming error, not the delivery's problem
     */
    DeliveryResult handleHttpDelivery(String body);

    /**
     * Handles the body of an SNS HTTP(S) POST given as bytes; see {@link #handleHttpDelivery(String)}.
     *
     * @param body the raw request body
     * @return what the delivery did
     */
    DeliveryResult handleHttpDelivery(byte[] body);

    /**
     * Closes the AWS clients this client and its parts created; never the ones it was given. Afterwards
     * {@link #uploads()}, {@link #jobs()}, every {@code handle} and {@code handleHttpDelivery} call and every call of
     * the parts throw {@link IllegalStateException}.
     */
    @Override
    void close();

    /**
     * Configures a {@link VodClient}. Not thread-safe; the client it builds is, and it reads only the settings as
     * they were when {@link #build()} ran: changing the builder afterwards never changes a built client.
     *
     * <p><b>Every setting of a part</b> is reachable here, in the AWS SDK's style:
     * {@link #uploads(Consumer)}, {@link #jobs(Consumer)}, {@link #verification(Consumer)} and
     * {@link #parser(Consumer)} configure the part's own builder. The shortcuts mean exactly the nested setting:
     * {@code sourceBucket(b)} is {@code uploads(u -> u.bucket(b))}, {@code s3(c, p)} is
     * {@code uploads(u -> u.s3Client(c).presigner(p))}, {@code s3Endpoint(e)} is
     * {@code uploads(u -> u.endpointOverride(e).pathStyle(true))}, {@code tableName(t)} is
     * {@code jobs(j -> j.tableName(t))}, {@code dynamoDbClient(c)} and {@code dynamoDbEndpoint(e)} are
     * {@code jobs(j -> j.dynamoDbClient(c))} and {@code jobs(j -> j.endpointOverride(e))},
     * {@code allowedTopicArn(s)}, {@code clock} and {@code certificateSource} are the same setters of
     * {@code verification(..)}. {@link #region}, {@link #credentialsProvider}, {@link #apiCallTimeout} and
     * {@link #apiCallAttemptTimeout} apply to every AWS client the parts create, unless a part's own builder sets
     * its own (which wins) or is given the caller's client.
     *
     * <p><b>Rules shared by every builder of the library</b> ({@code VodClient}, {@link VodUploads},
     * {@link VodJobs}, {@link io.github.vodclient.sns.SnsVerifier}, {@link SubscriptionHandler},
     * {@link io.github.vodclient.event.VodEventParser}, {@link VodPlayback}): a setter taking a collection replaces
     * what was set before, a setter taking one value of it adds; a {@code null} argument throws
     * {@link NullPointerException} and an unusable value (a blank or malformed bucket, table or topic ARN, a
     * duration out of range) {@link IllegalArgumentException}, each naming the setting; {@code build()} throws
     * {@link IllegalStateException} naming a missing or contradictory setting. Only a private key that cannot be
     * read or used throws {@link PlaybackSigningException}: it is the key's content that is wrong, not the call.
     * Using a closed client or part throws {@link IllegalStateException}.
     *
     * @since 0.1.0
     */
    interface Builder {

        /**
         * Configures the uploads ({@link VodClient#uploads()}): bucket, key strategy, workflow trigger, expiries,
         * part size, strict expiry, S3 clients and deadlines.
         *
         * <pre>{@code
         * VodClient.builder().uploads(u -> u.bucket("vod-source")
         *         .workflowTrigger(VodUploads.WorkflowTrigger.METADATA_FILE)
         *         .defaultExpiry(Duration.ofMinutes(5)));
         * }</pre>
         *
         * @param configure sets up the uploads' builder; called once, now
         * @return this builder
         */
        Builder uploads(Consumer<VodUploads.Builder> configure);

        /**
         * Configures the job look-ups ({@link VodClient#jobs()}) and the look-ups events are ordered and completed
         * with: table, consistent reads, custom metadata keys, batch retries, DynamoDB client and deadlines.
         *
         * @param configure sets up the look-ups' builder, e.g. {@code j -> j.tableName(t).consistentRead(true)};
         *     called once, now
         * @return this builder
         */
        Builder jobs(Consumer<VodJobs.Builder> configure);

        /**
         * Configures how SNS envelopes are verified: allowed topics (also the topics whose subscriptions are
         * confirmed), clock, certificate source and cache, and a maximum message age that applies to every verified
         * envelope, queue bodies included (by default none; see {@link #maxHttpDeliveryAge} for HTTP deliveries).
         *
         * @param configure sets up the verifier's builder, e.g. {@code v -> v.allowedTopicArn(arn)}; called once,
         *     now
         * @return this builder
         */
        Builder verification(Consumer<SnsVerifier.Builder> configure);

        /**
         * Configures the limits deliveries are read with: the whole input and one message or SQS body.
         *
         * @param configure sets up a parser's builder, e.g. {@code p -> p.maxInputBytes(1 << 20)}; called once, now
         * @return this builder
         */
        Builder parser(Consumer<VodEventParser.Builder> configure);

        /**
         * The pipeline's source bucket (stack output {@code SourceBucketName}); the same as
         * {@code uploads(u -> u.bucket(bucket))}.
         *
         * @param bucket the bucket name
         * @return this builder
         */
        Builder sourceBucket(String bucket);

        /**
         * The pipeline's DynamoDB table (stack output {@code DynamoDBTableName}); without it, Complete events are
         * applied without media info, and Ingest events are ordered by their SNS publish time instead of the job's
         * {@code startTime}, which can order jobs started a few seconds apart wrongly. The table's client needs a
         * region ({@link #region(Region)}, {@code AWS_REGION}, a profile or instance metadata): without one, the
         * first look-up fails with one line that says so, and later ones fail the same way at once. The same as
         * {@code jobs(j -> j.tableName(tableName))}.
         *
         * @param tableName the table name
         * @return this builder
         */
        Builder tableName(String tableName);

        /**
         * A topic whose deliveries are accepted (the pipeline's topic), in addition to those already allowed.
         * Needed to verify SNS envelopes and to confirm subscriptions. The same as
         * {@code verification(v -> v.allowedTopicArn(topicArn))}.
         *
         * @param topicArn the topic ARN
         * @return this builder
         */
        Builder allowedTopicArn(String topicArn);

        /**
         * Topics whose deliveries are accepted; replaces any set before. The same as
         * {@code verification(v -> v.allowedTopicArns(topicArns))}.
         *
         * @param topicArns the topic ARNs
         * @return this builder
         */
        Builder allowedTopicArns(Collection<String> topicArns);

        /**
         * Reads the configuration from environment variables: {@code S3_VOD_SOURCE_BUCKET} (or
         * {@code SOURCE_BUCKET_NAME}), {@code VOD_TABLE} (or {@code DYNAMODB_TABLE_NAME}), {@code VOD_TOPIC_ARN},
         * {@code AWS_REGION}. Absent variables leave the setting as it is.
         *
         * @param environment the variables, for example {@code System.getenv()}
         * @return this builder
         * @throws IllegalArgumentException naming the variable (e.g. {@code VOD_TOPIC_ARN}) whose value is refused,
         *     with the value quoted and shortened
         */
        Builder fromEnvironment(Map<String, String> environment);

        /**
         * {@link #fromEnvironment(Map)} with the process environment.
         *
         * @return this builder
         */
        default Builder fromEnvironment() {
            return fromEnvironment(System.getenv());
        }

        /**
         * Reads the configuration from the stack's outputs: {@code SourceBucketName}, {@code DynamoDBTableName},
         * and the topic from {@code SnsTopicName} (v6, a name: its ARN is completed with the partition, region
         * and account of {@code SqsArn}) or {@code SnsTopic} (v5, an ARN).
         *
         * @param outputs output key to value, as {@code aws cloudformation describe-stacks} lists them
         * @return this builder
         */
        Builder stackOutputs(Map<String, String> outputs);

        /**
         * The region of the pipeline; default: the SDK's default region chain.
         *
         * @param region the region
         * @return this builder
         */
        Builder region(Region region);

        /**
         * The credentials for the clients this client creates; default: the SDK's default chain.
         *
         * @param credentialsProvider the credentials
         * @return this builder
         */
        Builder credentialsProvider(AwsCredentialsProvider credentialsProvider);

        /**
         * Another S3 endpoint (a local stack); path-style access is used with it.
         *
         * @param endpoint the endpoint
         * @return this builder
         */
        Builder s3Endpoint(URI endpoint);

        /**
         * Another DynamoDB endpoint (a local stack).
         *
         * @param endpoint the endpoint
         * @return this builder
         */
        Builder dynamoDbEndpoint(URI endpoint);

        /**
         * Another SNS endpoint for confirming subscriptions (a local stand-in).
         *
         * @param endpoint the endpoint
         * @return this builder
         */
        Builder snsEndpoint(URI endpoint);

        /**
         * The caller's S3 client and presigner for uploads; never closed by this client.
         *
         * @param s3Client the client
         * @param presigner the presigner
         * @return this builder
         */
        Builder s3(S3Client s3Client, S3Presigner presigner);

        /**
         * The caller's DynamoDB client for look-ups; never closed by this client.
         *
         * @param dynamoDbClient the client
         * @return this builder
         */
        Builder dynamoDbClient(DynamoDbClient dynamoDbClient);

        /**
         * The caller's SNS client for confirming subscriptions; never closed by this client.
         *
         * @param snsClient the client
         * @return this builder
         */
        Builder snsClient(SnsClient snsClient);

        /**
         * The application's videos; required by the {@code handle} methods.
         *
         * @param repository the repository
         * @return this builder
         */
        Builder videoRepository(VideoRepository repository);

        /**
         * Hears every handled event (metrics, logs).
         *
         * <p>Contract, as for OkHttp's {@code EventListener}: called on the handling thread after each event, so it
         * must be fast and must not block; it must not throw (an exception it throws is logged and ignored, never
         * changes the result); it must be thread-safe when the client is shared by threads.
         *
         * <pre>{@code
         * builder.listener(result -> registry.counter("vod.events", "outcome", result.outcome().name()).increment());
         * }</pre>
         *
         * @param listener called once for each handled event; default none
         * @return this builder
         */
        Builder listener(Consumer<HandleResult> listener);

        /**
         * Whether a Complete event whose media info cannot be read fails (so the platform retries) instead of being
         * applied with the message's own data. Default false.
         *
         * @param strict true to fail
         * @return this builder
         */
        Builder strictMediaInfo(boolean strict);

        /**
         * Whether an event for which no video exists fails (so the platform delivers it again later, for
         * applications that create the video after the upload starts) instead of being reported. Default false.
         *
         * @param fail true to fail
         * @return this builder
         */
        Builder failOnUnknownVideo(boolean fail);

        /**
         * The clock signatures, certificates and the HTTP delivery age are checked against; default the system
         * clock. The same as {@code verification(v -> v.clock(clock))}.
         *
         * @param clock the clock
         * @return this builder
         */
        Builder clock(Clock clock);

        /**
         * Where signing certificates come from; default HTTPS from the SNS endpoint. The same as
         * {@code verification(v -> v.certificateSource(source))}.
         *
         * @param source the source
         * @return this builder
         */
        Builder certificateSource(CertificateSource source);

        /**
         * How old an SNS HTTP delivery may be: {@link VodClient#handleHttpDelivery(String)} refuses one whose
         * {@code Timestamp} (the publish time, which SNS retries keep) is older, with {@code MESSAGE_TOO_OLD}, so a
         * captured, validly signed delivery cannot be replayed later (answer 403). Default
         * {@link VodClient#DEFAULT_MAX_HTTP_DELIVERY_AGE} (2 hours). Timestamps more than
         * {@link io.github.vodclient.sns.SnsVerifier#ALLOWED_CLOCK_SKEW} (15 minutes) ahead of the clock are always
         * refused ({@code TIMESTAMP_IN_FUTURE}). SNS envelopes in queue bodies ({@link #handle(String)}) have no
         * maximum age here: a queue keeps messages for days, and only the application can write to it
         * ({@code verification(v -> v.maxMessageAge(..))} sets one for every verified envelope).
         *
         * @param maxAge a positive duration
         * @return this builder
         */
        Builder maxHttpDeliveryAge(Duration maxAge);

        /**
         * The deadline of one AWS call, retries included, of every client this client creates (DynamoDB look-ups,
         * SNS {@code ConfirmSubscription}, S3 multipart and metadata-file calls); clients passed in keep their own.
         * Default per part: {@link VodJobs#DEFAULT_API_CALL_TIMEOUT} (5 s) for DynamoDB,
         * {@link SubscriptionHandler#DEFAULT_API_CALL_TIMEOUT} (5 s) for SNS,
         * {@link VodUploads#DEFAULT_API_CALL_TIMEOUT} (25 s) for S3. When a look-up of a Complete's media info
         * runs out of time the event's own data is applied (see {@link #strictMediaInfo(boolean)}).
         *
         * @param timeout a positive duration
         * @return this builder
         */
        Builder apiCallTimeout(Duration timeout);

        /**
         * The deadline of one attempt of an AWS call of every client this client creates. Default per part:
         * {@link VodJobs#DEFAULT_API_CALL_ATTEMPT_TIMEOUT} (2 s) for DynamoDB,
         * {@link SubscriptionHandler#DEFAULT_API_CALL_ATTEMPT_TIMEOUT} (2 s) for SNS,
         * {@link VodUploads#DEFAULT_API_CALL_ATTEMPT_TIMEOUT} (10 s) for S3.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        Builder apiCallAttemptTimeout(Duration timeout);

        /**
         * Configures private playback ({@link VodClient#playback()}): the CloudFront key pair, expiries and domains.
         * The key is read and checked here.
         *
         * @param configure sets up the playback builder, e.g. {@code p -> p.keyPairId(id).privateKey(pemFile)}
         * @return this builder
         * @throws PlaybackSigningException when the key cannot be read or used
         * @throws IllegalArgumentException when another setting is unusable
         */
        Builder playback(Consumer<VodPlayback.Builder> configure);

        /**
         * Builds the client. Creates no AWS client.
         *
         * @return a new, thread-safe client
         */
        VodClient build();
    }
}
