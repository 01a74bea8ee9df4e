package io.github.vodclient.event;

import static io.github.vodclient.event.Fixtures.GUID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vodclient.BatchResult;
import io.github.vodclient.VodParseException;
import io.github.vodclient.sns.SnsMessage;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class VodEventParserTest {
    private final VodEventParser parser = VodEventParser.create();

    @Test
    void parseMessage_ingest_returnsIngestEventWithSourceKey() {
        VodEvent event = parser.parseMessage(Fixtures.text("gen_A-video_sns_ingest_message-body.json"));

        IngestEvent ingest = assertInstanceOf(IngestEvent.class, event);
        assertEquals(GUID, ingest.guid());
        assertEquals("uploads/My Video (1).mp4", ingest.srcVideo());
        assertEquals("Ingest", ingest.rawStatus());
        assertEquals(EncodingStatus.INGEST, ingest.status());
        assertEquals(Optional.empty(), ingest.sns());
    }

    @Test
    void parseMessage_completeWithFrameCapture_returnsEncodedUrlsThumbnailAndDetails() {
        String message = Fixtures.text("gen_A-video_sns_complete_message-body.json");

        CompleteEvent complete = assertInstanceOf(CompleteEvent.class, parser.parseMessage(message));

        assertEquals(GUID, complete.guid());
        assertEquals(EncodingStatus.COMPLETE, complete.status());
        assertEquals(Optional.of("uploads/My Video (1).mp4"), complete.srcVideo());
        assertEquals(Optional.of("vod-stack-source71e471f1-1k2l3m4n5o6p"), complete.srcBucket());
        assertEquals(Optional.of(Instant.parse("2025-09-01T12:00:01.512Z")), complete.startTime());
        assertEquals(Optional.of(Instant.parse("2025-09-01T12:00:46.512Z")), complete.endTime());

        PlaybackUrls playback = complete.playback();
        MediaUrl hls = playback.hls().orElseThrow();
        assertEquals("https://d1a2b3c4d5e6f7.cloudfront.net/" + GUID + "/hls/My Video (1).m3u8", hls.raw());
        assertEquals(URI.create("https://d1a2b3c4d5e6f7.cloudfront.net/" + GUID + "/hls/My%20Video%20(1).m3u8"),
                hls.uri());
        assertEquals(Optional.of(hls), playback.preferredHls());
        assertEquals(List.of(URI.create("https://d1a2b3c4d5e6f7.cloudfront.net/" + GUID
                + "/thumbnails/My%20Video%20(1)_thumb.0000004.jpg")),
                playback.thumbnails().stream().map(MediaUrl::uri).toList());
        assertEquals(Optional.empty(), playback.dash());
        assertEquals(List.of(), playback.mp4());
        assertEquals(Map.of(), playback.egressEndpoints());

        WorkflowDetails workflow = complete.workflow();
        assertEquals(Optional.of("vod-stack"), workflow.workflowName());
        assertEquals(Optional.of("Video"), workflow.workflowTrigger());
        assertEquals(Optional.of("vod-stack-destination920a3c57-7q8r9s0t1u2v"), workflow.destBucket());
        assertEquals(Optional.of("d1a2b3c4d5e6f7.cloudfront.net"), workflow.cloudFront());
        assertEquals(Optional.of("vod-stack_Ott_1080p_Avc_Aac_16x9_qvbr_no_preset"), workflow.jobTemplate());
        assertEquals(Optional.of("1717171717171-abc123"), workflow.encodeJobId());
        assertEquals(OptionalInt.of(1080), workflow.encodingProfile());
        assertEquals(OptionalInt.of(1920), workflow.srcWidth());
        assertEquals(OptionalInt.of(1080), workflow.srcHeight());
        assertEquals(Optional.of(true), workflow.frameCapture());
        assertEquals(Optional.of("GLACIER"), workflow.archiveSource());
        assertEquals(Optional.empty(), workflow.mediaPackageResourceId());

        assertEquals(Map.of(), complete.custom(), "a video-triggered job has no custom metadata");
        assertEquals(message, complete.rawMessage());
    }

    @Test
    void parseMessage_completeWithMediaPackage_returnsEgressEndpointsAndCustomMetadata() {
        String message = Fixtures.text("gen_B-metadata-mediapackage_sns_complete_message-body.json");

        CompleteEvent complete = assertInstanceOf(CompleteEvent.class, parser.parseMessage(message));

        PlaybackUrls playback = complete.playback();
        assertEquals(Optional.empty(), playback.hls());
        assertEquals(List.of("HLS", "DASH", "MSS", "CMAF"), List.copyOf(playback.egressEndpoints().keySet()));
        assertEquals(URI.create("https://d1a2b3c4d5e6f7.cloudfront.net/out/v1/0f1e2d3c4b5a69788796a5b4c3d2e1f0/"
                + "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6/index.m3u8"), playback.egressEndpoints().get("HLS").uri());
        assertEquals(Optional.of(playback.egressEndpoints().get("HLS")), playback.preferredHls());
        assertEquals(Optional.of("a01651a2894481cd928655644fb812ae"), complete.workflow().mediaPackageResourceId());
        assertEquals(Optional.of("Metadata"), complete.workflow().workflowTrigger());
        assertEquals(Optional.of("uploads/My Video (1).json"), complete.workflow().srcMetadataFile());
        assertEquals(Optional.of("DEEP_ARCHIVE"), complete.workflow().archiveSource());
        assertEquals(Optional.of(false), complete.workflow().frameCapture());

        assertEquals(List.of("title", "genre", "labelList", "ratingScore"), List.copyOf(complete.custom().keySet()));
        assertEquals("My Video", complete.custom().get("title"));
        assertEquals("Documentary", complete.custom().get("genre"));
        assertEquals(List.of("nature", "ocean"), complete.custom().get("labelList"));
        assertEquals(4.5, complete.custom().get("ratingScore"));
    }

    @Test
    void parseMessage_lambdaStepError_returnsErrorEventWithDetails() {
        ErrorEvent error = assertInstanceOf(ErrorEvent.class,
                parser.parseMessage(Fixtures.text("gen_error-handler_lambda-error_sns_message-body.json")));

        assertEquals(GUID, error.guid());
        assertEquals(EncodingStatus.ERROR, error.status());
        assertEquals(Optional.of("vod-stack-input-validate"), error.errorAt());
        assertEquals(Optional.of("NotFound: UnknownError"), error.errorMessage());
        assertTrue(error.errorDetails().orElseThrow().startsWith("https://console.aws.amazon.com/cloudwatch/"));
    }

    @Test
    void parseMessage_mediaConvertError_returnsErrorEventFoundByGuidOnly() {
        ErrorEvent error = assertInstanceOf(ErrorEvent.class,
                parser.parseMessage(Fixtures.text("gen_error-handler_mediaconvert-error_sns_message-body.json")));

        assertEquals(GUID, error.guid());
        assertEquals(Optional.of("Encoding"), error.errorAt());
        assertTrue(error.errorMessage().orElseThrow().startsWith("Unable to open input file [s3://"));
    }

    @Test
    void parse_solutionsOwnSqsBody_returnsCompleteEventWithoutPipelineInternalsAsCustomKeys() {
        CompleteEvent a = assertInstanceOf(CompleteEvent.class,
                parser.parseTrustedSqsBody(Fixtures.text("gen_A-video_sqs_message-body.json")));
        CompleteEvent b = assertInstanceOf(CompleteEvent.class,
                parser.parseTrustedSqsBody(Fixtures.text("gen_B-metadata-mediapackage_sqs_message-body.json")));

        assertEquals(GUID, a.guid());
        assertEquals(Map.of(), a.custom(), "srcMediainfo, encodingJob, encodingOutput... are the pipeline's keys");
        assertTrue(a.playback().hls().isPresent());
        assertEquals(Optional.empty(), a.sns());
        assertEquals(List.of("title", "genre", "labelList", "ratingScore"), List.copyOf(b.custom().keySet()));
    }

    @Test
    void parse_lambdaSnsEvent_carriesSnsEnvelopeMetadataAndRecordId() {
        String input = Deliveries.lambdaSns(Fixtures.published("gen_A-video_sns_complete.json"));

        BatchResult<VodEvent> batch = parser.parse(input);

        assertEquals(1, batch.values().size());
        SnsMessage sns = batch.values().get(0).sns().orElseThrow();
        assertEquals(SnsMessage.Type.NOTIFICATION, sns.type());
        assertEquals(Deliveries.messageId(0), sns.messageId());
        assertEquals(Deliveries.TOPIC_ARN, sns.topicArn());
        assertEquals(Optional.of("Workflow Status:: Complete:: " + GUID), sns.subject());
        assertEquals(Instant.parse(Deliveries.TIMESTAMP), sns.timestamp());
    }

    @Test
    void parse_lambdaSnsEventWithSeveralRecords_returnsEveryEventInOrder() {
        String input = Deliveries.lambdaSns(Fixtures.published("gen_A-video_sns_ingest.json"),
                Fixtures.published("gen_A-video_sns_complete.json"),
                Fixtures.published("gen_error-handler_mediaconvert-error_sns.json"));

        BatchResult<VodEvent> batch = parser.parseLambdaSnsEvent(input);

        assertEquals(List.of(IngestEvent.class, CompleteEvent.class, ErrorEvent.class),
                batch.values().stream().map(Object::getClass).toList());
        assertFalse(batch.hasFailures());
    }

    @Test
    void parse_lambdaSqsBatchWithBadRecords_reportsEachFailureAndKeepsTheGoodEvents() {
        String good = Deliveries.snsHttpBody(Fixtures.published("gen_A-video_sns_complete.json"));
        String truncated = good.substring(0, good.length() / 2);
        String noGuid = "{\"workflowStatus\":\"Complete\"}";
        String raw = Fixtures.text("gen_A-video_sns_ingest_message-body.json");

        BatchResult<VodEvent> batch = parser.parse(Deliveries.lambdaSqs(good, truncated, raw, noGuid));

        assertEquals(List.of(CompleteEvent.class, IngestEvent.class),
                batch.values().stream().map(Object::getClass).toList());
        assertEquals(List.of(1, 3), batch.failures().stream().map(BatchResult.Failure::index).toList());
        assertEquals(List.of(Deliveries.sqsMessageId(1), Deliveries.sqsMessageId(3)), batch.failedRecordIds());
        assertTrue(batch.failures().get(0).error().getMessage().startsWith("Records[1].body is not valid JSON"),
                batch.failures().get(0).error().getMessage());
        assertEquals("Records[3].body: Complete message has no guid", batch.failures().get(1).error().getMessage());
    }

    @Test
    void parse_recordWithWrongFieldType_failsOnlyThatRecord() throws Exception {
        ObjectNode event = (ObjectNode) Fixtures.JSON.readTree(Deliveries.lambdaSns(
                Fixtures.published("gen_A-video_sns_ingest.json"), Fixtures.published("gen_A-video_sns_complete.json")));
        ((ObjectNode) event.get("Records").get(0).get("Sns")).put("Message", 17);
        String input = Fixtures.JSON.writeValueAsString(event);

        BatchResult<VodEvent> batch = parser.parse(input);

        assertEquals(1, batch.failures().size());
        assertEquals("Records[0].Sns.Message must be a string, was a number",
                batch.failures().get(0).error().getMessage());
        assertEquals(Optional.of(Deliveries.messageId(0)), batch.failures().get(0).recordId());
        assertInstanceOf(CompleteEvent.class, batch.values().get(0));
    }

    @Test
    void parse_s3EventRecords_reportsFailureNamingTheEventSource() {
        BatchResult<VodEvent> batch = parser.parse(Fixtures.text("gen_A-video_s3-event.json"));

        assertEquals(List.of(), batch.values());
        assertEquals("Records[0] is neither an SNS record (Sns) nor an SQS record (body) (eventSource aws:s3)",
                batch.failures().get(0).error().getMessage());
    }

    @Test
    void parseLambdaSqsEvent_givenSnsRecords_reportsEachRecordAsTheWrongKind() {
        String input = Deliveries.lambdaSns(Fixtures.published("gen_A-video_sns_ingest.json"));

        BatchResult<VodEvent> batch = parser.parseLambdaSqsEvent(input);

        assertEquals("Records[0] is an SNS record, not an SQS record", batch.failures().get(0).error().getMessage());
    }

    @Test
    void explicitEntryPoints_givenAnotherShape_throwNamingTheExpectedShape() {
        String message = Fixtures.text("gen_A-video_sns_ingest_message-body.json");

        assertEquals("input is not a Lambda SNS event: it has no Records array",
                assertThrows(VodParseException.class, () -> parser.parseLambdaSnsEvent(message)).getMessage());
        assertEquals("input is not a Lambda SQS event: it has no Records array",
                assertThrows(VodParseException.class, () -> parser.parseLambdaSqsEvent(message)).getMessage());
        assertEquals("input is not an SNS envelope: it has no Type, TopicArn and Message",
                assertThrows(VodParseException.class, () -> parser.parseTrustedSnsEnvelope(message)).getMessage());
    }

    @Test
    void parseSnsEnvelope_subscriptionConfirmation_returnsUnknownEventNotAnError() {
        UnknownEvent unknown = assertInstanceOf(UnknownEvent.class,
                parser.parseTrustedSnsEnvelope(Fixtures.text(Fixtures.REAL_SNS + "test-subscription-confirmation.json")));

        assertEquals("SNS SubscriptionConfirmation, not a pipeline notification", unknown.reason());
        assertEquals(SnsMessage.Type.SUBSCRIPTION_CONFIRMATION, unknown.sns().orElseThrow().type());
    }

    @Test
    void parseSnsEnvelope_otherPublishersPlainTextMessage_returnsUnknownEventKeepingTheMessage() {
        UnknownEvent unknown = assertInstanceOf(UnknownEvent.class,
                parser.parseTrustedSnsEnvelope(Fixtures.text(Fixtures.REAL_SNS + "test-notification-with-subject.json")));

        assertEquals("message is not JSON", unknown.reason());
        assertEquals("Hello! This message has a subject.", unknown.rawMessage());
        assertEquals(Instant.parse("2026-03-06T19:53:21.424Z"), unknown.sns().orElseThrow().timestamp());
    }

    @Test
    void parseMessage_unknownStatus_returnsUnknownEventWithGuidAndRawStatus() {
        UnknownEvent unknown = assertInstanceOf(UnknownEvent.class,
                parser.parseMessage("{\"guid\":\"g-1\",\"workflowStatus\":\"Archived\"}"));

        assertEquals(Optional.of("g-1"), unknown.guid());
        assertEquals(Optional.of("Archived"), unknown.rawStatus());
        assertEquals("unknown status 'Archived'", unknown.reason());
    }

    @Test
    void parse_publishRequestShape_parsesTheMessageWithItsSubject() {
        VodEvent event = parser.parse(Fixtures.text("gen_A-video_sns_ingest.json")).values().get(0);

        assertInstanceOf(IngestEvent.class, event);
        assertEquals(Optional.empty(), event.sns(), "a Publish request carries no SNS delivery metadata");
    }

    @Test
    void parseMessage_urlsThatAreNotAbsolute_areKeptAsRelativeUris() {
        CompleteEvent complete = assertInstanceOf(CompleteEvent.class,
                parser.parseMessage(Fixtures.text("test_sns-notification_input_complete_mediapackage.json")));

        assertEquals(URI.create("hls-url"), complete.playback().hls().orElseThrow().uri());
        assertEquals(List.of(URI.create("mp4-url-1")), complete.playback().mp4().stream().map(MediaUrl::uri).toList());
    }
}
