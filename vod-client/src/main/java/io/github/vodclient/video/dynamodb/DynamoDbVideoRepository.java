package io.github.vodclient.video.dynamodb;

import io.github.vodclient.VodException;
import io.github.vodclient.event.MediaUrl;
import io.github.vodclient.event.PlaybackUrls;
import io.github.vodclient.video.VideoRepository;
import io.github.vodclient.video.VideoState;
import io.github.vodclient.video.VideoUpdate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A ready {@link VideoRepository} over a DynamoDB table of the application's videos: one item per video, keyed by
 * the application's id, with the library's attributes next to the application's own.
 *
 * <p>The table ({@link VideoTable} creates it): partition key {@code videoId} (S); GSI
 * {@value VideoTable#SOURCE_KEY_INDEX} on {@code sourceKey} and sparse GSI {@value VideoTable#JOB_GUID_INDEX} on
 * {@code jobGuid}, both projecting keys only. Attributes written here: {@code sourceKey}, {@code status},
 * {@code jobGuid}, {@code jobStartedAt} (ISO-8601), {@code playback} (a map: {@code hls}, {@code dash},
 * {@code mss}, {@code cmafHls}, {@code cmafDash}, {@code mp4}, {@code thumbnails}, {@code egressEndpoints}),
 * {@code thumbnailUrl}, {@code durationMillis}, {@code width}, {@code height}, {@code errorAt},
 * {@code errorMessage}, {@code errorDetails}. Every other attribute of the item is the application's and is never
 * touched.
 *
 * <ul>
 *   <li>{@link #apply(VideoUpdate)} is one conditional UpdateItem: the condition holds the expected status, job
 *   guid and job start, so a delivery that lost a race changes nothing and returns false. Playback and media
 *   values stay those of the last completed job until a new job completes, so a re-uploaded video stays playable
 *   while it re-encodes.</li>
 *   <li>Look-ups query a GSI for the video's id, then read the item with a strongly consistent GetItem: GSIs are
 *   eventually consistent, and a stale state would only make compare-and-sets fail and retry. A job guid the GSI
 *   does not show yet is not found; the library then finds the video through the job's source key when it has
 *   the pipeline's table.</li>
 *   <li>DynamoDB cannot keep {@code sourceKey} unique: give every video its own upload key (as
 *   {@code VodUploads}' key strategies do). Two videos found for one key throw {@link VodException}.</li>
 *   <li>Throttling and other service errors are retried by the client's retry policy and then propagate as the
 *   SDK's unchecked exceptions, so the delivery fails and the platform redelivers it.</li>
 * </ul>
 *
 * <p>Thread-safe. The DynamoDB client is the caller's and is never closed here.
 *
 * <pre>{@code
 * DynamoDbClient dynamoDb = DynamoDbClient.create();
 * DynamoDbVideoRepository videos = DynamoDbVideoRepository.create(dynamoDb, "my-app-videos");
 * videos.create("video-42", "uploads/42/clip.mp4");          // before the upload
 * VodClient vod = VodClient.builder().region(Region.EU_WEST_1).tableName("vod-stack")
 *         .videoRepository(videos).build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DynamoDbVideoRepository implements VideoRepository {
    // DynamoDB's rule for table names; the same check as VodJobs' builder.
    private static final Pattern TABLE_NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");

    private final DynamoDbClient dynamoDb;
    private final String tableName;

    private DynamoDbVideoRepository(DynamoDbClient dynamoDb, String tableName) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
    }

    /**
     * Creates the repository over an existing table (see {@link VideoTable#create(DynamoDbClient, String)}).
     *
     * @param dynamoDb the caller's client; never closed by the repository
     * @param tableName the videos table
     * @return the repository
     * @throws IllegalArgumentException when the table name is not a valid DynamoDB table name
     */
    public static DynamoDbVideoRepository create(DynamoDbClient dynamoDb, String tableName) {
        Objects.requireNonNull(dynamoDb, "dynamoDb");
        Objects.requireNonNull(tableName, "tableName");
        if (!TABLE_NAME.matcher(tableName).matches()) {
            throw new IllegalArgumentException("tableName must be 3 to 255 characters of [a-zA-Z0-9_.-], was '"
                    + tableName + "'");
        }
        return new DynamoDbVideoRepository(dynamoDb, tableName);
    }

    /**
     * Adds a {@link io.github.vodclient.event.EncodingStatus#NEW} video, before its file is uploaded (one
     * conditional PutItem). To store the application's own attributes in the same item, write them with an
     * UpdateItem after this call, or put them together with these three attributes.
     *
     * @param videoId the application's id
     * @param sourceKey the key the file will be uploaded under, unique to this video
     * @throws VodException when a video with that id exists
     */
    public void create(String videoId, String sourceKey) {
        Objects.requireNonNull(videoId, "videoId");
        Objects.requireNonNull(sourceKey, "sourceKey");
        try {
            dynamoDb.putItem(r -> r.tableName(tableName).item(VideoItems.newVideo(videoId, sourceKey))
                    .conditionExpression("attribute_not_exists(#id)")
                    .expressionAttributeNames(Map.of("#id", VideoItems.VIDEO_ID)));
        } catch (ConditionalCheckFailedException e) {
            throw new VodException("video " + videoId + " already exists in table " + tableName, e);
        }
    }

    /**
     * Reads one video with a strongly consistent GetItem.
     *
     * @param videoId the application's id
     * @return the video, or empty when there is none
     */
    public Optional<StoredVideo> find(String videoId) {
        Objects.requireNonNull(videoId, "videoId");
        return item(videoId).map(VideoItems::video);
    }

    @Override
    public Optional<VideoState> findBySourceKey(String sourceKey) {
        Objects.requireNonNull(sourceKey, "sourceKey");
        return findThrough(VideoTable.SOURCE_KEY_INDEX, VideoItems.SOURCE_KEY, sourceKey, "source key");
    }

    @Override
    public Optional<VideoState> findByJobGuid(String jobGuid) {
        Objects.requireNonNull(jobGuid, "jobGuid");
        return findThrough(VideoTable.JOB_GUID_INDEX, VideoItems.JOB_GUID, jobGuid, "job guid");
    }

    @Override
    public boolean apply(VideoUpdate update) {
        Objects.requireNonNull(update, "update");
        try {
            dynamoDb.updateItem(VideoItems.conditionalUpdate(tableName, update));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** The ids the index has for the value, each read again from the table and kept if it still has the value. */
    private Optional<VideoState> findThrough(String index, String attribute, String value, String what) {
        Set<String> ids = new LinkedHashSet<>();
        dynamoDb.queryPaginator(r -> r.tableName(tableName).indexName(index)
                        .keyConditionExpression("#a = :v")
                        .expressionAttributeNames(Map.of("#a", attribute))
                        .expressionAttributeValues(Map.of(":v", VideoItems.s(value))))
                .items().forEach(item -> ids.add(item.get(VideoItems.VIDEO_ID).s()));
        Predicate<Map<String, AttributeValue>> stillMatches =
                item -> item.containsKey(attribute) && value.equals(item.get(attribute).s());
        List<VideoState> found = new ArrayList<>(1);
        for (String id : ids) {
            item(id).filter(stillMatches).map(VideoItems::state).ifPresent(found::add);
        }
        if (found.size() > 1) {
            throw new VodException(found.size() + " videos in table " + tableName + " have " + what + " " + value
                    + ": give every video its own upload key");
        }
        return found.stream().findFirst();
    }

    private Optional<Map<String, AttributeValue>> item(String videoId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(tableName).consistentRead(true)
                .key(Map.of(VideoItems.VIDEO_ID, VideoItems.s(videoId)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    /**
     * One video as {@link DynamoDbVideoRepository} stores it: the state the library compares and sets, and what a
     * video page shows. Playback values stay those of the last completed job while a re-upload encodes.
     *
     * @param state the encoding status, job guid and job start
     * @param sourceKey the key the source file is uploaded under
     * @param playback the playback URLs of the last completed job, {@link PlaybackUrls#none()} before one
     * @param thumbnail the first thumbnail of the last completed job
     * @param duration the source's duration
     * @param width the source's width in pixels
     * @param height the source's height in pixels
     * @param errorAt where the current job failed, when the video is
     *     {@link io.github.vodclient.event.EncodingStatus#ERROR}: the Error event's
     *     {@link io.github.vodclient.event.ErrorEvent#errorAt()}
     * @param errorMessage what failed ({@link io.github.vodclient.event.ErrorEvent#errorMessage()})
     * @param errorDetails a console URL with details ({@link io.github.vodclient.event.ErrorEvent#errorDetails()})
     * @since 0.1.0
     */
    public record StoredVideo(VideoState state, String sourceKey, PlaybackUrls playback, Optional<MediaUrl> thumbnail,
            Optional<Duration> duration, OptionalInt width, OptionalInt height, Optional<String> errorAt,
            Optional<String> errorMessage, Optional<String> errorDetails) {

        /**
         * Validates that no component is null.
         *
         * @param state the state
         * @param sourceKey the source key
         * @param playback the playback URLs
         * @param thumbnail the thumbnail
         * @param duration the duration
         * @param width the width
         * @param height the height
         * @param errorAt where the job failed
         * @param errorMessage what failed
         * @param errorDetails a console URL
         */
        public StoredVideo {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(sourceKey, "sourceKey");
            Objects.requireNonNull(playback, "playback");
            Objects.requireNonNull(thumbnail, "thumbnail");
            Objects.requireNonNull(duration, "duration");
            Objects.requireNonNull(width, "width");
            Objects.requireNonNull(height, "height");
            Objects.requireNonNull(errorAt, "errorAt");
            Objects.requireNonNull(errorMessage, "errorMessage");
            Objects.requireNonNull(errorDetails, "errorDetails");
        }
    }

    /**
     * The schema of the videos table that {@link DynamoDbVideoRepository} reads and writes, as code: partition key
     * {@code videoId} (S), on-demand billing, and two GSIs projecting keys only, {@value #SOURCE_KEY_INDEX} (partition
     * key {@code sourceKey}) and {@value #JOB_GUID_INDEX} (partition key {@code jobGuid}; sparse, a NEW video has no
     * job). The same schema in CloudFormation, Terraform or the console works as well.
     *
     * <pre>{@code
     * VideoTable.create(dynamoDb, "my-app-videos");   // creates it and waits until it is active
     * }</pre>
     *
     * @since 0.1.0
     */
    public static final class VideoTable {
        /** The GSI that finds a video by the key its source file is uploaded under. */
        public static final String SOURCE_KEY_INDEX = "sourceKey-index";
        /** The GSI that finds a video by the guid of the job it follows. */
        public static final String JOB_GUID_INDEX = "jobGuid-index";

        private VideoTable() {
        }

        /**
         * The CreateTable request for a videos table; change it (billing mode, tags, encryption) before sending it if
         * you need to.
         *
         * @param tableName the table's name
         * @return the request
         */
        public static CreateTableRequest createTableRequest(String tableName) {
            Objects.requireNonNull(tableName, "tableName");
            return CreateTableRequest.builder()
                    .tableName(tableName)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(string(VideoItems.VIDEO_ID), string(VideoItems.SOURCE_KEY),
                            string(VideoItems.JOB_GUID))
                    .keySchema(hashKey(VideoItems.VIDEO_ID))
                    .globalSecondaryIndexes(keysOnly(SOURCE_KEY_INDEX, VideoItems.SOURCE_KEY),
                            keysOnly(JOB_GUID_INDEX, VideoItems.JOB_GUID))
                    .build();
        }

        /**
         * Creates a videos table and waits until it exists.
         *
         * @param dynamoDb the caller's client; not closed
         * @param tableName the table's name
         */
        public static void create(DynamoDbClient dynamoDb, String tableName) {
            Objects.requireNonNull(dynamoDb, "dynamoDb");
            dynamoDb.createTable(createTableRequest(tableName));
            dynamoDb.waiter().waitUntilTableExists(r -> r.tableName(tableName)).matched().exception()
                    .ifPresent(e -> {
                        throw new IllegalStateException("table " + tableName + " did not become active", e);
                    });
        }

        private static AttributeDefinition string(String name) {
            return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
        }

        private static KeySchemaElement hashKey(String name) {
            return KeySchemaElement.builder().attributeName(name).keyType(KeyType.HASH).build();
        }

        private static GlobalSecondaryIndex keysOnly(String indexName, String attribute) {
            return GlobalSecondaryIndex.builder().indexName(indexName).keySchema(hashKey(attribute))
                    .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)).build();
        }
    }
}
