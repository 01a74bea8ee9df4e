package io.github.vodclient.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vodclient.SnsVerificationException;
import io.github.vodclient.SnsVerificationException.Reason;
import io.github.vodclient.testing.LocalSns;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** {@code allowedTopicArns} replaces and a closed handler refuses, on the SNS builders as on the others. */
class SameRuleOnEveryBuilderTest {
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

    private static SnsMessage confirmation() {
        return SnsVerifier.builder().clock(AT_SEND).certificateSource(Fixtures.realCertificates()).build()
                .verify(Fixtures.text("awsv2/test-subscription-confirmation.json"));
    }

    @Test
    void allowedTopicArns_onSnsVerifierAfterAllowedTopicArn_replacesTheAllowedTopics() {
        SnsVerifier verifier = SnsVerifier.builder().clock(AT_SEND).certificateSource(Fixtures.realCertificates())
                .allowedTopicArn(TOPIC).allowedTopicArns(List.of(OTHER_TOPIC)).build();

        assertEquals(Reason.TOPIC_NOT_ALLOWED,
                assertThrows(SnsVerificationException.class, () -> verifier.verify(BODY)).reason());
    }

    @Test
    void allowedTopicArns_onSubscriptionHandlerAfterAllowedTopicArn_replacesTheAllowedTopics() {
        SnsMessage confirmation = confirmation();
        try (SubscriptionHandler handler = SubscriptionHandler.builder().allowedTopicArn(TOPIC)
                .allowedTopicArns(List.of(OTHER_TOPIC)).endpointOverride(sns.endpoint()).credentialsProvider(FAKE)
                .build()) {

            assertEquals(Reason.TOPIC_NOT_ALLOWED,
                    assertThrows(SnsVerificationException.class, () -> handler.confirm(confirmation)).reason());
        }
        assertEquals(List.of(), sns.requests());
    }

    @Test
    void confirm_afterClose_throwsIllegalStateException() {
        SnsMessage confirmation = confirmation();
        SubscriptionHandler handler = SubscriptionHandler.builder().allowedTopicArn(TOPIC)
                .endpointOverride(sns.endpoint()).credentialsProvider(FAKE).build();

        handler.close();

        assertEquals("this SubscriptionHandler is closed",
                assertThrows(IllegalStateException.class, () -> handler.confirm(confirmation)).getMessage());
        assertEquals(List.of(), sns.requests());
    }

    @Test
    void allowedTopicArn_blank_throwsIllegalArgumentExceptionOnBothBuilders() {
        assertThrows(IllegalArgumentException.class, () -> SnsVerifier.builder().allowedTopicArn(" "));
        assertThrows(IllegalArgumentException.class, () -> SubscriptionHandler.builder().allowedTopicArn(" "));
    }
}
