package io.github.vodclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.testing.InMemoryVideoRepository;
import io.github.vodclient.testing.InMemoryVideoRepository.Operation;
import io.github.vodclient.testing.SnsTestMessages.Published;
import io.github.vodclient.testing.SnsTestMessages;
import io.github.vodclient.testing.StubCertificateSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The status rule, applied to what real {@code handleHttpDelivery} calls return and throw. */
class DeliveryResultTest {
    private static final String GUID = "6e1b9e46-3d5f-4c6d-9b0a-2f9d6b8f4a11";
    private static final String KEY = "uploads/clip.mp4";
    private static final String INGEST = "{\n  \"status\": \"Ingest\",\n  \"guid\": \"" + GUID
            + "\",\n  \"srcVideo\": \"" + KEY + "\"\n}";
    private static final String SUBJECT = "Workflow Status:: Ingest:: " + GUID;

    private final InMemoryVideoRepository videos = new InMemoryVideoRepository();
    private static final SnsTestMessages SNS = SnsTestMessages.create();

    private VodClient.Builder client() {
        videos.createVideo("v1", KEY);
        return VodClient.builder().allowedTopicArn(SNS.topicArn()).certificateSource(SNS.certificateSource())
                .videoRepository(videos);
    }

    private static String signedIngest() {
        return SNS.notification(new Published(SUBJECT, INGEST)).httpBody();
    }

    private static DeliveryResult answer(VodClient.Builder builder, String body) {
        try (VodClient vod = builder.build()) {
            return vod.handleHttpDelivery(body.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void handleHttpDelivery_signedNotificationApplied_200SayingTheOutcome() throws Exception {
        DeliveryResult answer = answer(client(), signedIngest());

        assertEquals(200, answer.httpStatus());
        assertEquals("ok", answer.httpBody());
        assertEquals("NOTIFICATION handled: outcome APPLIED for video v1", answer.reason());
        assertFalse(answer.snsRetries());
    }

    @Test
    void handleHttpDelivery_bareMessageWithoutEnvelope_400NotRetried() {
        DeliveryResult answer = answer(client(), INGEST);

        assertEquals(400, answer.httpStatus());
        assertEquals("not an SNS message", answer.httpBody());
        assertFalse(answer.snsRetries());
        assertEquals(0, videos.calls(Operation.APPLY));
    }

    @Test
    void handleHttpDelivery_envelopeWithUnknownType_400Malformed() throws Exception {
        String telegram = SNS.notification(new Published(SUBJECT, INGEST)).with("Type", "Telegram").httpBody();

        DeliveryResult answer = answer(client(), telegram);

        assertEquals(400, answer.httpStatus());
        assertTrue(answer.reason().startsWith("not a usable SNS envelope: Type is not"), answer.reason());
    }

    @Test
    void handleHttpDelivery_tamperedNotification_403NamingTheReason() throws Exception {
        String tampered = signedIngest().replace("uploads/clip", "uploads/other");

        DeliveryResult answer = answer(client(), tampered);

        assertEquals(403, answer.httpStatus());
        assertEquals("forbidden", answer.httpBody());
        assertTrue(answer.reason().startsWith("rejected, BAD_SIGNATURE: "), answer.reason());
        assertFalse(answer.snsRetries());
    }

    @Test
    void handleHttpDelivery_topicNotAllowed_403() throws Exception {
        DeliveryResult answer = answer(client().allowedTopicArns(List.of("arn:aws:sns:us-west-2:123456789012:other")),
                signedIngest());

        assertEquals(403, answer.httpStatus());
        assertTrue(answer.reason().startsWith("rejected, TOPIC_NOT_ALLOWED: "), answer.reason());
    }

    @Test
    void handleHttpDelivery_certificateUnavailable_503SoSnsRetries() throws Exception {
        DeliveryResult answer = answer(client().certificateSource(new StubCertificateSource()), signedIngest());

        assertEquals(503, answer.httpStatus());
        assertEquals("try again later", answer.httpBody());
        assertTrue(answer.snsRetries());
    }

    @Test
    void handleHttpDelivery_repositoryThrows_500SoSnsRetries() throws Exception {
        videos.failNext(Operation.FIND_BY_SOURCE_KEY, new IllegalStateException("database down"));

        DeliveryResult answer = answer(client(), signedIngest());

        assertEquals(500, answer.httpStatus());
        assertEquals("internal error", answer.httpBody());
        assertEquals("handling failed, SNS will retry: java.lang.IllegalStateException: database down",
                answer.reason());
        assertTrue(answer.snsRetries());
    }

    @Test
    void handleHttpDelivery_noVideoRepositoryConfigured_500() throws Exception {
        DeliveryResult answer = answer(VodClient.builder().allowedTopicArn(SNS.topicArn())
                .certificateSource(SNS.certificateSource()), signedIngest());

        assertEquals(500, answer.httpStatus());
        assertTrue(answer.reason().contains("is not configured"), answer.reason());
    }
}
