package io.github.vodclient.sns;

import io.github.vodclient.testing.SnsTestMessages;
import io.github.vodclient.testing.StubCertificateSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vodclient.SnsVerificationException;
import io.github.vodclient.SnsVerificationException.Reason;
import io.github.vodclient.VodParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Topic allow-list, message age, versions and envelope shape, each checked before any certificate request. */
class VerificationRulesTest {

    private static final String BODY = Fixtures.text("awsv2/test-notification-with-subject.json");
    private static final String TOPIC = "arn:aws:sns:us-west-2:131990247566:dongie-standard-topic";
    private static final Instant SENT = Instant.parse("2026-03-06T19:53:21.424Z");

    private final StubCertificateSource source = Fixtures.realCertificates();

    private SnsVerifier.Builder verifier() {
        return SnsVerifier.builder().clock(Clock.fixed(SENT.plusSeconds(60), ZoneOffset.UTC)).certificateSource(source);
    }

    private SnsVerificationException rejected(SnsVerifier verifier, String body) {
        return assertThrows(SnsVerificationException.class, () -> verifier.verify(body));
    }

    @Test
    void verify_topicOnAllowList_verifies() {
        assertEquals(TOPIC, verifier().allowedTopicArn(TOPIC).build().verify(BODY).topicArn());
    }

    @Test
    void verify_topicNotOnAllowList_rejectedAsTopicNotAllowedWithoutRequest() {
        SnsVerifier verifier = verifier().allowedTopicArn("arn:aws:sns:us-west-2:123456789012:vod-topic").build();

        assertEquals(Reason.TOPIC_NOT_ALLOWED, rejected(verifier, BODY).reason());
        assertEquals(List.of(), source.requests());
    }

    @Test
    void verify_afterAVerifiedDelivery_otherTopicOrCertificateUrlIsCheckedAgain() {
        SnsVerifier verifier = verifier().allowedTopicArn(TOPIC).build();
        verifier.verify(BODY);
        String otherTopic = Fixtures.with(BODY, "TopicArn", "arn:aws:sns:us-west-2:131990247566:another-topic");
        String forgedUrl = Fixtures.with(BODY, "SigningCertURL",
                "https://sns.us-west-2.amazonaws.com.evil.example/SimpleNotificationService-0000.pem");

        assertEquals(Reason.TOPIC_NOT_ALLOWED, rejected(verifier, otherTopic).reason());
        assertEquals(Reason.UNTRUSTED_CERTIFICATE_URL, rejected(verifier, forgedUrl).reason());
        assertEquals(TOPIC, verifier.verify(BODY).topicArn());
        assertEquals(Reason.UNTRUSTED_CERTIFICATE_URL, rejected(verifier, forgedUrl).reason());
    }

    @Test
    void verify_messageOlderThanMaxAge_rejectedAsTooOldWithoutRequest() {
        SnsVerifier verifier = SnsVerifier.builder().certificateSource(source)
                .clock(Clock.fixed(SENT.plus(Duration.ofMinutes(61)), ZoneOffset.UTC))
                .maxMessageAge(Duration.ofHours(1)).build();

        assertEquals(Reason.MESSAGE_TOO_OLD, rejected(verifier, BODY).reason());
        assertEquals(List.of(), source.requests());
    }

    @Test
    void verify_messageYoungerThanMaxAge_verifies() {
        verifier().maxMessageAge(Duration.ofMinutes(2)).build().verify(BODY);
    }

    @Test
    void verify_unsupportedSignatureVersion_rejectedAsUnsupportedVersion() {
        for (String version : List.of("3", "0", "", "SHA256", "01")) {
            SnsVerificationException e = rejected(verifier().build(), Fixtures.with(BODY, "SignatureVersion", version));
            assertEquals(Reason.UNSUPPORTED_VERSION, e.reason(), version);
        }
        assertEquals(List.of(), source.requests());
    }

    @Test
    void verify_versionOneSignatureLabelledVersionTwo_rejectedAsBadSignature() {
        assertEquals(Reason.BAD_SIGNATURE,
                rejected(verifier().build(), Fixtures.with(BODY, "SignatureVersion", "2")).reason());
    }

    @Test
    void verify_unknownType_rejectedAsMalformed() {
        assertEquals(Reason.MALFORMED, rejected(verifier().build(), Fixtures.with(BODY, "Type", "Other")).reason());
    }

    @Test
    void verify_missingSignedField_rejectedAsMalformed() {
        for (String field : List.of("MessageId", "Timestamp", "Signature", "SigningCertURL")) {
            SnsVerificationException e = rejected(verifier().build(), Fixtures.with(BODY, field, null));
            assertEquals(Reason.MALFORMED, e.reason(), field);
        }
    }

    @Test
    void verify_messageMissing_throwsParseExceptionAsNotAnEnvelope() {
        assertThrows(VodParseException.class, () -> verifier().build().verify(Fixtures.with(BODY, "Message", null)));
    }

    @Test
    void verify_subjectRemoved_rejectedAsBadSignature() {
        assertEquals(Reason.BAD_SIGNATURE, rejected(verifier().build(), Fixtures.with(BODY, "Subject", null)).reason());
    }

    @Test
    void verify_signatureNotBase64_rejectedAsBadSignature() {
        assertEquals(Reason.BAD_SIGNATURE,
                rejected(verifier().build(), Fixtures.with(BODY, "Signature", "not*base64")).reason());
    }

    @Test
    void verify_fieldRepeated_rejectedAsUnusableInput() {
        String twice = BODY.replaceFirst("\\{", "{\"Message\":\"forged\",");

        assertThrows(VodParseException.class, () -> verifier().build().verify(twice));
    }

    @Test
    void verify_bothCertificateUrlSpellings_rejectedAsUnusableInput() {
        String twice = BODY.replaceFirst("\\{", "{\"SigningCertUrl\":\"https://sns.us-west-2.amazonaws.com/x.pem\",");

        assertThrows(VodParseException.class, () -> verifier().build().verify(twice));
    }

    @Test
    void verify_notAnEnvelope_throwsParseException() {
        assertThrows(VodParseException.class, () -> verifier().build().verify("{\"guid\":\"x\"}"));
        assertThrows(VodParseException.class, () -> verifier().build().verify("not json"));
    }

    @Test
    void verify_certificateSourceFails_rejectedAsUnavailableEachTime() {
        SnsVerifier verifier = SnsVerifier.builder().clock(Clock.fixed(SENT.plusSeconds(60), ZoneOffset.UTC))
                .certificateSource(new StubCertificateSource()).build();

        assertEquals(Reason.CERTIFICATE_UNAVAILABLE, rejected(verifier, BODY).reason());
        assertEquals(Reason.CERTIFICATE_UNAVAILABLE, rejected(verifier, BODY).reason());
    }

    @Test
    void verify_certificateOfAnotherName_rejectedAsUntrustedCertificate() throws Exception {
        byte[] other = SnsTestMessages.builder().certificateName("sns.amazonaws.com.evil.example").build()
                .certificatePem();
        SnsVerifier verifier = verifier().certificateSource(url -> other.clone()).build();

        assertEquals(Reason.UNTRUSTED_CERTIFICATE, rejected(verifier, BODY).reason());
    }

    @Test
    void verify_twoCertificatesInOnePem_rejectedAsUntrustedCertificate() {
        byte[] one = Fixtures.bytes("awsv2/SimpleNotificationService-7506a1e35b36ef5a444dd1a8e7cc3ed8.pem");
        byte[] two = (new String(one, java.nio.charset.StandardCharsets.US_ASCII) + "\n"
                + new String(one, java.nio.charset.StandardCharsets.US_ASCII)).getBytes(
                        java.nio.charset.StandardCharsets.US_ASCII);
        SnsVerifier verifier = verifier().certificateSource(url -> two).build();

        assertEquals(Reason.UNTRUSTED_CERTIFICATE, rejected(verifier, BODY).reason());
    }

    @Test
    void verify_rejection_messageNeverContainsTokenOrSignature() {
        String body = Fixtures.text("awsv2/test-subscription-confirmation.json");
        String token = Fixtures.fields(body).get("Token");
        String signature = Fixtures.fields(body).get("Signature");
        SnsVerificationException e = rejected(verifier().build(), Fixtures.with(body, "Token", token + "0"));

        assertFalse(e.getMessage().contains(token.substring(0, 16)));
        assertFalse(e.getMessage().contains(signature.substring(0, 16)));
    }

    @Test
    void builder_badAllowedTopicArn_failsNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SnsVerifier.builder().allowedTopicArn("arn:aws:s3:::bucket"));

        assertEquals(true, e.getMessage().startsWith("allowedTopicArn"));
    }
}
