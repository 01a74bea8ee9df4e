package io.github.vodclient.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.vodclient.SnsVerificationException.Reason;
import io.github.vodclient.SnsVerificationException;
import io.github.vodclient.event.VodEvent;
import io.github.vodclient.sns.SnsMessage;
import io.github.vodclient.testing.StubCertificateSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The ten real AWS-signed deliveries against the verifier, as of a time inside each certificate's validity. */
class RealDeliveriesTest {

    static final List<String> REAL = Fixtures.REAL;

    private static final List<String> NOTIFICATION_FIELDS =
            List.of("Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type");
    private static final List<String> CONFIRMATION_FIELDS =
            List.of("Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type");

    private static SnsVerifier verifierAt(Instant at, StubCertificateSource source) {
        return SnsVerifier.builder()
                .clock(Clock.fixed(at, ZoneOffset.UTC))
                .certificateSource(source)
                .build();
    }

    @ParameterizedTest
    @FieldSource("REAL")
    void verify_realDeliveryInsideCertificateValidity_returnsVerifiedMessage(String path) {
        String body = Fixtures.text(path);
        Map<String, String> fields = Fixtures.fields(body);
        StubCertificateSource source = Fixtures.realCertificates();

        SnsMessage message = verifierAt(Fixtures.sentPlusOneMinute(body), source).verify(body);

        assertEquals(fields.get("Type"), message.type().wireName());
        assertEquals(fields.get("MessageId"), message.messageId());
        assertEquals(fields.get("TopicArn"), message.topicArn());
        assertEquals(fields.get("Message"), message.message());
        assertEquals(Instant.parse(fields.get("Timestamp")), message.timestamp());
        assertEquals(fields.get("Token"), message.token().orElse(null));
        assertEquals(List.of(java.net.URI.create(fields.get("SigningCertURL"))), source.requests());
    }

    @ParameterizedTest
    @FieldSource("REAL")
    void verify_realDeliveryAsBytes_returnsVerifiedMessage(String path) {
        byte[] body = Fixtures.bytes(path);
        Instant at = Fixtures.sentPlusOneMinute(Fixtures.text(path));

        SnsMessage message = verifierAt(at, Fixtures.realCertificates()).verify(body);

        assertEquals(Fixtures.fields(Fixtures.text(path)).get("MessageId"), message.messageId());
    }

    @ParameterizedTest
    @FieldSource("REAL")
    void verify_realDeliveryAtTodaysDate_rejectedAsExpiredCertificate(String path) {
        SnsVerifier verifier = SnsVerifier.builder()
                .clock(Clock.systemUTC())
                .certificateSource(Fixtures.realCertificates())
                .build();

        SnsVerificationException e = assertThrows(SnsVerificationException.class,
                () -> verifier.verify(Fixtures.text(path)));

        assertEquals(Reason.EXPIRED_CERTIFICATE, e.reason(), e.getMessage());
    }

    @ParameterizedTest
    @FieldSource("REAL")
    void verify_reserialisedRealDelivery_stillVerifies(String path) {
        // the mutation test below rewrites the JSON; this shows the rewriting alone changes nothing that is signed
        String body = Fixtures.json(Fixtures.fields(Fixtures.text(path)));

        verifierAt(Fixtures.sentPlusOneMinute(body), Fixtures.realCertificates()).verify(body);
    }

    @ParameterizedTest
    @FieldSource("REAL")
    void verify_anyOneCharacterOfAnySignedFieldChanged_rejected(String path) {
        String original = Fixtures.text(path);
        Map<String, String> fields = Fixtures.fields(original);
        List<String> signed = fields.get("Type").equals("Notification") ? NOTIFICATION_FIELDS : CONFIRMATION_FIELDS;
        SnsVerifier verifier = verifierAt(Fixtures.sentPlusOneMinute(original), Fixtures.realCertificates());
        List<String> accepted = new ArrayList<>();
        int mutations = 0;
        for (String field : signed) {
            String value = fields.get(field);
            if (value == null) {
                continue;
            }
            for (int i = 0; i < value.length(); i++) {
                char replacement = value.charAt(i) == 'x' ? 'y' : 'x';
                String mutated = value.substring(0, i) + replacement + value.substring(i + 1);
                mutations++;
                try {
                    verifier.verify(Fixtures.with(original, field, mutated));
                    accepted.add(field + "[" + i + "]");
                } catch (SnsVerificationException expected) {
                    // rejected, as it must be
                }
            }
        }
        assertTrue(mutations > 100, "too few mutations: " + mutations);
        if (!accepted.isEmpty()) {
            fail("accepted after changing " + accepted);
        }
    }

    @Test
    void verify_signatureChanged_rejectedAsBadSignature() {
        String body = Fixtures.text("awsv2/test-notification-signature-v2.json");
        String signature = Fixtures.fields(body).get("Signature");
        String altered = (signature.charAt(10) == 'A' ? 'B' : 'A') + "";
        String forged = Fixtures.with(body, "Signature", signature.substring(0, 10) + altered
                + signature.substring(11));

        SnsVerificationException e = assertThrows(SnsVerificationException.class,
                () -> verifierAt(Fixtures.sentPlusOneMinute(body), Fixtures.realCertificates()).verify(forged));

        assertEquals(Reason.BAD_SIGNATURE, e.reason());
        assertTrue(!e.getMessage().contains(signature.substring(0, 20)), "message echoes the signature");
    }

    @Test
    void verify_lambdaSpellingSigningCertUrl_verifies() {
        String body = Fixtures.text("awsv2/test-notification-with-subject.json");
        Map<String, String> fields = Fixtures.fields(body);
        fields.put("SigningCertUrl", fields.remove("SigningCertURL"));
        fields.put("UnsubscribeUrl", fields.remove("UnsubscribeURL"));

        SnsMessage message = verifierAt(Fixtures.sentPlusOneMinute(body), Fixtures.realCertificates())
                .verify(Fixtures.json(fields));

        assertEquals("My message subject", message.subject().orElseThrow());
    }

    @Test
    void verifyAndParse_realNotification_returnsEventFromVerifiedFields() {
        String body = Fixtures.text("awsv2/test-notification-with-subject.json");

        VodEvent event = verifierAt(Fixtures.sentPlusOneMinute(body), Fixtures.realCertificates())
                .verifyAndParse(body);

        SnsMessage sns = event.sns().orElseThrow();
        assertEquals("26858270-545e-5848-82a2-e05566af3dcf", sns.messageId());
        assertEquals("arn:aws:sns:us-west-2:131990247566:dongie-standard-topic", sns.topicArn());
    }

    @Test
    void verify_clockBeforeTheMessageAndItsCertificate_rejectedAsTimestampInFuture() {
        // Checked before the certificate is fetched: a message dated after the clock can only be a replay tool's.
        String body = Fixtures.text("awsv1/message.json");

        SnsVerificationException e = assertThrows(SnsVerificationException.class,
                () -> verifierAt(Instant.parse("2015-01-01T00:00:00Z"), Fixtures.realCertificates()).verify(body));

        assertEquals(Reason.TIMESTAMP_IN_FUTURE, e.reason());
    }
}
