package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.upload.UploadRequest;
import io.github.vodclient.upload.VodUploads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/** The library's log lines reach the SLF4J 2 provider (ServiceLoader) of this application. */
class Slf4j2ProviderTest {

    @Test
    void presignPut_sessionCredentialsExpireFirst_libraryWarningReachesTheApplicationsLog() throws Exception {
        // Session credentials that end in a minute, for a URL asked to live 15: the library warns (offline).
        AwsSessionCredentials session = AwsSessionCredentials.builder().accessKeyId("AKIACONSUMERTEST")
                .secretAccessKey("consumer-test-secret").sessionToken("consumer-test-token")
                .expirationTime(Instant.now().plusSeconds(60)).build();
        try (VodUploads uploads = VodUploads.builder().bucket("consumer-bucket").region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(session)).build()) {
            uploads.presignPut(UploadRequest.builder().videoId("42").fileName("clip.mp4").build());
        }

        assertEquals("org.slf4j.simple.SimpleLoggerFactory", LoggerFactory.getILoggerFactory().getClass().getName());
        String log = Files.readString(Path.of(System.getProperty("org.slf4j.simpleLogger.logFile")));
        assertTrue(log.contains("WARN io.github.vodclient.upload - Presigned URL for 's3://consumer-bucket/"), log);
    }
}
