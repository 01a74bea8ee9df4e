package io.github.vodclient.sns;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.vodclient.VodException;
import io.github.vodclient.testing.SilentServer;
import io.github.vodclient.testing.StubCertificateSource;
import io.github.vodclient.testing.TestCertificates;
import io.github.vodclient.testing.TestSigner;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;

/** {@code ConfirmSubscription} through a client the handler creates has a deadline. */
class SubscriptionHandlerDeadlineTest {
    private final SilentServer silent = SilentServer.start();

    @AfterEach
    void stop() throws Exception {
        silent.close();
    }

    @Test
    void confirm_silentSnsEndpoint_failsWithinTheConfiguredCallTimeout() throws Exception {
        Map<String, String> fields = TestSigner.envelope("SubscriptionConfirmation", "confirm", null,
                Instant.now().toString());
        String body = Fixtures.json(TestSigner.sign(fields, "2", TestCertificates.shared().sns().privateKey()));
        SnsMessage message = SnsVerifier.builder().allowedTopicArn(TestSigner.TOPIC)
                .certificateSource(new StubCertificateSource().serve(URI.create(TestSigner.CERT_URL),
                        TestCertificates.shared().sns().pem())).build().verify(body);
        try (SubscriptionHandler handler = SubscriptionHandler.builder().allowedTopicArn(TestSigner.TOPIC)
                .endpointOverride(silent.uri()).apiCallTimeout(Duration.ofSeconds(1))
                .apiCallAttemptTimeout(Duration.ofMillis(400))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "s")))
                .build()) {

            VodException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                    assertThrows(VodException.class, () -> handler.confirm(message)));

            assertInstanceOf(ApiCallTimeoutException.class, e.getCause());
        }
    }
}
