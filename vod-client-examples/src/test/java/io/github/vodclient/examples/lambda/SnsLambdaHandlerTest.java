package io.github.vodclient.examples.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.VodException;
import io.github.vodclient.VodParseException;
import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.examples.jdbc.Video;
import io.github.vodclient.examples.testing.Samples;
import io.github.vodclient.examples.testing.TestVideos;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SNS-triggered handler, configured from the environment as in Lambda, on the samples' Lambda SNS events. */
class SnsLambdaHandlerTest {
    private final TestVideos db = new TestVideos();
    private SnsLambdaHandler handler;

    @BeforeEach
    void setUp() {
        db.videos().create("v1", "My video", TestVideos.SAMPLE_KEY);
        handler = new SnsLambdaHandler(Map.of("JDBC_URL", db.url(), "AWS_REGION", "us-east-1"));
    }

    private static void invoke(SnsLambdaHandler handler, String event) throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), output, null);
        assertEquals(0, output.size(), "an asynchronous invocation has no response");
    }

    @Test
    void handleRequest_sampleIngestThenComplete_videoIsCompleteWithPlayback() throws Exception {
        invoke(handler, Samples.read("lambda-sns-ingest.json"));
        Video ingesting = db.videos().find("v1").orElseThrow();
        assertEquals(EncodingStatus.INGEST, ingesting.status());
        assertEquals(Optional.of(TestVideos.SAMPLE_GUID), ingesting.jobGuid());

        invoke(handler, Samples.read("lambda-sns-complete.json"));

        Video video = db.videos().find("v1").orElseThrow();
        assertEquals(EncodingStatus.COMPLETE, video.status());
        assertEquals("https://d1a2b3c4d5e6f7.cloudfront.net/" + TestVideos.SAMPLE_GUID + "/hls/My%20Video%20(1).m3u8",
                video.hlsUrl().orElseThrow().toString());
        assertTrue(video.thumbnailUrl().isPresent());
        assertEquals(OptionalInt.of(1920), video.width());
    }

    @Test
    void handleRequest_sameEventTwice_secondChangesNothing() throws Exception {
        invoke(handler, Samples.read("lambda-sns-ingest.json"));
        Video first = db.videos().find("v1").orElseThrow();

        invoke(handler, Samples.read("lambda-sns-ingest.json"));

        assertEquals(first, db.videos().find("v1").orElseThrow());
    }

    @Test
    void handleRequest_aRecordFails_throwsSoLambdaRetriesAndTheOtherRecordIsApplied() {
        String ingest = Samples.message("lambda-sns-ingest.json");
        String event = Samples.lambdaSnsEvent("lambda-sns-ingest.json", ingest, ingest.substring(0, 20));

        VodException e = assertThrows(VodException.class, () -> invoke(handler, event));

        assertTrue(e.getMessage().startsWith("1 of 2 records failed"), e.getMessage());
        assertTrue(e.getCause() instanceof VodParseException, String.valueOf(e.getCause()));
        assertEquals(EncodingStatus.INGEST, db.videos().find("v1").orElseThrow().status());
    }

    @Test
    void handleRequest_databaseDown_throws() {
        SnsLambdaHandler down = new SnsLambdaHandler(Map.of("JDBC_URL", TestVideos.unreachableUrl()));

        VodException e = assertThrows(VodException.class,
                () -> invoke(down, Samples.read("lambda-sns-ingest.json")));

        assertTrue(e.getCause().getMessage().startsWith("video query failed"), e.getCause().getMessage());
    }

    @Test
    void constructor_withoutJdbcUrl_failsNamingTheVariable() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new SnsLambdaHandler(Map.of()));

        assertTrue(e.getMessage().startsWith("JDBC_URL is not set"), e.getMessage());
    }
}
