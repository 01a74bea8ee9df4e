package io.github.vodclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.event.IngestEvent;
import io.github.vodclient.event.VodEventParser;
import io.github.vodclient.job.VodJob;
import io.github.vodclient.job.VodJobs;
import io.github.vodclient.testing.DynamoDbLocal;
import io.github.vodclient.testing.InMemoryVideoRepository;
import io.github.vodclient.testing.PipelineTable;
import io.github.vodclient.testing.TestItems;
import io.github.vodclient.upload.VodUploads.PresignedUpload;
import io.github.vodclient.upload.UploadRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** VodClient (with its nested part settings), VodJobs and VodEventParser: what {@code build()} returned does not follow later builder calls. */
class BuilderSnapshotTest {
    private static final String GUID = "6e1b9e46-3d5f-4c6d-9b0a-2f9d6b8f4a11";
    private static final String INGEST = "{\n  \"status\": \"Ingest\",\n  \"guid\": \"" + GUID
            + "\",\n  \"srcVideo\": \"uploads/clip.mp4\"\n}";

    @Test
    void build_vodClientBuilderChangedAfterBuild_clientKeepsBucketAndTable() {
        VodClient.Builder builder = VodClient.builder().sourceBucket("first-bucket").tableName("first-table")
                .videoRepository(new InMemoryVideoRepository());

        try (VodClient vod = builder.build()) {
            builder.sourceBucket("second-bucket").tableName("second-table")
                    .allowedTopicArns(List.of("arn:aws:sns:us-east-1:123456789012:other"));

            assertEquals("first-bucket", vod.uploads().bucket());
        }
    }

    @Test
    void build_nestedPartSettingsChangedAfterBuild_clientKeepsThePartsAsBuilt() {
        VodClient.Builder builder = VodClient.builder().region(Region.EU_WEST_1)
                .credentialsProvider(PipelineTable.FAKE_CREDENTIALS)
                .uploads(u -> u.bucket("first-bucket").keyStrategy((id, name, type) -> "first/" + id + ".mp4"))
                .parser(p -> p.maxInputBytes(1024)).videoRepository(new InMemoryVideoRepository());

        try (VodClient vod = builder.build()) {
            builder.uploads(u -> u.bucket("second-bucket").keyStrategy((id, name, type) -> "second/" + id + ".mp4")
                    .region(Region.US_WEST_2)).region(Region.AP_SOUTH_1).parser(p -> p.maxInputBytes(1));

            PresignedUpload put = vod.uploads().presignPut(UploadRequest.builder().videoId("42")
                    .fileName("clip.mp4").build());
            assertEquals("first-bucket", put.bucket());
            assertEquals("first/42.mp4", put.key());
            assertTrue(put.url().getHost().contains("eu-west-1"), put.url().getHost());
            assertEquals(GUID, ((IngestEvent) VodEventParser.create().parseMessage(INGEST)).guid());
            vod.handle(INGEST); // 1024 bytes still allowed: the later limit of 1 byte did not reach the client
        }
    }

    @Test
    void build_vodJobsBuilderAndCallersKeyListChangedAfterBuild_readerKeepsTableAndKeys() throws Exception {
        try (DynamoDbLocal local = DynamoDbLocal.start(); DynamoDbClient client = PipelineTable.client(local)) {
            PipelineTable.create(client);
            PipelineTable.put(client, TestItems.fromAttributeValueJson(
                    TestItems.resource("gen_A-video_dynamodb-item_final_attributevalue.json")),
                    Map.of("title", PipelineTable.s("My title")));
            List<String> keys = new ArrayList<>(List.of("title"));
            VodJobs.Builder builder = VodJobs.builder().tableName(PipelineTable.NAME).dynamoDbClient(client)
                    .customMetadataKeys(keys);

            try (VodJobs jobs = builder.build()) {
                keys.clear();
                builder.tableName("another-table").customMetadataKeys(List.of());

                VodJob job = jobs.find(GUID).orElseThrow();
                assertEquals(Optional.of("My title"), Optional.ofNullable(job.custom().get("title")));
            }
        }
    }

    @Test
    void build_vodEventParserBuilderChangedAfterBuild_parserKeepsItsLimits() {
        VodEventParser.Builder builder = VodEventParser.builder();

        VodEventParser parser = builder.build();
        builder.maxInputBytes(10).maxMessageBytes(10);

        assertEquals(GUID, ((IngestEvent) parser.parseMessage(INGEST)).guid());
    }
}
