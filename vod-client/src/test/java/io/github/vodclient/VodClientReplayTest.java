package io.github.vodclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vodclient.SnsVerificationException.Reason;
import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.sns.SnsMessage;
import io.github.vodclient.testing.InMemoryVideoRepository;
import io.github.vodclient.testing.SnsTestMessages.Published;
import io.github.vodclient.testing.SnsTestMessages;
import io.github.vodclient.video.HandleResult.Outcome;
import io.github.vodclient.video.HandleResult;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The replay window of {@code handleHttpDelivery}: validly signed deliveries that are too old or from the future. */
class VodClientReplayTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GUID = "6e1b9e46-3d5f-4c6d-9b0a-2f9d6b8f4a11";
    private static final String KEY = "uploads/My Video (1).mp4";

    private final InMemoryVideoRepository videos = new InMemoryVideoRepository();
    private static final SnsTestMessages SNS = SnsTestMessages.create();

    @BeforeEach
    void addVideo() {
        videos.createVideo("v1", KEY);
    }

    private VodClient.Builder client() {
        return VodClient.builder().allowedTopicArn(SNS.topicArn()).certificateSource(SNS.certificateSource())
                .videoRepository(videos);
    }

    private static String complete(Instant published) throws Exception {
        String message = new String(VodClientReplayTest.class.getResourceAsStream(
                "/io/github/vodclient/event/gen_A-video_sns_complete_message-body.json").readAllBytes(),
                StandardCharsets.UTF_8);
        return SNS.notification(new Published("Workflow Status:: Complete:: " + GUID, message))
                .with("Timestamp", published.toString()).httpBody();
    }

    @Test
    void handleHttpDelivery_validlySignedCompleteFrom2021_isRefusedAsTooOld() throws Exception {
        String replayed = complete(Instant.parse("2021-06-01T10:00:00Z"));
        try (VodClient vod = client().build()) {

            SnsVerificationException e = refusal(vod.handleHttpDelivery(replayed));

            assertEquals(Reason.MESSAGE_TOO_OLD, e.reason());
            assertEquals("Timestamp 2021-06-01T10:00:00Z is older than the maximum HTTP delivery age of PT2H",
                    e.getMessage());
            assertEquals(EncodingStatus.NEW, videos.state("v1").status());
        }
    }

    @Test
    void handleHttpDelivery_withinTheDefaultWindow_isApplied() throws Exception {
        String retried = complete(Instant.now().minus(Duration.ofMinutes(55)));
        try (VodClient vod = client().build()) {

            DeliveryResult result = vod.handleHttpDelivery(retried);

            assertEquals(SnsMessage.Type.NOTIFICATION, result.message().orElseThrow().type());
            assertEquals(EncodingStatus.COMPLETE, videos.state("v1").status());
        }
    }

    @Test
    void handleHttpDelivery_olderThanAConfiguredMaxHttpDeliveryAge_isRefused() throws Exception {
        String delivery = complete(Instant.now().minus(Duration.ofMinutes(30)));
        try (VodClient vod = client().maxHttpDeliveryAge(Duration.ofMinutes(10)).build()) {

            assertEquals(Reason.MESSAGE_TOO_OLD, refusal(vod.handleHttpDelivery(delivery)).reason());
        }
    }

    @Test
    void handleHttpDelivery_timestampADayAhead_isRefusedAsFromTheFuture() throws Exception {
        String delivery = complete(Instant.now().plus(Duration.ofDays(1)));
        try (VodClient vod = client().build()) {

            assertEquals(Reason.TIMESTAMP_IN_FUTURE, refusal(vod.handleHttpDelivery(delivery)).reason());
            assertEquals(EncodingStatus.NEW, videos.state("v1").status());
        }
    }

    @Test
    void handle_signedEnvelopeInAQueueBodyThreeHoursOld_isAppliedBecauseQueuesKeepMessagesForDays()
            throws Exception {
        String body = complete(Instant.now().minus(Duration.ofHours(3)));
        String lambdaSqs = JSON.writeValueAsString(Map.of("Records", java.util.List.of(Map.of(
                "messageId", "sqs-0", "body", body, "eventSource", "aws:sqs"))));
        try (VodClient vod = client().build()) {

            BatchResult<HandleResult> result = vod.handle(lambdaSqs);

            assertEquals(Outcome.APPLIED, result.values().get(0).outcome());
        }
    }

    /** The verification failure of a refused delivery, answered 403 so that SNS does not retry it. */
    private static SnsVerificationException refusal(DeliveryResult result) {
        assertEquals(403, result.httpStatus());
        return assertInstanceOf(SnsVerificationException.class, result.failure().orElseThrow());
    }

    @Test
    void builder_maxHttpDeliveryAgeNotPositive_failsNamingTheSetting() {
        assertEquals("maxHttpDeliveryAge must be positive, was PT0S", assertThrows(IllegalArgumentException.class,
                () -> VodClient.builder().maxHttpDeliveryAge(Duration.ZERO)).getMessage());
    }
}
