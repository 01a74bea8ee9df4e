package io.github.vodclient.sns;

import io.github.vodclient.testing.StubCertificateSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vodclient.SnsVerificationException;
import io.github.vodclient.SnsVerificationException.Reason;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Forged certificate URLs are rejected before any request is made. */
class ForgedCertificateUrlTest {

    private static final String BODY = Fixtures.text("awsv2/test-notification-signature-v2.json");
    private static final String PEM = "SimpleNotificationService-7506a1e35b36ef5a444dd1a8e7cc3ed8.pem";

    static final List<String> FORGED = List.of(
            "http://sns.us-west-2.amazonaws.com/" + PEM,
            "HTTPS://sns.us-west-2.amazonaws.com/" + PEM,
            "https://sns.us-east-1.amazonaws.com/" + PEM,
            "https://sns.us-west-2.amazonaws.com.cn/" + PEM,
            "https://sns.us-west-2.amazonaws.com.evil.com/" + PEM,
            "https://evil.com/sns.us-west-2.amazonaws.com/" + PEM,
            "https://sns.us-west-2.amazonaws.com@evil.com/" + PEM,
            "https://user:pass@sns.us-west-2.amazonaws.com/" + PEM,
            "https://sns.us-west-2.amazonaws.com%40evil.com/" + PEM,
            "https://sns.us-west-2.amazonaws.com\\@evil.com/" + PEM,
            "https://sns.s3-external-1.amazonaws.com/" + PEM,
            "https://sns.amazonaws.com/" + PEM,
            "https://SNS.US-WEST-2.AMAZONAWS.COM/" + PEM,
            "https://sns.us-west-2.amazonaws.com./" + PEM,
            "https://sns.us-west-2.amazonaws.com:8443/" + PEM,
            "https://sns.us-west-2.amazonaws.com:80/" + PEM,
            "https://sns.us-west-2.amazonaws.com:/" + PEM,
            "https://sns.us-west-2.amazonaws.com/?Action=Get&url=https://evil.com/" + PEM,
            "https://evil.com/?x=" + PEM,
            "https://sns.us-west-2.amazonaws.com/" + PEM + "?.pem",
            "https://sns.us-west-2.amazonaws.com/" + PEM + "#.pem",
            "https://sns.us-west-2.amazonaws.com/evil/" + PEM,
            "https://sns.us-west-2.amazonaws.com/../" + PEM,
            "https://sns.us-west-2.amazonaws.com/%2e%2e/" + PEM,
            "https://sns.us-west-2.amazonaws.com/SimpleNotificationService-7506a1e35b36ef5a.pem/../evil.pem",
            "https://sns.us-west-2.amazonaws.com/evil.pem",
            "https://sns.us-west-2.amazonaws.com/SimpleNotificationService-abc.pem.exe",
            "//sns.us-west-2.amazonaws.com/" + PEM,
            "sns.us-west-2.amazonaws.com/" + PEM,
            "file:///etc/passwd",
            "https:sns.us-west-2.amazonaws.com/" + PEM,
            " https://sns.us-west-2.amazonaws.com/" + PEM,
            "https://sns.us-west-2.amazonaws.com/" + PEM + "\n");

    @ParameterizedTest
    @FieldSource("FORGED")
    void verify_forgedCertificateUrl_rejectedWithoutAnyRequest(String url) {
        StubCertificateSource source = Fixtures.realCertificates();
        SnsVerifier verifier = SnsVerifier.builder()
                .clock(Clock.fixed(Fixtures.sentPlusOneMinute(BODY), ZoneOffset.UTC))
                .certificateSource(source)
                .build();

        SnsVerificationException e = assertThrows(SnsVerificationException.class,
                () -> verifier.verify(Fixtures.with(BODY, "SigningCertURL", url)));

        assertEquals(Reason.UNTRUSTED_CERTIFICATE_URL, e.reason(), e.getMessage());
        assertEquals(List.of(), source.requests());
        assertFalse(e.getMessage().contains("evil"), "message echoes the forged URL: " + e.getMessage());
    }

    static final List<String> FORGED_TOPIC_REGIONS = List.of("s3-external-1", "us-west-2.amazonaws.com.evil",
            "evil.com", "cn-north-1", "us-gov-west-1", "x", "us-west-2/..");

    @ParameterizedTest
    @FieldSource("FORGED_TOPIC_REGIONS")
    void verify_topicArnRegionForgedToMatchCertificateHost_rejectedWithoutAnyRequest(String region) {
        StubCertificateSource source = Fixtures.realCertificates();
        SnsVerifier verifier = SnsVerifier.builder().certificateSource(source).build();
        String body = Fixtures.with(Fixtures.with(BODY, "TopicArn", "arn:aws:sns:" + region + ":131990247566:t"),
                "SigningCertURL", "https://sns." + region + ".amazonaws.com/" + PEM);

        SnsVerificationException e = assertThrows(SnsVerificationException.class, () -> verifier.verify(body));

        assertEquals(Reason.MALFORMED, e.reason(), e.getMessage());
        assertEquals(List.of(), source.requests());
    }
}
