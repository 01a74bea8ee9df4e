package io.github.vodclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.sns.SnsMessage;
import io.github.vodclient.testing.DynamoDbLocal;
import io.github.vodclient.testing.InMemoryVideoRepository;
import io.github.vodclient.testing.InMemoryVideoRepository.Operation;
import io.github.vodclient.testing.LocalSns;
import io.github.vodclient.testing.PipelineTable;
import io.github.vodclient.testing.SnsTestMessages.Published;
import io.github.vodclient.testing.SnsTestMessages;
import io.github.vodclient.testing.TestItems;
import io.github.vodclient.video.HandleResult;
import io.github.vodclient.video.HandleResult.Outcome;
import io.github.vodclient.video.HandleResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The facade end to end: real DynamoDB (Local), signed SNS envelopes, a local SNS stand-in. */
class VodClientTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GUID = "6e1b9e46-3d5f-4c6d-9b0a-2f9d6b8f4a11";
    private static final String KEY = "uploads/My Video (1).mp4";

    private static DynamoDbLocal dynamo;
    private static DynamoDbClient dynamoClient;
    private static String completeMessage;
    private static String ingestMessage;

    private final InMemoryVideoRepository videos = new InMemoryVideoRepository();
    private static final SnsTestMessages SNS = SnsTestMessages.create();

    @BeforeAll
    static void startDynamoDb() throws IOException {
        dynamo = DynamoDbLocal.start();
        dynamoClient = PipelineTable.client(dynamo);
        PipelineTable.create(dynamoClient);
        dynamoClient.putItem(r -> r.tableName(PipelineTable.NAME).item(TestItems.fromAttributeValueJson(
                TestItems.resource("gen_A-video_dynamodb-item_final_attributevalue.json"))));
        completeMessage = new String(VodClientTest.class.getResourceAsStream(
                "/io/github/vodclient/event/gen_A-video_sns_complete_message-body.json").readAllBytes(),
                StandardCharsets.UTF_8);
        ingestMessage = "{\n  \"status\": \"Ingest\",\n  \"guid\": \"" + GUID + "\",\n  \"srcVideo\": \"" + KEY + "\"\n}";
    }

    @AfterAll
    static void stopDynamoDb() throws Exception {
        dynamoClient.close();
        dynamo.close();
    }

    @BeforeEach
    void addVideo() {
        videos.createVideo("v1", KEY);
    }

    private VodClient.Builder client() {
        return VodClient.builder()
                .tableName(PipelineTable.NAME)
                .dynamoDbClient(dynamoClient)
                .allowedTopicArn(SNS.topicArn())
                .certificateSource(SNS.certificateSource())
                .videoRepository(videos);
    }

    private static String signed(String type, String message, String subject) {
        return (type.equals("Notification") ? SNS.notification(new Published(subject, message))
                : SNS.subscriptionConfirmation().with("Message", message)).httpBody();
    }

    private static String lambdaSns(String message, String subject) throws Exception {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode sns = root.putArray("Records").addObject().put("EventSource", "aws:sns").putObject("Sns");
        sns.put("Type", "Notification").put("MessageId", "m-1").put("TopicArn", SNS.topicArn())
                .put("Subject", subject).put("Message", message).put("Timestamp", "2025-09-01T12:00:47.123Z");
        return JSON.writeValueAsString(root);
    }

    private static String lambdaSqs(String... bodies) throws Exception {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode records = root.putArray("Records");
        for (int i = 0; i < bodies.length; i++) {
            records.addObject().put("messageId", "sqs-" + i).put("body", bodies[i]).put("eventSource", "aws:sqs");
        }
        return JSON.writeValueAsString(root);
    }

    @Test
    void handle_lambdaSnsComplete_appliesPlaybackAndTheMediaInfoOfTheJobItem() throws Exception {
        try (VodClient vod = client().build()) {
            BatchResult<HandleResult> result = vod.handle(lambdaSns(completeMessage, "Workflow Status:: Complete:: " + GUID));

            HandleResult handled = result.values().get(0);
            assertEquals(Outcome.APPLIED, handled.outcome());
            assertFalse(handled.mediaInfoMissing());
            var update = handled.update().orElseThrow();
            assertEquals(Optional.of(Duration.ofMillis(21_021)), update.duration());
            assertEquals(OptionalInt.of(1920), update.width());
            assertEquals(OptionalInt.of(1080), update.height());
            assertTrue(update.playback().hls().orElseThrow().uri().toString().endsWith("/hls/My%20Video%20(1).m3u8"));
            assertEquals(EncodingStatus.COMPLETE, videos.state("v1").status());
        }
    }

    @Test
    void handle_lambdaSqsBatch_verifiesEnvelopesTrustsRawBodiesAndReportsOnlyTheForgedRecord() throws Exception {
        String signedIngest = signed("Notification", ingestMessage, "Workflow Status:: Ingest:: " + GUID);
        String forged = signed("Notification", completeMessage, "Workflow Status:: Complete:: " + GUID)
                .replace("d1a2b3c4d5e6f7.cloudfront.net", "evil.example");
        try (VodClient vod = client().build()) {
            BatchResult<HandleResult> result = vod.handle(lambdaSqs(signedIngest, forged, completeMessage));

            assertEquals(List.of(Outcome.APPLIED, Outcome.APPLIED),
                    result.values().stream().map(HandleResult::outcome).toList());
            assertEquals(List.of("sqs-1"), result.failedRecordIds());
            SnsVerificationException e = assertInstanceOf(SnsVerificationException.class,
                    result.failures().get(0).error());
            assertEquals(SnsVerificationException.Reason.BAD_SIGNATURE, e.reason());
            assertEquals("{\"batchItemFailures\":[{\"itemIdentifier\":\"sqs-1\"}]}", result.lambdaBatchResponse());
            assertEquals(EncodingStatus.COMPLETE, videos.state("v1").status());
            assertFalse(videos.updates().stream().anyMatch(u -> u.playback().hls().map(h -> h.raw().contains("evil"))
                    .orElse(false)), "the forged URL never reached the repository");
        }
    }

    @Test
    void handle_envelopeWithoutAnAllowedTopic_failsTheRecordNamingTheSetting() throws Exception {
        String envelope = signed("Notification", ingestMessage, "Workflow Status:: Ingest:: " + GUID);
        try (VodClient vod = VodClient.builder().videoRepository(videos).build()) {
            BatchResult<HandleResult> result = vod.handle(lambdaSqs(envelope));

            assertTrue(result.failures().get(0).error().getMessage().startsWith("allowedTopicArn is not configured"));
            assertEquals(EncodingStatus.NEW, videos.state("v1").status());
        }
    }

    @Test
    void handleHttpDelivery_subscriptionConfirmation_confirmsThroughTheSnsApiNotTheSubscribeUrl() throws Exception {
        try (LocalSns sns = new LocalSns();
             VodClient vod = client().snsEndpoint(sns.endpoint())
                     .credentialsProvider(PipelineTable.FAKE_CREDENTIALS).build()) {
            DeliveryResult result = vod.handleHttpDelivery(signed("SubscriptionConfirmation",
                    "You have chosen to subscribe to the topic.", null));

            assertEquals(SnsMessage.Type.SUBSCRIPTION_CONFIRMATION, result.message().orElseThrow().type());
            assertEquals(Optional.of(LocalSns.SUBSCRIPTION_ARN), result.subscriptionArn());
            assertEquals(1, sns.requests().size());
            assertTrue(sns.requests().get(0).body().contains("Action=ConfirmSubscription"));
        }
    }

    @Test
    void handleHttpDelivery_notification_verifiesAndAppliesTheEvent() throws Exception {
        try (VodClient vod = client().build()) {
            DeliveryResult result = vod.handleHttpDelivery(signed("Notification", ingestMessage,
                    "Workflow Status:: Ingest:: " + GUID));

            assertEquals(Outcome.APPLIED, result.handled().orElseThrow().outcome());
            assertEquals(Optional.of(GUID), videos.state("v1").jobGuid());
        }
    }

    @Test
    void handleHttpDelivery_unsignedMessage_isRejectedAndNothingIsApplied() {
        try (VodClient vod = client().build()) {
            DeliveryResult result = vod.handleHttpDelivery(ingestMessage);

            assertInstanceOf(VodParseException.class, result.failure().orElseThrow());
            assertEquals(400, result.httpStatus());
            assertEquals(0, videos.calls(Operation.APPLY));
        }
    }

    @Test
    void handleHttpDelivery_tamperedNotification_failsWithTheVerificationException() throws Exception {
        String tampered = signed("Notification", ingestMessage, "Workflow Status:: Ingest:: " + GUID)
                .replace("uploads/My Video", "uploads/Other Video");
        try (VodClient vod = client().build()) {
            DeliveryResult result = vod.handleHttpDelivery(tampered);

            SnsVerificationException e = assertInstanceOf(SnsVerificationException.class,
                    result.failure().orElseThrow());
            assertEquals(SnsVerificationException.Reason.BAD_SIGNATURE, e.reason());
            assertEquals(403, result.httpStatus());
        }
    }

    @Test
    void builder_stackOutputs_readsBucketTableAndCompletesTheTopicArn() {
        try (VodClient vod = VodClient.builder()
                .stackOutputs(Map.of("SourceBucketName", "vod-stack-source-1", "DynamoDBTableName", "vod-stack",
                        "SnsTopicName", "vod-stack-Notifications",
                        "SqsArn", "arn:aws:sqs:eu-west-1:111122223333:vod-stack-queue"))
                .region(Region.EU_WEST_1)
                .credentialsProvider(PipelineTable.FAKE_CREDENTIALS)
                .build()) {
            assertEquals("vod-stack-source-1", vod.uploads().bucket());
        }
    }

    @Test
    void builder_fromEnvironment_readsTheNamesUsersAlreadyUse() {
        try (VodClient vod = VodClient.builder()
                .fromEnvironment(Map.of("S3_VOD_SOURCE_BUCKET", "bucket-from-env", "VOD_TABLE", "vod-stack",
                        "VOD_TOPIC_ARN", SNS.topicArn(), "AWS_REGION", "us-west-2"))
                .credentialsProvider(PipelineTable.FAKE_CREDENTIALS)
                .build()) {
            assertEquals("bucket-from-env", vod.uploads().bucket());
        }
    }

    @Test
    void builder_invalidSettings_failFastNamingTheSetting() {
        VodClient.Builder builder = VodClient.builder();
        assertEquals("allowedTopicArn is not an SNS topic ARN (arn:partition:sns:region:account:name) of the aws,"
                + " aws-cn or aws-us-gov partition: 'vod-topic'",
                assertThrows(IllegalArgumentException.class, () -> builder.allowedTopicArn("vod-topic")).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> builder.allowedTopicArn("arn:aws:sqs:us-east-1:111122223333:vod-stack-queue"),
                "a queue ARN is not a topic ARN");
        assertEquals("bucket must be a bucket name, was ' '",
                assertThrows(IllegalArgumentException.class, () -> builder.sourceBucket(" ")).getMessage());
        assertEquals("videoRepository",
                assertThrows(NullPointerException.class, () -> builder.videoRepository(null)).getMessage());
    }

    @Test
    void build_createsNoAwsClientUntilFirstUse() throws Exception {
        // No region is configured in the test environment: an SDK client built eagerly would fail to resolve one.
        try (VodClient vod = VodClient.builder().sourceBucket("bucket").tableName("vod-stack")
                .allowedTopicArn(SNS.topicArn()).videoRepository(videos).build()) {
            BatchResult<HandleResult> complete = vod.handle(lambdaSns(completeMessage, "Workflow Status:: Complete:: " + GUID));
            assertEquals(Outcome.APPLIED, complete.values().get(0).outcome());

            RuntimeException firstUse = assertThrows(RuntimeException.class, () -> vod.jobs().find(GUID));
            assertTrue(firstUse.getMessage().contains("region"), firstUse.getMessage());
        }
    }

    @Test
    void unconfiguredParts_failWhenUsedNamingTheSetting() {
        try (VodClient vod = VodClient.builder().build()) {
            assertEquals("sourceBucket is not configured on this VodClient",
                    assertThrows(VodException.class, vod::uploads).getMessage());
            assertEquals("tableName is not configured on this VodClient",
                    assertThrows(VodException.class, vod::jobs).getMessage());
            assertEquals("videoRepository is not configured on this VodClient",
                    assertThrows(VodException.class, () -> vod.handle(completeMessage)).getMessage());
        }
    }

    @Test
    void close_leavesTheCallersClientsOpen() {
        VodClient vod = client().build();
        vod.handle(lambdaSnsUnchecked());
        vod.close();

        assertEquals(PipelineTable.NAME, dynamoClient.describeTable(r -> r.tableName(PipelineTable.NAME))
                .table().tableName(), "the caller's DynamoDB client still works");
        assertThrows(IllegalStateException.class, vod::jobs);
    }

    private static String lambdaSnsUnchecked() {
        try {
            return lambdaSns(completeMessage, "Workflow Status:: Complete:: " + GUID);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
