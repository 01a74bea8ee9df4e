package io.github.vodclient.examples.uploadflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.BatchResult;
import io.github.vodclient.UploadValidationException;
import io.github.vodclient.VodClient;
import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.examples.jdbc.Video;
import io.github.vodclient.examples.testing.Samples;
import io.github.vodclient.examples.testing.TestVideos;
import io.github.vodclient.video.HandleResult.Outcome;
import io.github.vodclient.video.HandleResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import io.github.vodclient.testing.LocalVodStack;
import io.github.vodclient.testing.LocalVodStackExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The upload flow against the local stack's S3 server (S3Proxy, checks SigV4 presigned URLs; one stack for the run,
 * a bucket of its own per test) and H2, then the pipeline's events for it.
 */
class UploadFlowTest {
    private static final String ACCESS_KEY = LocalVodStack.ACCESS_KEY_ID;
    private static final String SECRET_KEY = LocalVodStack.SECRET_ACCESS_KEY;

    @RegisterExtension
    static final LocalVodStackExtension STACK = LocalVodStackExtension.perRun();

    private final String bucket = "flow-" + UUID.randomUUID();
    private URI endpoint;

    @TempDir
    Path dir;

    private final TestVideos db = new TestVideos();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private S3Client s3;

    @BeforeEach
    void setUp(LocalVodStack stack) {
        endpoint = stack.s3Endpoint();
        s3 = S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).endpointOverride(endpoint)
                .region(Region.US_EAST_1).forcePathStyle(true).credentialsProvider(credentials(SECRET_KEY)).build();
        s3.createBucket(b -> b.bucket(bucket));
    }

    @AfterEach
    void tearDown() {
        s3.close();
    }

    private static StaticCredentialsProvider credentials(String secret) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, secret));
    }

    private VodClient vod(String secret) {
        return VodClient.builder()
                .sourceBucket(bucket)
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials(secret))
                .s3Endpoint(endpoint)
                .videoRepository(db.videos())
                .build();
    }

    private Path file(String name, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(7).nextBytes(bytes);
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void upload_thenThePipelinesEvents_videoIsCreatedUploadedAndComplete() throws Exception {
        Path file = file("My Video (1).mp4", 256 * 1024);
        try (VodClient vod = vod(SECRET_KEY)) {
            String key = new UploadFlow(vod, db.videos(), http).upload("42", "My video", file);

            assertEquals("video/42/My-Video-1.mp4", key);
            assertArrayEquals(Files.readAllBytes(file),
                    s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray());
            assertEquals(EncodingStatus.NEW, db.videos().find("42").orElseThrow().status());

            // What the pipeline publishes once S3 has the object, as the SNS-triggered Lambda receives it.
            BatchResult<HandleResult> ingest = vod.handle(Samples.withSourceKey("lambda-sns-ingest.json", key));
            BatchResult<HandleResult> complete = vod.handle(Samples.withSourceKey("lambda-sns-complete.json", key));

            assertEquals(Outcome.APPLIED, ingest.values().get(0).outcome());
            assertEquals(Outcome.APPLIED, complete.values().get(0).outcome());
            Video video = db.videos().find("42").orElseThrow();
            assertEquals(EncodingStatus.COMPLETE, video.status());
            assertEquals(Optional.of(TestVideos.SAMPLE_GUID), video.jobGuid());
            assertTrue(video.hlsUrl().isPresent());
        }
    }

    @Test
    void upload_refusedByS3_failsWithoutTheUrlInTheMessage() throws Exception {
        Path file = file("clip.mp4", 1024);
        try (VodClient vod = vod("a-wrong-secret")) {
            IOException e = assertThrows(IOException.class,
                    () -> new UploadFlow(vod, db.videos(), http).upload("43", "Clip", file));

            assertEquals("S3 refused the upload of video/43/clip.mp4: HTTP 403", e.getMessage());
            assertFalse(e.getMessage().contains("X-Amz-Signature"));
            assertEquals(EncodingStatus.NEW, db.videos().find("43").orElseThrow().status());
            assertTrue(s3.listObjectsV2(b -> b.bucket(bucket)).contents().isEmpty());
        }
    }

    @Test
    void upload_keyThePipelineWouldIgnore_refusedBeforeAnythingIsStored() throws Exception {
        Path file = file("clip.avi", 1024);
        try (VodClient vod = vod(SECRET_KEY)) {
            UploadValidationException e = assertThrows(UploadValidationException.class,
                    () -> new UploadFlow(vod, db.videos(), http).upload("44", "Clip", file));

            assertTrue(e.getMessage().contains(".avi"), e.getMessage());

            assertEquals(Optional.empty(), db.videos().find("44"));
        }
    }
}
