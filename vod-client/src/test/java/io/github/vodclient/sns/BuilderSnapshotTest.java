package io.github.vodclient.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vodclient.SnsVerificationException.Reason;
import io.github.vodclient.SnsVerificationException;
import io.github.vodclient.testing.LocalSns;
import io.github.vodclient.testing.StubCertificateSource;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** SnsVerifier and SubscriptionHandler: what {@code build()} returned does not follow later builder calls. */
class BuilderSnapshotTest {
    private static final String BODY = Fixtures.text("awsv2/test-notification-with-subject.json");
    private static final String TOPIC = "arn:aws:sns:us-west-2:131990247566:dongie-standard-topic";
    private static final String OTHER_TOPIC = "arn:aws:sns:us-west-2:123456789012:vod-topic";
    private static final Clock AT_SEND = Clock.fixed(Fixtures.sentPlusOneMinute(BODY), ZoneOffset.UTC);
    private static final StaticCredentialsProvider FAKE = StaticCredentialsProvider.create(
            AwsBasicCredentials.create("FAKEACCESSKEYFORTESTS", "fake-secret-key-for-tests"));

    private final LocalSns sns = new LocalSns();

    @AfterEach
    void stop() {
        sns.close();
    }

    @Test
    void build_snsVerifierBuilderAndCallersListChangedAfterBuild_verifierKeepsTopicsClockAndSource() {
        List<String> topics = new ArrayList<>(List.of(TOPIC));
        SnsVerifier.Builder builder = SnsVerifier.builder().allowedTopicArns(topics).clock(AT_SEND)
                .certificateSource(Fixtures.realCertificates());

        SnsVerifier verifier = builder.build();
        topics.set(0, OTHER_TOPIC);
        builder.allowedTopicArns(List.of(OTHER_TOPIC)).maxMessageAge(Duration.ofSeconds(1))
                .clock(Clock.fixed(Instant.parse("2031-01-01T00:00:00Z"), ZoneOffset.UTC))
                .certificateSource(new StubCertificateSource());

        assertEquals(TOPIC, verifier.verify(BODY).topicArn());
    }

    @Test
    void build_subscriptionHandlerBuilderChangedAfterBuild_handlerKeepsItsAllowList() {
        SnsMessage confirmation = SnsVerifier.builder().clock(AT_SEND)
                .certificateSource(Fixtures.realCertificates()).build()
                .verify(Fixtures.text("awsv2/test-subscription-confirmation.json"));
        List<String> topics = new ArrayList<>(List.of(OTHER_TOPIC));
        SubscriptionHandler.Builder builder = SubscriptionHandler.builder().allowedTopicArns(topics)
                .endpointOverride(sns.endpoint()).credentialsProvider(FAKE);

        try (SubscriptionHandler handler = builder.build()) {
            topics.add(TOPIC);
            builder.allowedTopicArn(TOPIC).endpointOverride(URI.create("http://127.0.0.1:9"));

            SnsVerificationException e = assertThrows(SnsVerificationException.class,
                    () -> handler.confirm(confirmation));
            assertEquals(Reason.TOPIC_NOT_ALLOWED, e.reason());
        }
        assertEquals(List.of(), sns.requests());
    }
}
