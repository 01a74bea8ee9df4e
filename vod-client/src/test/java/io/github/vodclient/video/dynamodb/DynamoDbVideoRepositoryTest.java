package io.github.vodclient.video.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.VodException;
import io.github.vodclient.event.CompleteEvent;
import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.event.ErrorEvent;
import io.github.vodclient.event.PlaybackUrls;
import io.github.vodclient.testing.DynamoDbLocal;
import io.github.vodclient.testing.PipelineTable;
import io.github.vodclient.testing.VideoRepositoryContract;
import io.github.vodclient.video.VideoRepository;
import io.github.vodclient.video.VideoState;
import io.github.vodclient.video.VideoUpdate;
import io.github.vodclient.video.dynamodb.DynamoDbVideoRepository.StoredVideo;
import io.github.vodclient.video.dynamodb.DynamoDbVideoRepository.VideoTable;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** The DynamoDB repository keeps the repository contract and stores what a video page shows, on DynamoDB Local. */
class DynamoDbVideoRepositoryTest extends VideoRepositoryContract {
    private static DynamoDbLocal local;
    private static DynamoDbClient client;
    private String table;
    private DynamoDbVideoRepository videos;

    @BeforeAll
    static void startDynamoDb() {
        local = DynamoDbLocal.start();
        client = PipelineTable.client(local);
    }

    @AfterAll
    static void stopDynamoDb() throws Exception {
        client.close();
        local.close();
    }

    @BeforeEach
    void setUp() {
        table = "videos-" + UUID.randomUUID();
        VideoTable.create(client, table);
        videos = DynamoDbVideoRepository.create(client, table);
    }

    @Override
    protected VideoRepository repository() {
        return videos;
    }

    @Override
    protected void createVideo(String videoId, String sourceKey) {
        videos.create(videoId, sourceKey);
    }

    private VideoState ingested() {
        videos.create("v1", KEY);
        VideoState ingesting = state("v1", EncodingStatus.INGEST, GUID, STARTED);
        assertTrue(videos.apply(update(VideoState.newVideo("v1"), ingesting, ingest())));
        return ingesting;
    }

    @Test
    void createTable_schema_hasTheKeyAndTwoKeysOnlyIndexes() {
        TableDescription description = client.describeTable(r -> r.tableName(table)).table();

        assertEquals("videoId", description.keySchema().get(0).attributeName());
        assertEquals(Map.of(VideoTable.SOURCE_KEY_INDEX, "sourceKey", VideoTable.JOB_GUID_INDEX, "jobGuid"),
                Map.of(description.globalSecondaryIndexes().get(0).indexName(),
                        description.globalSecondaryIndexes().get(0).keySchema().get(0).attributeName(),
                        description.globalSecondaryIndexes().get(1).indexName(),
                        description.globalSecondaryIndexes().get(1).keySchema().get(0).attributeName()));
        description.globalSecondaryIndexes().forEach(
                index -> assertEquals(ProjectionType.KEYS_ONLY, index.projection().projectionType()));
    }

    @Test
    void apply_complete_storesPlaybackThumbnailAndMedia() {
        VideoState ingesting = ingested();
        CompleteEvent complete = complete();

        assertTrue(videos.apply(completeUpdate(ingesting)));

        StoredVideo video = videos.find("v1").orElseThrow();
        assertEquals(state("v1", EncodingStatus.COMPLETE, GUID, STARTED), video.state());
        assertEquals(KEY, video.sourceKey());
        assertEquals(complete.playback(), video.playback());
        assertEquals(complete.playback().thumbnails().stream().findFirst(), video.thumbnail());
        assertEquals(Optional.of(Duration.ofMillis(21_021)), video.duration());
        assertEquals(OptionalInt.of(1920), video.width());
        assertEquals(OptionalInt.of(1080), video.height());
        assertEquals(Optional.empty(), video.errorMessage());
    }

    @Test
    void apply_reuploadStarts_keepsThePlaybackOfTheLastCompletedJob() {
        VideoState complete = state("v1", EncodingStatus.COMPLETE, GUID, STARTED);
        assertTrue(videos.apply(completeUpdate(ingested())));

        assertTrue(videos.apply(update(complete,
                state("v1", EncodingStatus.INGEST, REUPLOAD_GUID, STARTED.plusSeconds(30)), ingest())));

        StoredVideo video = videos.find("v1").orElseThrow();
        assertEquals(EncodingStatus.INGEST, video.state().status());
        assertEquals(complete().playback(), video.playback());
        assertEquals(Optional.of(Duration.ofMillis(21_021)), video.duration());
    }

    @Test
    void apply_errorThenAnotherJob_storesTheErrorThenClearsIt() {
        VideoState ingesting = ingested();
        VideoState failed = state("v1", EncodingStatus.ERROR, GUID, STARTED);
        ErrorEvent error = error();
        assertTrue(videos.apply(new VideoUpdate(ingesting, failed, PlaybackUrls.none(), Optional.empty(),
                Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), error)));
        StoredVideo stored = videos.find("v1").orElseThrow();
        assertEquals(error.errorAt(), stored.errorAt());
        assertEquals(error.errorMessage(), stored.errorMessage());
        assertEquals(error.errorDetails(), stored.errorDetails());

        assertTrue(videos.apply(update(failed, state("v1", EncodingStatus.INGEST, REUPLOAD_GUID,
                STARTED.plusSeconds(60)), ingest())));

        assertEquals(Optional.empty(), videos.find("v1").orElseThrow().errorMessage());
    }

    @Test
    void apply_itemHasTheApplicationsAttributes_leavesThemAlone() {
        videos.create("v1", KEY);
        client.updateItem(r -> r.tableName(table).key(Map.of("videoId", AttributeValue.fromS("v1")))
                .updateExpression("SET title = :t").expressionAttributeValues(Map.of(":t", AttributeValue.fromS("Hi"))));

        assertTrue(videos.apply(update(VideoState.newVideo("v1"), state("v1", EncodingStatus.INGEST, GUID, STARTED),
                ingest())));

        Map<String, AttributeValue> item = client.getItem(r -> r.tableName(table)
                .key(Map.of("videoId", AttributeValue.fromS("v1")))).item();
        assertEquals("Hi", item.get("title").s());
        assertEquals("INGEST", item.get("status").s());
        assertEquals(STARTED.toString(), item.get("jobStartedAt").s());
    }

    @Test
    void create_videoExists_throwsVodExceptionNamingIt() {
        videos.create("v1", KEY);

        VodException e = assertThrows(VodException.class, () -> videos.create("v1", "uploads/other.mp4"));

        assertTrue(e.getMessage().contains("video v1 already exists"), e.getMessage());
    }

    @Test
    void findBySourceKey_twoVideosWithTheKey_throwsVodException() {
        videos.create("v1", KEY);
        videos.create("v2", KEY);

        VodException e = assertThrows(VodException.class, () -> videos.findBySourceKey(KEY));

        assertTrue(e.getMessage().contains("2 videos"), e.getMessage());
    }

    @Test
    void create_invalidTableName_throwsIllegalArgumentException() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DynamoDbVideoRepository.create(client, "v"));

        assertTrue(e.getMessage().contains("tableName"), e.getMessage());
    }
}
