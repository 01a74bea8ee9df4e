package io.github.vodclient.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Messages of older solution versions that long-lived applications still receive or have stored. */
class LegacyMessagesTest {
    private final VodEventParser parser = VodEventParser.create();

    @Test
    void parseMessage_v4Complete_readsLegacyNamesTimesAndArchiveFlag() {
        String v4 = "{\"guid\":\"g4\",\"workflowStatus\":\"Complete\",\"startTime\":\"2019-03-21 19:01.2\","
                + "\"EndTime\":\"2019-03-21 19:08.5\",\"ecodeJobId\":\"1553195000000-abc\",\"archiveSource\":true,"
                + "\"thumbNail\":[\"s3://dest/g4/thumbnails/clip_thumb.0000001.jpg\"],"
                + "\"thumbNailUrl\":[\"https://d1.cloudfront.net/g4/thumbnails/clip_thumb.0000001.jpg\"],"
                + "\"srcWidth\":1280.0,\"srcHeight\":\"720\"}";

        CompleteEvent complete = assertInstanceOf(CompleteEvent.class, parser.parseMessage(v4));

        assertEquals(Optional.of(Instant.parse("2019-03-21T19:01:00.200Z")), complete.startTime());
        assertEquals(Optional.of(Instant.parse("2019-03-21T19:08:00.500Z")), complete.endTime());
        assertEquals(Optional.of("1553195000000-abc"), complete.workflow().encodeJobId());
        assertEquals(Optional.of("GLACIER"), complete.workflow().archiveSource());
        assertEquals(OptionalInt.of(1280), complete.workflow().srcWidth());
        assertEquals(OptionalInt.of(720), complete.workflow().srcHeight());
        assertEquals(List.of(URI.create("https://d1.cloudfront.net/g4/thumbnails/clip_thumb.0000001.jpg")),
                complete.playback().thumbnails().stream().map(MediaUrl::uri).toList());
        assertEquals(0, complete.custom().size(), "thumbNail and EndTime are pipeline keys, not custom metadata");
    }

    @Test
    void parseMessage_v5CompleteWithSingleThumbnailString_readsItAsAList() {
        String v5 = "{\"guid\":\"g5\",\"workflowStatus\":\"Complete\",\"archiveSource\":false,"
                + "\"thumbNailUrl\":\"https://d1.cloudfront.net/g5/thumbnails/a_thumb.0000001.jpg\"}";

        CompleteEvent complete = assertInstanceOf(CompleteEvent.class, parser.parseMessage(v5));

        assertEquals(1, complete.playback().thumbnails().size());
        assertEquals(Optional.of("DISABLED"), complete.workflow().archiveSource());
    }

    @Test
    void parseMessage_v4PlainTextError_takesTheGuidFromTheSubject() {
        VodEvent event = parser.parseMessage("Workflow error: MediaConvert job failed",
                " workflow Status:: Error: 0a1b2c3d-1111-2222-3333-444455556666");

        ErrorEvent error = assertInstanceOf(ErrorEvent.class, event);
        assertEquals("0a1b2c3d-1111-2222-3333-444455556666", error.guid());
        assertEquals(Optional.of("Workflow error: MediaConvert job failed"), error.errorMessage());
        assertEquals(Optional.empty(), error.errorAt());
    }

    @Test
    void parse_v4PlainTextErrorInLambdaSnsEvent_isAnErrorEvent() {
        String input = Deliveries.lambdaSns(new Deliveries.Published(" workflow Status:: Error: g-plain", "boom"));

        ErrorEvent error = assertInstanceOf(ErrorEvent.class, parser.parse(input).values().get(0));

        assertEquals("g-plain", error.guid());
        assertEquals(Optional.of("boom"), error.errorMessage());
    }

    @Test
    void parseMessage_jsonErrorWithoutGuid_takesTheGuidFromTheSubject() {
        ErrorEvent error = assertInstanceOf(ErrorEvent.class, parser.parseMessage(
                "{\"workflowStatus\":\"Error\",\"errorMessage\":\"x\"}", " workflow Status:: Error: g-subject"));

        assertEquals("g-subject", error.guid());
    }

    @Test
    void parseMessage_lowerCaseV4Statuses_mapToTheSameEvents() {
        assertInstanceOf(ErrorEvent.class, parser.parseMessage("{\"guid\":\"g\",\"workflowStatus\":\"error\"}"));
        assertInstanceOf(CompleteEvent.class, parser.parseMessage("{\"guid\":\"g\",\"workflowStatus\":\"COMPLETE\"}"));
        IngestEvent ingest = assertInstanceOf(IngestEvent.class,
                parser.parseMessage("{\"guid\":\"g\",\"status\":\"ingest\",\"srcVideo\":\"a.mp4\"}"));
        assertEquals("ingest", ingest.rawStatus());
    }

    @Test
    void parseMessage_timeInAnUnknownFormat_isAbsentButTheEventSurvives() {
        String message = Fixtures.text("gen_A-video_sns_ingest_message-body.json")
                .replace("\"guid\"", "\"startTime\": \"now\", \"guid\"");
        String complete = "{\"guid\":\"g\",\"workflowStatus\":\"Complete\",\"startTime\":\"now\"}";

        assertInstanceOf(IngestEvent.class, parser.parseMessage(message));
        assertEquals(Optional.empty(), ((CompleteEvent) parser.parseMessage(complete)).startTime());
    }

    @Test
    void parseMessage_v40LambdaErrorWithItsSubject_readsGuidFunctionErrorAndConsoleUrl() {
        Deliveries.Published v40 = Fixtures.published("legacy-v4.0_lambda-error_sns.json");

        ErrorEvent error = assertInstanceOf(ErrorEvent.class, parser.parseMessage(v40.message(), v40.subject()));

        assertEquals(Fixtures.GUID, error.guid());
        assertEquals(Optional.of("vod-stack-input-validate"), error.errorAt());
        assertEquals(Optional.of("NotFound: UnknownError"), error.errorMessage());
        assertEquals(Optional.of("https://console.aws.amazon.com/cloudwatch/home?region=us-east-1"
                + "#logStream:group=/aws/lambda/vod-stack-input-validate"), error.errorDetails());
    }

    @Test
    void parseMessage_v40MediaConvertErrorWithoutSubject_takesTheGuidFromTheJobsUserMetadata() {
        Deliveries.Published v40 = Fixtures.published("legacy-v4.0_mediaconvert-error_sns.json");

        ErrorEvent error = assertInstanceOf(ErrorEvent.class, parser.parseMessage(v40.message()));

        assertEquals(Fixtures.GUID, error.guid());
        assertEquals(Optional.of("encoding"), error.errorAt());
        assertTrue(error.errorMessage().orElseThrow().startsWith("Unable to open input file"), error.errorMessage()
                .toString());
        assertEquals(Optional.of("https://console.aws.amazon.com/mediaconvert/home?region=us-east-1#/jobs/summary/"
                + "1717171717171-abc123"), error.errorDetails());
    }

    @Test
    void parse_v40ErrorInLambdaSnsEvent_takesTheGuidFromTheLowerCaseSubject() {
        String input = Deliveries.lambdaSns(new Deliveries.Published(" workflow error: g-v40",
                "Please see the AWS console for detail :https://console.aws.amazon.com/x\nnot json"));

        ErrorEvent error = assertInstanceOf(ErrorEvent.class, parser.parse(input).values().get(0));

        assertEquals("g-v40", error.guid());
        assertEquals(Optional.of("https://console.aws.amazon.com/x"), error.errorDetails());
    }
}
