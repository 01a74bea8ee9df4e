package io.github.vodclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.event.VodEvent;
import io.github.vodclient.event.VodEventParser;
import io.github.vodclient.testing.InMemoryVideoRepository;
import io.github.vodclient.testing.SilentServer;
import io.github.vodclient.video.HandleResult.Outcome;
import io.github.vodclient.video.HandleResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.regions.Region;

/**
 * A table that accepts connections and never answers: handling must fall back, or fail, within the deadline
 * instead of running for minutes. The bounds allow for the first use of an SDK client in a cold JVM (several
 * seconds on a busy 2-core machine).
 */
class VodClientDeadlinesTest {
    private static final String KEY = "uploads/My Video (1).mp4";
    private final SilentServer silent = SilentServer.start();
    private final InMemoryVideoRepository videos = new InMemoryVideoRepository();

    @AfterEach
    void stop() throws Exception {
        silent.close();
    }

    private VodClient client() {
        videos.createVideo("v1", KEY);
        return VodClient.builder().tableName("vod-stack").region(Region.US_EAST_1).dynamoDbEndpoint(silent.uri())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "s")))
                .apiCallTimeout(Duration.ofSeconds(1)).apiCallAttemptTimeout(Duration.ofMillis(400))
                .videoRepository(videos).build();
    }

    private static String fixture(String name) throws Exception {
        try (var in = VodClientDeadlinesTest.class.getResourceAsStream("/io/github/vodclient/event/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void handle_completeWhileTheTableNeverAnswers_appliesTheEventsOwnDataWithinTheDeadline() throws Exception {
        VodEvent complete = VodEventParser.create().parseMessage(fixture("gen_A-video_sns_complete_message-body.json"));
        try (VodClient vod = client()) {

            HandleResult result = assertTimeoutPreemptively(Duration.ofSeconds(15), () -> vod.handle(complete));

            assertEquals(Outcome.APPLIED, result.outcome());
            assertTrue(result.mediaInfoMissing());
            assertEquals(EncodingStatus.COMPLETE, videos.state("v1").status());
        }
    }

    @Test
    void handle_ingestWhileTheTableNeverAnswers_failsTheRecordWithinTheDeadlineSoItIsRetried() throws Exception {
        String ingest = fixture("gen_A-video_sns_ingest_message-body.json");
        try (VodClient vod = client()) {

            BatchResult<HandleResult> result = assertTimeoutPreemptively(Duration.ofSeconds(15), () -> vod.handle(ingest));

            assertEquals(1, result.failures().size());
            assertInstanceOf(ApiCallTimeoutException.class, result.failures().get(0).error());
            assertEquals(EncodingStatus.NEW, videos.state("v1").status());
        }
    }
}
