package io.github.vodclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vodclient.testing.InMemoryVideos;
import io.github.vodclient.testing.StubCertificateSource;
import io.github.vodclient.testing.TestCertificates;
import io.github.vodclient.testing.TestSigner;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The status rule, applied to what real {@code handleHttpDelivery} calls return and throw. */
class HttpDeliveryAnswerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GUID = "6e1b9e46-3d5f-4c6d-9b0a-2f9d6b8f4a11";
    private static final String KEY = "uploads/clip.mp4";
    private static final String INGEST = "{\n  \"status\": \"Ingest\",\n  \"guid\": \"" + GUID
            + "\",\n  \"srcVideo\": \"" + KEY + "\"\n}";
    private static final String SUBJECT = "Workflow Status:: Ingest:: " + GUID;

    private final InMemoryVideos videos = new InMemoryVideos();
    private final StubCertificateSource certificates = new StubCertificateSource()
            .serve(URI.create(TestSigner.CERT_URL), TestCertificates.shared().sns().pem());

    private VodClient.Builder client() {
        videos.add("v1", KEY);
        return VodClient.builder().allowedTopicArn(TestSigner.TOPIC).certificateSource(certificates)
                .videoRepository(videos);
    }

    private static String signed(Map<String, String> fields) throws Exception {
        return JSON.writeValueAsString(TestSigner.sign(fields, "2", TestCertificates.shared().sns().privateKey()));
    }

    private static String signedIngest() throws Exception {
        return signed(TestSigner.envelope("Notification", INGEST, SUBJECT, Instant.now().toString()));
    }

    private static HttpDeliveryAnswer answer(VodClient.Builder builder, String body) {
        try (VodClient vod = builder.build()) {
            return HttpDeliveryAnswer.of(vod.handleHttpDelivery(body.getBytes(StandardCharsets.UTF_8)));
        } catch (RuntimeException e) {
            return HttpDeliveryAnswer.of(e);
        }
    }

    @Test
    void of_signedNotificationApplied_200SayingTheOutcome() throws Exception {
        HttpDeliveryAnswer answer = answer(client(), signedIngest());

        assertEquals(200, answer.status());
        assertEquals("ok", answer.body());
        assertEquals("NOTIFICATION handled: outcome APPLIED for video v1", answer.reason());
        assertFalse(answer.snsRetries());
    }

    @Test
    void of_bareMessageWithoutEnvelope_400NotRetried() {
        HttpDeliveryAnswer answer = answer(client(), INGEST);

        assertEquals(400, answer.status());
        assertEquals("not an SNS message", answer.body());
        assertFalse(answer.snsRetries());
        assertEquals(0, videos.applyCalls);
    }

    @Test
    void of_envelopeWithUnknownType_400Malformed() throws Exception {
        Map<String, String> fields = TestSigner.envelope("Notification", INGEST, SUBJECT, Instant.now().toString());
        fields.put("Type", "Telegram");

        HttpDeliveryAnswer answer = answer(client(), signed(fields));

        assertEquals(400, answer.status());
        assertTrue(answer.reason().startsWith("not a usable SNS envelope: Type is not"), answer.reason());
    }

    @Test
    void of_tamperedNotification_403NamingTheReason() throws Exception {
        String tampered = signedIngest().replace("uploads/clip", "uploads/other");

        HttpDeliveryAnswer answer = answer(client(), tampered);

        assertEquals(403, answer.status());
        assertEquals("forbidden", answer.body());
        assertTrue(answer.reason().startsWith("rejected, BAD_SIGNATURE: "), answer.reason());
        assertFalse(answer.snsRetries());
    }

    @Test
    void of_topicNotAllowed_403() throws Exception {
        HttpDeliveryAnswer answer = answer(client().allowedTopicArns(List.of("arn:aws:sns:us-west-2:123456789012:other")),
                signedIngest());

        assertEquals(403, answer.status());
        assertTrue(answer.reason().startsWith("rejected, TOPIC_NOT_ALLOWED: "), answer.reason());
    }

    @Test
    void of_certificateUnavailable_503SoSnsRetries() throws Exception {
        HttpDeliveryAnswer answer = answer(client().certificateSource(new StubCertificateSource()), signedIngest());

        assertEquals(503, answer.status());
        assertEquals("try again later", answer.body());
        assertTrue(answer.snsRetries());
    }

    @Test
    void of_repositoryThrows_500SoSnsRetries() throws Exception {
        videos.failure = new IllegalStateException("database down");

        HttpDeliveryAnswer answer = answer(client(), signedIngest());

        assertEquals(500, answer.status());
        assertEquals("internal error", answer.body());
        assertEquals("handling failed, SNS will retry: java.lang.IllegalStateException: database down",
                answer.reason());
        assertTrue(answer.snsRetries());
    }

    @Test
    void of_noVideoRepositoryConfigured_500() throws Exception {
        HttpDeliveryAnswer answer = answer(VodClient.builder().allowedTopicArn(TestSigner.TOPIC)
                .certificateSource(certificates), signedIngest());

        assertEquals(500, answer.status());
        assertTrue(answer.reason().contains("is not configured"), answer.reason());
    }
}
