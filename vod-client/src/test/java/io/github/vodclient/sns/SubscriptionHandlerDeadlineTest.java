package io.github.vodclient.sns;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.vodclient.VodException;
import io.github.vodclient.testing.SilentServer;
import io.github.vodclient.testing.SnsTestMessages;
import java.net.URI;
import java.time.Duration;
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
        SnsTestMessages sns = SnsTestMessages.create();
        SnsMessage message = SnsVerifier.builder().allowedTopicArn(sns.topicArn())
                .certificateSource(sns.certificateSource()).build()
                .verify(sns.subscriptionConfirmation().httpBody());
        try (SubscriptionHandler handler = SubscriptionHandler.builder().allowedTopicArn(sns.topicArn())
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
