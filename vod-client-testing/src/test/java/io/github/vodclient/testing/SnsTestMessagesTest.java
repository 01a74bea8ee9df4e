package io.github.vodclient.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vodclient.SnsVerificationException;
import io.github.vodclient.VodClient;
import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.sns.SnsMessage;
import io.github.vodclient.sns.SnsVerifier;
import io.github.vodclient.testing.SnsTestMessages.Envelope;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every envelope shape the kit writes goes through the library's real verifier and client. */
class SnsTestMessagesTest {
    private static final SnsTestMessages SNS = SnsTestMessages.create();
    private static final String GUID = "6e1b9e46-3d5f-4c6d-9b0a-2f9d6b8f4a11";
    private static final String KEY = "uploads/My Video (1).mp4";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InMemoryVideoRepository videos = new InMemoryVideoRepository();
    private VodClient vod;

    @BeforeEach
    void setUp() {
        videos.createVideo("v1", KEY);
        vod = VodClient.builder().allowedTopicArn(SNS.topicArn()).certificateSource(SNS.certificateSource())
                .videoRepository(videos).build();
    }

    @AfterEach
    void tearDown() {
        vod.close();
    }

    private static SnsVerifier verifier() {
        return SnsVerifier.builder().allowedTopicArn(SNS.topicArn()).certificateSource(SNS.certificateSource()).build();
    }

    private EncodingStatus status() {
        return videos.state("v1").status();
    }

    @Test
    void httpBody_ingestThenComplete_verifiedAndAppliedByVodClient() {
        assertEquals(SnsMessage.Type.NOTIFICATION,
                vod.handleHttpDelivery(SNS.notification(SNS.ingest(GUID, KEY)).httpBody()).message().orElseThrow().type());
        assertEquals(EncodingStatus.INGEST, status());

        vod.handleHttpDelivery(SNS.notification(SNS.complete(GUID, KEY)).httpBody());

        assertEquals(EncodingStatus.COMPLETE, status());
        assertEquals(URI.create("https://d1a2b3c4d5e6f7.cloudfront.net/" + GUID + "/hls/My%20Video%20(1).m3u8"),
                videos.updates().get(1).playback().hls().orElseThrow().uri());
    }

    @Test
    void httpBody_error_verifiedAndAppliedByVodClient() {
        vod.handleHttpDelivery(SNS.notification(SNS.ingest(GUID, KEY)).httpBody());

        vod.handleHttpDelivery(SNS.notification(SNS.error(GUID, "encode failed")).httpBody());

        assertEquals(EncodingStatus.ERROR, status());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void httpBody_eachSignatureVersionAndType_verifies(int version) {
        for (Envelope envelope : List.of(SNS.notification(SNS.ingest(GUID, KEY)), SNS.subscriptionConfirmation(),
                SNS.unsubscribeConfirmation())) {
            Envelope signed = envelope.signatureVersion(version);

            var message = verifier().verify(signed.httpBody());

            assertEquals(signed.fields().get("Type"), message.type().wireName());
            assertEquals(String.valueOf(version), signed.fields().get("SignatureVersion"));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void httpBody_tampered_refusedWithBadSignature(int version) {
        for (Envelope envelope : List.of(SNS.notification(SNS.complete(GUID, KEY)), SNS.subscriptionConfirmation(),
                SNS.unsubscribeConfirmation())) {
            String body = envelope.signatureVersion(version).tampered().httpBody();

            SnsVerificationException refused = (SnsVerificationException) vod.handleHttpDelivery(body).failure()
                    .orElseThrow();

            assertEquals(SnsVerificationException.Reason.BAD_SIGNATURE, refused.reason());
        }
        assertEquals(EncodingStatus.NEW, status());
    }

    @Test
    void with_oldTimestamp_signatureHoldsAndTheClientRefusesItsAge() {
        Envelope old = SNS.notification(SNS.ingest(GUID, KEY)).with("Timestamp", "2020-01-01T00:00:00.000Z");

        SnsVerificationException refused = (SnsVerificationException) vod.handleHttpDelivery(old.httpBody())
                .failure().orElseThrow();

        assertEquals(SnsVerificationException.Reason.MESSAGE_TOO_OLD, refused.reason(), "signature held, age did not");
    }

    @Test
    void lambdaSnsEvent_ingestAndComplete_appliedByVodClientAndEachRecordVerifies() throws IOException {
        Envelope ingest = SNS.notification(SNS.ingest(GUID, KEY));
        Envelope complete = SNS.notification(SNS.complete(GUID, KEY)).signatureVersion(1);
        String event = SNS.lambdaSnsEvent(ingest, complete);

        assertFalse(vod.handle(event).hasFailures());

        assertEquals(EncodingStatus.COMPLETE, status());
        for (JsonNode record : JSON.readTree(event).get("Records")) {
            assertEquals(SnsMessage.Type.NOTIFICATION, verifier().verify(record.get("Sns").toString()).type());
        }
    }

    @Test
    void lambdaSnsEvent_tampered_refusedByTheVerifier() throws IOException {
        String event = SNS.notification(SNS.complete(GUID, KEY)).tampered().lambdaSnsEvent();
        String sns = JSON.readTree(event).get("Records").get(0).get("Sns").toString();

        SnsVerificationException refused = assertThrows(SnsVerificationException.class, () -> verifier().verify(sns));

        assertEquals(SnsVerificationException.Reason.BAD_SIGNATURE, refused.reason());
    }

    @Test
    void lambdaSqsEvent_envelopeBodies_verifiedAndAppliedByVodClient() {
        String event = SNS.lambdaSqsEvent(SNS.notification(SNS.ingest(GUID, KEY)).sqsBody(),
                SNS.notification(SNS.complete(GUID, KEY)).sqsBody());

        assertFalse(vod.handle(event).hasFailures());

        assertEquals(EncodingStatus.COMPLETE, status());
    }

    @Test
    void lambdaSqsEvent_tamperedEnvelope_isAFailedRecordAndChangesNothing() {
        var result = vod.handle(SNS.notification(SNS.ingest(GUID, KEY)).tampered().lambdaSqsEvent());

        assertTrue(result.hasFailures());
        assertEquals(1, result.failedRecordIds().size());
        assertEquals(EncodingStatus.NEW, status());
    }

    @Test
    void sqsBody_alone_verifiedAndApplied() {
        assertFalse(vod.handle(SNS.notification(SNS.ingest(GUID, KEY)).sqsBody()).hasFailures());

        assertEquals(EncodingStatus.INGEST, status());
    }

    @Test
    void lambdaSqsEvent_rawMessageDelivery_appliedByVodClient() {
        assertFalse(vod.handle(SNS.lambdaSqsEvent(SNS.ingest(GUID, KEY).message())).hasFailures());

        assertEquals(EncodingStatus.INGEST, status());
    }

    @Test
    void httpHeaders_notification_nameTypeIdAndTopic() {
        Envelope envelope = SNS.notification(SNS.ingest(GUID, KEY));

        assertEquals("Notification", envelope.httpHeaders().get("x-amz-sns-message-type"));
        assertEquals(envelope.fields().get("MessageId"), envelope.httpHeaders().get("x-amz-sns-message-id"));
        assertEquals(SNS.topicArn(), envelope.httpHeaders().get("x-amz-sns-topic-arn"));
    }

    @Test
    void certificateSource_anotherUrl_fails() {
        assertThrows(IOException.class, () -> SNS.certificateSource()
                .fetch(URI.create("https://sns.us-east-1.amazonaws.com/SimpleNotificationService-other.pem")));
    }

    @Test
    void builder_certificateForAnotherName_refusedAsUntrusted() {
        SnsTestMessages other = SnsTestMessages.builder().certificateName("sns.amazonaws.com.evil.example").build();
        SnsVerifier verifier = SnsVerifier.builder().allowedTopicArn(other.topicArn())
                .certificateSource(other.certificateSource()).build();

        SnsVerificationException refused = assertThrows(SnsVerificationException.class,
                () -> verifier.verify(other.notification(other.ingest(GUID, KEY)).httpBody()));

        assertEquals(SnsVerificationException.Reason.UNTRUSTED_CERTIFICATE, refused.reason());
    }

    @Test
    void builder_otherTopicAndFixedClock_certificateUrlInTheTopicsRegionAndTimestampFromTheClock() {
        Instant at = Instant.parse("2025-09-01T12:00:47.123Z");
        SnsTestMessages sns = SnsTestMessages.builder().topicArn("arn:aws:sns:eu-west-1:123456789012:my-stack-Topic")
                .clock(Clock.fixed(at, ZoneOffset.UTC)).build();
        SnsVerifier verifier = SnsVerifier.builder().allowedTopicArn(sns.topicArn())
                .certificateSource(sns.certificateSource()).clock(Clock.fixed(at.plusSeconds(1), ZoneOffset.UTC))
                .build();

        var message = verifier.verify(sns.notification(sns.ingest(GUID, KEY)).httpBody());

        assertEquals("sns.eu-west-1.amazonaws.com", sns.signingCertUrl().getHost());
        assertEquals(Optional.of(at), Optional.of(message.timestamp()));
    }

    @Test
    void builder_notATopicArn_failsNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SnsTestMessages.builder().topicArn("vod-stack-topic").build());

        assertTrue(e.getMessage().contains("vod-stack-topic"), e.getMessage());
    }
}
