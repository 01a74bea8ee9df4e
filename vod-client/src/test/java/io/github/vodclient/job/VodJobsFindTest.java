package io.github.vodclient.job;

import static io.github.vodclient.testing.PipelineTable.s;
import static io.github.vodclient.testing.TestItems.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.VodParseException;
import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.event.MediaUrl;
import io.github.vodclient.event.PlaybackUrls;
import io.github.vodclient.event.WorkflowDetails;
import io.github.vodclient.job.MediaInfo.AudioTrack;
import io.github.vodclient.job.MediaInfo.ContainerInfo;
import io.github.vodclient.job.MediaInfo.VideoTrack;
import io.github.vodclient.testing.DynamoDbLocal;
import io.github.vodclient.testing.PipelineTable;
import io.github.vodclient.testing.TestItems;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Look-ups by guid against DynamoDB Local loaded with the pipeline's own items. */
class VodJobsFindTest {
    /** The solution's SQS bodies, kept once with the event package's fixtures. */
    private static final String SQS_BODIES = "/io/github/vodclient/event/";
    static final String GUID_A = "6e1b9e46-3d5f-4c6d-9b0a-2f9d6b8f4a11";
    static final String GUID_B = "b0000000-0000-4000-8000-00000000000b";
    static final String SOURCE_BUCKET = "vod-stack-source71e471f1-1k2l3m4n5o6p";
    static final String DEST_BUCKET = "vod-stack-destination920a3c57-7q8r9s0t1u2v";
    static final String CLOUDFRONT = "d1a2b3c4d5e6f7.cloudfront.net";
    static final Duration LENGTH = Duration.ofMillis(21_021);

    private static DynamoDbLocal local;
    private static DynamoDbClient client;
    private static VodJobs jobs;
    private static Map<String, AttributeValue> finalA;

    @BeforeAll
    static void loadTable() {
        local = DynamoDbLocal.start();
        client = PipelineTable.client(local);
        PipelineTable.create(client);
        finalA = TestItems.fromAttributeValueJson(resource("gen_A-video_dynamodb-item_final_attributevalue.json"));
        PipelineTable.put(client, finalA, Map.of());
        // Scenario B's fixtures use the same guid as A: give B's items their own.
        PipelineTable.put(client, TestItems.fromAttributeValueJson(
                resource("gen_B-metadata-mediapackage_dynamodb-item_final_attributevalue.json")),
                Map.of("guid", s(GUID_B)));
        for (String stage : List.of("after-ingest", "after-process")) {
            PipelineTable.put(client, TestItems.fromPlainJson(resource("gen_A-video_dynamodb-item_" + stage + ".json")),
                    Map.of("guid", s("a-" + stage)));
            PipelineTable.put(client, TestItems.fromPlainJson(
                    resource("gen_B-metadata-mediapackage_dynamodb-item_" + stage + ".json")),
                    Map.of("guid", s("b-" + stage)));
        }
        for (String error : List.of("lambda-error", "mediaconvert-error")) {
            PipelineTable.put(client, TestItems.fromPlainJson(resource("gen_A-video_dynamodb-item_after-process.json")),
                    Map.of("guid", s(error)));
            applyErrorHandlerUpdate(error);
        }
        PipelineTable.put(client, TestItems.fromPlainJson(resource("test_profiler_dynamodb-item.json")), Map.of());
        PipelineTable.put(client, LegacyItems.v42Item("legacy-v4.2"), Map.of());
        jobs = VodJobs.builder().tableName(PipelineTable.NAME).dynamoDbClient(client)
                .customMetadataKeys(List.of("title", "genre", "labelList", "ratingScore")).build();
    }

    /** Runs the error handler's own UpdateItem (from the fixture) against a copy of the after-process item. */
    private static void applyErrorHandlerUpdate(String error) {
        Map<String, AttributeValue> update = TestItems.fromPlainJson(
                resource("gen_error-handler_" + error + "_dynamodb-update.json"));
        client.updateItem(r -> r.tableName(PipelineTable.NAME)
                .key(Map.of("guid", s(error)))
                .updateExpression(update.get("UpdateExpression").s())
                .expressionAttributeValues(update.get("ExpressionAttributeValues").m()));
    }

    @AfterAll
    static void stop() throws Exception {
        jobs.close();
        client.close();
        local.close();
    }

    @Test
    void find_finalItemOfVideoTrigger_readsEveryTypedField() {
        VodJob job = jobs.find(GUID_A).orElseThrow();

        assertEquals(GUID_A, job.guid());
        assertEquals(Optional.of(EncodingStatus.COMPLETE), job.status());
        assertEquals(Optional.of("Complete"), job.rawStatus());
        assertTrue(job.isTerminal());
        assertEquals(Optional.of("uploads/My Video (1).mp4"), job.srcVideo());
        assertEquals(Optional.of(SOURCE_BUCKET), job.srcBucket());
        assertEquals(Optional.of(Instant.parse("2025-09-01T12:00:01.512Z")), job.startTime());
        assertEquals(Optional.of(Instant.parse("2025-09-01T12:00:46.512Z")), job.endTime());
        String base = "https://" + CLOUDFRONT + "/" + GUID_A;
        assertEquals(new PlaybackUrls(Optional.of(MediaUrl.of(base + "/hls/My Video (1).m3u8")), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                List.of(MediaUrl.of(base + "/thumbnails/My Video (1)_thumb.0000004.jpg")), Map.of()), job.playback());
        assertEquals("https://" + CLOUDFRONT + "/" + GUID_A + "/hls/My%20Video%20(1).m3u8",
                job.playback().hls().orElseThrow().uri().toString());
        assertEquals(WorkflowDetails.builder().workflowName("vod-stack").workflowTrigger("Video").destBucket(DEST_BUCKET)
                .cloudFront(CLOUDFRONT).jobTemplate("vod-stack_Ott_1080p_Avc_Aac_16x9_qvbr_no_preset")
                .encodeJobId("1717171717171-abc123").encodingProfile(1080).srcWidth(1920).srcHeight(1080)
                .frameCapture(true).archiveSource("GLACIER").build(), job.workflow());
        assertEquals(Optional.empty(), job.errorAt());
        assertEquals(Optional.empty(), job.errorMessage());
        assertEquals(Optional.empty(), job.errorDetails());
        assertEquals(Map.of(), job.custom());
        MediaInfo info = job.mediaInfo().orElseThrow();
        assertFalse(info.legacyFormat());
        assertEquals(Optional.of("uploads/My Video (1).mp4"), info.filename());
        assertEquals(new ContainerInfo(Optional.of("MPEG-4"), OptionalLong.of(22_145_829), Optional.of(LENGTH),
                OptionalLong.of(8_428_078)), info.container());
        VideoTrack video = info.video().get(0);
        assertEquals(Optional.of("AVC"), video.codec());
        assertEquals(OptionalInt.of(1920), video.width());
        assertEquals(OptionalInt.of(1080), video.height());
        assertEquals(29.97, video.frameRate().orElseThrow());
        assertEquals(OptionalInt.of(8), video.bitDepth());
        assertEquals(Optional.of("YUV 4:2:0"), video.colorSpace());
        AudioTrack audio = info.audio().get(0);
        assertEquals(Optional.of("AAC"), audio.codec());
        assertEquals(OptionalInt.of(2), audio.channels());
        assertEquals(OptionalInt.of(48_000), audio.samplingRate());
        assertEquals(Optional.of(LENGTH), audio.duration());
    }

    @Test
    void find_finalItemWithMediaPackageAndMetadataFile_readsEndpointsAndCustomKeys() {
        VodJob job = jobs.find(GUID_B).orElseThrow();

        assertEquals(Optional.of(EncodingStatus.COMPLETE), job.status());
        String out = "https://" + CLOUDFRONT + "/out/v1/0f1e2d3c4b5a69788796a5b4c3d2e1f0/";
        Map<String, MediaUrl> egress = new LinkedHashMap<>();
        egress.put("HLS", MediaUrl.of(out + "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6/index.m3u8"));
        egress.put("DASH", MediaUrl.of(out + "b1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6/index.mpd"));
        egress.put("MSS", MediaUrl.of(out + "c1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6/index.ism/Manifest"));
        egress.put("CMAF", MediaUrl.of(out + "d1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6/index.m3u8"));
        assertEquals(egress, job.playback().egressEndpoints());
        assertEquals(List.of(), job.playback().thumbnails());
        // The item keeps hlsUrl even with MediaPackage on; only the SNS message drops it.
        assertTrue(job.playback().hls().isPresent());
        WorkflowDetails workflow = job.workflow();
        assertEquals(Optional.of("Metadata"), workflow.workflowTrigger());
        assertEquals(Optional.of("uploads/My Video (1).json"), workflow.srcMetadataFile());
        assertEquals(Optional.of("a01651a2894481cd928655644fb812ae"), workflow.mediaPackageResourceId());
        assertEquals(Optional.of("DEEP_ARCHIVE"), workflow.archiveSource());
        assertEquals(Optional.of(false), workflow.frameCapture());
        assertEquals(Optional.of("vod-stack_Ott_1080p_Avc_Aac_16x9_mvod_no_preset"), workflow.jobTemplate());
        assertEquals(Map.of("title", "My Video", "genre", "Documentary", "labelList", List.of("nature", "ocean"),
                "ratingScore", 4.5), job.custom());
        assertEquals(Optional.of(LENGTH), job.mediaInfo().orElseThrow().container().duration());
    }

    @Test
    void find_sameJobFromTableAndFromSolutionsSqsBody_isEqual() {
        assertEquals(VodJobs.fromSqsBody(resource(SQS_BODIES + "gen_A-video_sqs_message-body.json")), jobs.find(GUID_A).orElseThrow());
        VodJob fromBody = VodJobs.fromSqsBody(resource(SQS_BODIES + "gen_B-metadata-mediapackage_sqs_message-body.json"));
        VodJob fromTable = jobs.find(GUID_B).orElseThrow();
        assertEquals(fromBody.playback(), fromTable.playback());
        assertEquals(fromBody.workflow(), fromTable.workflow());
        assertEquals(fromBody.mediaInfo(), fromTable.mediaInfo());
        assertEquals(fromBody.custom(), fromTable.custom());
    }

    @Test
    void find_itemsWhileEncoding_areIngestWithoutPlaybackOrEndTime() {
        for (String guid : List.of("a-after-ingest", "a-after-process", "b-after-ingest", "b-after-process")) {
            VodJob job = jobs.find(guid).orElseThrow();
            assertEquals(Optional.of(EncodingStatus.INGEST), job.status(), guid);
            assertFalse(job.isTerminal(), guid);
            assertEquals(Optional.of(Instant.parse("2025-09-01T12:00:01.512Z")), job.startTime(), guid);
            assertEquals(Optional.empty(), job.endTime(), guid);
            assertTrue(job.playback().isEmpty(), guid);
            assertEquals(Optional.of(LENGTH), job.mediaInfo().orElseThrow().container().duration(), guid);
        }
        assertEquals(OptionalInt.empty(), jobs.find("a-after-ingest").orElseThrow().workflow().encodingProfile());
        assertEquals(OptionalInt.of(1080), jobs.find("a-after-process").orElseThrow().workflow().encodingProfile());
        assertEquals(Optional.empty(), jobs.find("a-after-ingest").orElseThrow().workflow().encodeJobId());
        assertEquals(Optional.of("1717171717171-abc123"),
                jobs.find("a-after-process").orElseThrow().workflow().encodeJobId());
        assertEquals("My Video", jobs.find("b-after-ingest").orElseThrow().custom().get("title"));
    }

    @Test
    void find_afterErrorHandlerUpdates_readsErrorStageMessageAndDetails() {
        VodJob lambda = jobs.find("lambda-error").orElseThrow();
        assertEquals(Optional.of(EncodingStatus.ERROR), lambda.status());
        assertEquals(Optional.of("vod-stack-input-validate"), lambda.errorAt());
        assertEquals(Optional.of("NotFound: UnknownError"), lambda.errorMessage());
        assertEquals(Optional.of("https://console.aws.amazon.com/cloudwatch/home?region=us-east-1#logStream:"
                + "group=/aws/lambda/vod-stack-input-validate"), lambda.errorDetails());

        VodJob encoding = jobs.find("mediaconvert-error").orElseThrow();
        assertEquals(Optional.of(EncodingStatus.ERROR), encoding.status());
        assertEquals(Optional.of("Encoding"), encoding.errorAt());
        assertTrue(encoding.errorMessage().orElseThrow().contains("\"errorCode\": 1010"));
        assertEquals(Optional.of("https://console.aws.amazon.com/mediaconvert/home?region=us-east-1#/jobs/summary/"
                + "1717171717171-abc123"), encoding.errorDetails());
        assertTrue(encoding.mediaInfo().isPresent());
    }

    @Test
    void find_profilerTestItem_readsTheFewFieldsItHas() {
        VodJob job = jobs.find("12345678").orElseThrow();

        assertEquals(Optional.empty(), job.status());
        assertEquals(Optional.empty(), job.rawStatus());
        assertEquals(Optional.empty(), job.srcVideo());
        assertEquals(Optional.of(true), job.workflow().frameCapture());
        assertEquals(Optional.empty(), job.workflow().jobTemplate());
        MediaInfo info = job.mediaInfo().orElseThrow();
        assertEquals(OptionalInt.of(1280), info.video().get(0).width());
        assertEquals(OptionalInt.of(720), info.video().get(0).height());
        assertEquals(ContainerInfo.none(), info.container());
    }

    @Test
    void find_legacyV42Item_readsLegacyNamesTimesAndMillisecondDurations() {
        VodJob job = jobs.find("legacy-v4.2").orElseThrow();

        assertEquals(Optional.of(EncodingStatus.COMPLETE), job.status());
        assertEquals(Optional.of(LegacyItems.START), job.startTime());
        assertEquals(Optional.of(LegacyItems.END), job.endTime());
        assertEquals(Optional.of("1583849000000-legacy"), job.workflow().encodeJobId());
        assertEquals(Optional.of("GLACIER"), job.workflow().archiveSource());
        assertEquals(1, job.playback().thumbnails().size());
        MediaInfo info = job.mediaInfo().orElseThrow();
        assertTrue(info.legacyFormat());
        assertEquals(Optional.of(LENGTH), info.container().duration());
        assertEquals(Optional.of(LENGTH), info.video().get(0).duration());
        assertEquals(Optional.of("16:9"), info.video().get(0).aspectRatio());
    }

    @Test
    void find_lowerCaseStatusOfV40_isMapped() {
        PipelineTable.put(client, Map.of("guid", s("v4.0-encoding"), "workflowStatus", s("encoding")), Map.of());

        assertEquals(Optional.of(EncodingStatus.INGEST), jobs.find("v4.0-encoding").orElseThrow().status());
        assertEquals(Optional.of("encoding"), jobs.find("v4.0-encoding").orElseThrow().rawStatus());
    }

    @Test
    void find_absentGuid_isEmpty() {
        assertEquals(Optional.empty(), jobs.find("no-such-guid"));
    }

    @Test
    void find_blankGuid_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> jobs.find(" "));
        assertThrows(NullPointerException.class, () -> jobs.find(null));
    }

    @Test
    void find_malformedAttributes_throwParseExceptionNamingTheAttribute() {
        PipelineTable.put(client, finalA, Map.of("guid", s("bad-width"), "srcWidth", s("wide")));
        PipelineTable.put(client, finalA, Map.of("guid", s("bad-time"), "startTime", s("yesterday")));
        PipelineTable.put(client, finalA, Map.of("guid", s("bad-info"), "srcMediainfo", s("{\"video\": [")));
        PipelineTable.put(client, finalA, Map.of("guid", s("info-map"), "srcMediainfo",
                AttributeValue.fromM(Map.of("video", AttributeValue.fromL(List.of())))));
        PipelineTable.put(client, finalA, Map.of("guid", s("bad-height"), "srcMediainfo",
                s("{\"video\":[{\"height\":\"tall\"}]}")));

        assertEquals("item.srcWidth must be a whole number, was 'wide'", message("bad-width"));
        assertEquals(Optional.empty(), jobs.find("bad-time").orElseThrow().startTime(),
                "a time in an unknown format is absent, as in events, rather than failing the look-up");
        assertTrue(message("bad-info").startsWith("item.srcMediainfo is not valid JSON"), message("bad-info"));
        assertEquals("item.srcMediainfo must be a string, was an object", message("info-map"));
        assertEquals("item.srcMediainfo.video[0].height must be a number, was 'tall'", message("bad-height"));
    }

    private static String message(String guid) {
        return assertThrows(VodParseException.class, () -> jobs.find(guid)).getMessage();
    }
}
