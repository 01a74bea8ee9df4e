package io.github.vodclient.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.SnsVerificationException.Reason;
import io.github.vodclient.SnsVerificationException;
import io.github.vodclient.VodException;
import io.github.vodclient.testing.LocalSns;
import io.github.vodclient.testing.StubCertificateSource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;

/** The subscription handshake against a local endpoint standing in for SNS, with fake static credentials. */
class SubscriptionHandlerTest {

    private static final String TOPIC = "arn:aws:sns:us-west-2:131990247566:dongie-standard-topic";
    private static final StaticCredentialsProvider FAKE = StaticCredentialsProvider.create(
            AwsBasicCredentials.create("FAKEACCESSKEYFORTESTS", "fake-secret-key-for-tests"));

    private final LocalSns sns = new LocalSns();
    private final StubCertificateSource certificates = Fixtures.realCertificates();

    @AfterEach
    void stop() {
        sns.close();
    }

    private SnsMessage verified(String path) {
        String body = Fixtures.text(path);
        return SnsVerifier.builder()
                .clock(Clock.fixed(Fixtures.sentPlusOneMinute(body), ZoneOffset.UTC))
                .certificateSource(certificates)
                .build()
                .verify(body);
    }

    private SubscriptionHandler ownClients() {
        return SubscriptionHandler.builder()
                .allowedTopicArn(TOPIC)
                .endpointOverride(sns.endpoint())
                .credentialsProvider(FAKE)
                .build();
    }

    @Test
    void confirm_subscriptionConfirmationForAllowedTopic_callsConfirmSubscriptionWithTopicTokenAndRegion() {
        SnsMessage confirmation = verified("awsv2/test-subscription-confirmation.json");
        String token = confirmation.token().orElseThrow();

        try (SubscriptionHandler handler = ownClients()) {
            assertEquals(LocalSns.SUBSCRIPTION_ARN, handler.confirm(confirmation));
        }

        assertEquals(1, sns.requests().size());
        LocalSns.Request request = sns.requests().get(0);
        assertEquals("POST", request.method());
        assertEquals("/", request.path());
        assertTrue(request.body().contains("Action=ConfirmSubscription"), request.body());
        assertTrue(request.body().contains("TopicArn=" + URLEncoder.encode(TOPIC, StandardCharsets.UTF_8)),
                request.body());
        assertTrue(request.body().contains("Token=" + token), request.body());
        assertTrue(request.authorization().contains("/us-west-2/sns/aws4_request"), request.authorization());
        // the SubscribeURL is never requested: the only other request ever made was the certificate download
        assertEquals(1, certificates.requests().size());
        assertTrue(certificates.requests().get(0).getPath().endsWith(".pem"));
    }

    @Test
    void confirm_subscriptionConfirmation_returnsSubscriptionArn() {
        try (SubscriptionHandler handler = ownClients()) {
            assertEquals(LocalSns.SUBSCRIPTION_ARN,
                    handler.confirm(verified("awsv2/test-subscription-confirmation.json")));
        }
    }

    @Test
    void confirm_topicNotAllowed_rejectedWithoutAnyRequest() {
        SnsMessage confirmation = verified("awsv2/test-subscription-confirmation.json");

        try (SubscriptionHandler handler = SubscriptionHandler.builder()
                .allowedTopicArn("arn:aws:sns:us-west-2:123456789012:vod-topic")
                .endpointOverride(sns.endpoint()).credentialsProvider(FAKE).build()) {
            SnsVerificationException e = assertThrows(SnsVerificationException.class,
                    () -> handler.confirm(confirmation));
            assertEquals(Reason.TOPIC_NOT_ALLOWED, e.reason());
        }
        assertEquals(List.of(), sns.requests());
    }

    @Test
    void confirm_unsubscribeConfirmationOrNotification_refusedWithoutAnyRequest() {
        try (SubscriptionHandler handler = ownClients()) {
            assertThrows(IllegalArgumentException.class,
                    () -> handler.confirm(verified("awsv2/test-unsubscribe-confirmation.json")));
            assertThrows(IllegalArgumentException.class,
                    () -> handler.confirm(verified("awsv2/test-notification-with-subject.json")));
        }
        assertEquals(List.of(), sns.requests());
    }

    @Test
    void close_callerSuppliedClient_leftOpenAndUsable() {
        SnsMessage confirmation = verified("awsv2/test-subscription-confirmation.json");
        try (SnsClient client = SnsClient.builder().region(Region.US_WEST_2).endpointOverride(sns.endpoint())
                .credentialsProvider(FAKE).httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            SubscriptionHandler handler = SubscriptionHandler.builder().allowedTopicArn(TOPIC).snsClient(client)
                    .build();
            handler.confirm(confirmation);
            handler.close();

            client.confirmSubscription(b -> b.topicArn(TOPIC).token("t"));
        }
        assertEquals(2, sns.requests().size());
    }

    @Test
    void confirm_callerClientInAnotherRegion_failsWithoutAnyRequest() {
        SnsMessage confirmation = verified("awsv2/test-subscription-confirmation.json");
        try (SnsClient client = SnsClient.builder().region(Region.EU_WEST_1).endpointOverride(sns.endpoint())
                .credentialsProvider(FAKE).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
             SubscriptionHandler handler = SubscriptionHandler.builder().allowedTopicArn(TOPIC).snsClient(client)
                     .build()) {
            VodException e = assertThrows(VodException.class, () -> handler.confirm(confirmation));
            assertTrue(e.getMessage().contains("us-west-2"), e.getMessage());
        }
        assertEquals(List.of(), sns.requests());
    }

    @Test
    void confirm_afterClose_failsWithoutAnyRequest() {
        SubscriptionHandler handler = ownClients();
        handler.close();

        assertThrows(IllegalStateException.class,
                () -> handler.confirm(verified("awsv2/test-subscription-confirmation.json")));
        assertEquals(List.of(), sns.requests());
    }

    @Test
    void builder_noAllowedTopic_failsNamingTheField() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SubscriptionHandler.builder().build());

        assertTrue(e.getMessage().startsWith("allowedTopicArn"), e.getMessage());
    }
}
