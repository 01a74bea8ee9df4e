package io.github.vodclient.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vodclient.SnsVerificationException;
import io.github.vodclient.UploadValidationException;
import io.github.vodclient.VodClient;
import io.github.vodclient.VodException;
import io.github.vodclient.VodParseException;
import io.github.vodclient.event.VodEvent;
import io.github.vodclient.event.VodEventParser;
import io.github.vodclient.job.VodJob;
import io.github.vodclient.testing.DynamoDbLocal;
import io.github.vodclient.testing.InMemoryVideoRepository;
import io.github.vodclient.testing.PipelineTable;
import io.github.vodclient.testing.RecordingDynamoDb;
import io.github.vodclient.testing.SnsTestMessages;
import io.github.vodclient.testing.TestItems;
import io.github.vodclient.upload.VodUploads.PresignedUpload;
import io.github.vodclient.upload.UploadRequest;
import io.github.vodclient.upload.VodUploads.WorkflowTrigger;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/** Every setting of a part, set through {@link VodClient.Builder}, takes effect in the client it builds. */
class VodClientSettingsTest {
    private static final SnsTestMessages SNS = SnsTestMessages.create();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GUID = "6e1b9e46-3d5f-4c6d-9b0a-2f9d6b8f4a11";

    private static VodClient.Builder offline() {
        return VodClient.builder().region(Region.EU_WEST_1).credentialsProvider(PipelineTable.FAKE_CREDENTIALS);
    }

    @Test
    void uploads_keyStrategyAndDefaultExpiry_takeEffectThroughVodClient() {
        try (VodClient vod = offline().uploads(u -> u.bucket("vod-source")
                .keyStrategy((videoId, fileName, contentType) -> "tenants/acme/" + videoId + ".mov")
                .defaultExpiry(Duration.ofMinutes(3))).build()) {
            Instant before = Instant.now();

            PresignedUpload put = vod.uploads().presignPut(UploadRequest.builder().videoId("42")
                    .fileName("clip.mp4").build());

            assertEquals("tenants/acme/42.mov", put.key());
            Duration life = Duration.between(before, put.expiresAt());
            assertTrue(life.compareTo(Duration.ofMinutes(4)) < 0 && life.compareTo(Duration.ofMinutes(2)) > 0,
                    "expires in " + life);
        }
    }

    @Test
    void uploads_workflowTriggerMetadataFile_acceptsKeysTheVideoTriggerRefuses() {
        UploadRequest notAVideo = UploadRequest.builder().key("masters/clip.mxf2").build();
        try (VodClient videoFile = offline().sourceBucket("vod-source").build();
                VodClient metadataFile = offline().uploads(u -> u.bucket("vod-source")
                        .workflowTrigger(WorkflowTrigger.METADATA_FILE)).build()) {

            assertThrows(UploadValidationException.class, () -> videoFile.uploads().presignPut(notAVideo));
            assertEquals("masters/clip.mxf2", metadataFile.uploads().presignPut(notAVideo).key());
        }
    }

    @Test
    void uploads_regionOfThePart_winsOverTheClientWideRegion() {
        UploadRequest request = UploadRequest.builder().key("clip.mp4").build();
        try (VodClient clientWide = offline().sourceBucket("vod-source").build();
                VodClient own = offline().uploads(u -> u.bucket("vod-source").region(Region.EU_CENTRAL_1)).build()) {

            assertTrue(clientWide.uploads().presignPut(request).url().getHost().contains("eu-west-1"));
            assertTrue(own.uploads().presignPut(request).url().getHost().contains("eu-central-1"));
        }
    }

    @Test
    void jobs_consistentReadAndCustomMetadataKeys_takeEffectThroughVodClient() throws Exception {
        try (DynamoDbLocal local = DynamoDbLocal.start(); DynamoDbClient client = PipelineTable.client(local)) {
            PipelineTable.create(client);
            PipelineTable.put(client, TestItems.fromAttributeValueJson(
                    TestItems.resource("gen_A-video_dynamodb-item_final_attributevalue.json")),
                    Map.of("title", PipelineTable.s("My title")));
            RecordingDynamoDb recording = new RecordingDynamoDb(client);

            try (VodClient vod = VodClient.builder().jobs(j -> j.tableName(PipelineTable.NAME)
                    .dynamoDbClient(recording).consistentRead(true).customMetadataKeys(List.of("title"))).build()) {
                VodJob job = vod.jobs().find(GUID).orElseThrow();

                assertEquals("My title", job.custom().get("title"));
                assertEquals(Boolean.TRUE, ((GetItemRequest) recording.requests().get(0)).consistentRead());
            }
        }
    }

    @Test
    void jobs_maxBatchAttempts_boundsTheRetriesOfUnprocessedKeys() throws Exception {
        try (DynamoDbLocal local = DynamoDbLocal.start(); DynamoDbClient client = PipelineTable.client(local)) {
            PipelineTable.create(client);
            RecordingDynamoDb deferring = new RecordingDynamoDb(client).deferEveryKey();

            try (VodClient vod = VodClient.builder().tableName(PipelineTable.NAME).dynamoDbClient(deferring)
                    .jobs(j -> j.maxBatchAttempts(2)).build()) {

                assertThrows(VodException.class, () -> vod.jobs().findAll(List.of(GUID)));
                assertEquals(2, deferring.requests().size());
            }
        }
    }

    @Test
    void verification_maxMessageAge_refusesAnOldEnvelopeInAQueueBody() throws Exception {
        InMemoryVideoRepository videos = new InMemoryVideoRepository();
        videos.createVideo("v1", "uploads/My Video (1).mp4");
        String queueEvent = lambdaSqs(signedComplete(Instant.now().minus(Duration.ofHours(3))));
        var certificates = SNS.certificateSource();
        VodClient.Builder builder = VodClient.builder().videoRepository(videos)
                .verification(v -> v.allowedTopicArn(SNS.topicArn()).certificateSource(certificates));

        try (VodClient noLimit = builder.build();
                VodClient limited = builder.verification(v -> v.maxMessageAge(Duration.ofHours(1))).build()) {

            assertEquals(false, noLimit.handle(queueEvent).hasFailures());
            var refused = limited.handle(queueEvent);
            assertTrue(refused.hasFailures());
            assertEquals(List.of("sqs-0"), refused.failedRecordIds());
        }
    }

    @Test
    void parser_maxInputBytes_refusesALargerDelivery() {
        try (VodClient vod = VodClient.builder().videoRepository(new InMemoryVideoRepository())
                .parser(p -> p.maxInputBytes(64)).build()) {

            VodParseException e = assertThrows(VodParseException.class, () -> vod.handle("{\"Records\":[" + " "
                    .repeat(100) + "]}"));
            assertTrue(e.getMessage().contains("64"), e.getMessage());
        }
    }

    @Test
    void allowedTopicArns_afterAllowedTopicArn_replacesTheAllowedTopics() throws Exception {
        var certificates = SNS.certificateSource();
        InMemoryVideoRepository videos = new InMemoryVideoRepository();
        videos.createVideo("v1", "uploads/My Video (1).mp4");
        try (VodClient vod = VodClient.builder().videoRepository(videos).certificateSource(certificates)
                .allowedTopicArn(SNS.topicArn())
                .allowedTopicArns(List.of("arn:aws:sns:us-west-2:123456789012:another-topic")).build()) {

            var refused = vod.handleHttpDelivery(signedComplete(Instant.now())).failure().orElseThrow();
            assertEquals(SnsVerificationException.Reason.TOPIC_NOT_ALLOWED,
                    ((SnsVerificationException) refused).reason());
        }
    }

    @Test
    void blankBucketOrTable_onTheClientAndItsParts_throwIllegalArgumentException() {
        assertThrows(IllegalArgumentException.class, () -> VodClient.builder().sourceBucket(" "));
        assertThrows(IllegalArgumentException.class, () -> VodClient.builder().uploads(u -> u.bucket(" ")));
        assertThrows(IllegalArgumentException.class, () -> io.github.vodclient.upload.VodUploads.builder()
                .bucket(" "));
        assertThrows(IllegalArgumentException.class, () -> VodClient.builder().tableName(" "));
        assertThrows(IllegalArgumentException.class, () -> io.github.vodclient.job.VodJobs.builder().tableName(" "));
    }

    @Test
    void close_thenUsingTheClientOrAPartTakenBefore_throwsIllegalStateException() throws Exception {
        try (DynamoDbLocal local = DynamoDbLocal.start(); DynamoDbClient client = PipelineTable.client(local)) {
            VodClient vod = offline().sourceBucket("vod-source").tableName(PipelineTable.NAME)
                    .dynamoDbClient(client).build();
            var uploads = vod.uploads();
            var jobs = vod.jobs();

            vod.close();

            assertEquals("this VodClient is closed",
                    assertThrows(IllegalStateException.class, vod::uploads).getMessage());
            assertThrows(IllegalStateException.class, vod::jobs);
            assertEquals("this VodUploads is closed", assertThrows(IllegalStateException.class,
                    () -> uploads.presignPut(UploadRequest.builder().key("clip.mp4").build())).getMessage());
            assertEquals("this VodJobs is closed",
                    assertThrows(IllegalStateException.class, () -> jobs.find(GUID)).getMessage());
        }
    }

    @Test
    void close_thenHandlingADelivery_throwsIllegalStateExceptionBeforeReadingIt() throws Exception {
        VodClient vod = offline().allowedTopicArn(SNS.topicArn()).videoRepository(new InMemoryVideoRepository()).build();
        String complete = new String(VodClientSettingsTest.class.getResourceAsStream(
                "/io/github/vodclient/event/gen_A-video_sns_complete_message-body.json").readAllBytes(),
                StandardCharsets.UTF_8);
        VodEvent event = VodEventParser.create().parseMessage(complete);

        vod.close();

        for (Executable call : List.<Executable>of(() -> vod.handle(complete),
                () -> vod.handle(complete.getBytes(StandardCharsets.UTF_8)),
                () -> vod.handle(new ByteArrayInputStream(complete.getBytes(StandardCharsets.UTF_8))),
                () -> vod.handle(event), () -> vod.handleHttpDelivery(complete),
                () -> vod.handleHttpDelivery(complete.getBytes(StandardCharsets.UTF_8)))) {
            assertEquals("this VodClient is closed", assertThrows(IllegalStateException.class, call).getMessage());
        }
    }

    private static String signedComplete(Instant published) throws Exception {
        String message = new String(VodClientSettingsTest.class.getResourceAsStream(
                "/io/github/vodclient/event/gen_A-video_sns_complete_message-body.json").readAllBytes(),
                StandardCharsets.UTF_8);
        return SNS.notification(new SnsTestMessages.Published("Workflow Status:: Complete:: " + GUID, message))
                .with("Timestamp", published.toString()).httpBody();
    }

    private static String lambdaSqs(String body) throws Exception {
        return JSON.writeValueAsString(Map.of("Records", List.of(Map.of(
                "messageId", "sqs-0", "body", body, "eventSource", "aws:sqs"))));
    }
}
