package io.github.vodclient.upload;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.vodclient.testing.SilentServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.regions.Region;

/** S3 calls of the client {@link VodUploads} creates have a deadline. */
class UploadDeadlineTest {
    private final SilentServer silent = SilentServer.start();

    @AfterEach
    void stop() throws Exception {
        silent.close();
    }

    @Test
    void startMultipart_silentS3Endpoint_failsWithinTheConfiguredCallTimeout() {
        try (VodUploads uploads = VodUploads.builder().bucket("source").region(Region.US_EAST_1)
                .endpointOverride(silent.uri()).pathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "s")))
                .apiCallTimeout(Duration.ofSeconds(1)).apiCallAttemptTimeout(Duration.ofMillis(400)).build()) {
            UploadRequest request = UploadRequest.builder().videoId("7").fileName("Feature Film.mp4")
                    .contentLength(64L * 1024 * 1024).build();

            assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                    assertThrows(ApiCallTimeoutException.class, () -> uploads.startMultipart(request)));
        }
    }
}
