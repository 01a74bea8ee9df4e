package io.github.vodclient.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.upload.VodUploads.PresignedUpload;
import io.github.vodclient.upload.VodUploads.WorkflowTrigger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/** Every upload builder: what {@code build()} returned does not change when the builder is used again. */
class BuilderSnapshotTest {
    private static final StaticCredentialsProvider FAKE = StaticCredentialsProvider.create(
            AwsBasicCredentials.create("AKIAVODCLIENTTEST", "vod-client-test-secret"));
    private static final UploadRequest SOURCE = UploadRequest.builder().videoId("42").fileName("clip.mp4").build();

    private static VodUploads.Builder uploads(String bucket) {
        return VodUploads.builder().bucket(bucket).region(Region.US_EAST_1).credentialsProvider(FAKE);
    }

    @Test
    void build_vodUploadsBuilderChangedAfterBuild_instanceKeepsBucketTriggerKeysAndExpiry() {
        String standardKey;
        try (VodUploads reference = uploads("first-bucket").build()) {
            standardKey = reference.sourceKey(SOURCE);
        }
        VodUploads.Builder builder = uploads("first-bucket");

        try (VodUploads built = builder.build()) {
            builder.bucket("second-bucket").workflowTrigger(WorkflowTrigger.METADATA_FILE)
                    .keyStrategy((id, name, type) -> "changed/" + name).defaultExpiry(Duration.ofSeconds(30))
                    .region(Region.EU_WEST_1).pathStyle(true);
            PresignedUpload put = built.presignPut(UploadRequest.builder().videoId("42").fileName("clip.mp4").build());

            assertEquals("first-bucket", built.bucket());
            assertEquals(standardKey, built.sourceKey(SOURCE));
            assertEquals("first-bucket", put.bucket());
            assertEquals("first-bucket.s3.amazonaws.com", put.url().getHost());
            assertTrue(put.expiresAt().isAfter(Instant.now().plus(Duration.ofMinutes(14))), put.expiresAt()::toString);
        }
    }

    @Test
    void build_uploadRequestBuilderAndCallersMapChangedAfterBuild_requestUnchanged() {
        Map<String, String> metadata = new LinkedHashMap<>(Map.of("video-id", "42"));
        UploadRequest.Builder builder = UploadRequest.builder().videoId("42").fileName("clip.mp4")
                .contentLength(10).metadata(metadata);

        UploadRequest request = builder.build();
        metadata.put("added", "later");
        builder.metadata("other", "x").contentLength(20).expiry(Duration.ofMinutes(1)).contentType("video/quicktime");

        assertEquals(Map.of("video-id", "42"), request.metadata());
        assertEquals(OptionalLong.of(10), request.contentLength());
        assertEquals(Optional.empty(), request.expiry());
        assertEquals(Optional.empty(), request.contentType());
    }

    @Test
    void build_uploadRequestKeyFieldsChangedAfterBuild_requestUnchanged() {
        UploadRequest.Builder builder = UploadRequest.builder().videoId("42").fileName("clip.mp4").metadata("a", "1");

        UploadRequest source = builder.build();
        builder.metadata("b", "2").contentType("video/mp4").fileName("other.mp4");

        assertEquals(Map.of("a", "1"), source.metadata());
        assertEquals(Optional.of("clip.mp4"), source.fileName());
        assertEquals(Optional.empty(), source.contentType());
    }

    @Test
    void build_uploadRequestMultipartFieldsChangedAfterBuild_requestUnchanged() {
        UploadRequest.Builder builder = UploadRequest.builder().videoId("42").fileName("clip.mp4")
                .contentLength(100L << 20);

        UploadRequest request = builder.build();
        builder.contentLength(200L << 20).partSize(8L << 20).metadata("a", "1");

        assertEquals(OptionalLong.of(100L << 20), request.contentLength());
        assertEquals(OptionalLong.empty(), request.partSize());
        assertEquals(Map.of(), request.metadata());
    }

    @Test
    void build_workflowStartBuilderAndCallersNestedListChangedAfterBuild_startUnchanged() {
        List<Object> tags = new ArrayList<>(List.of("holiday"));
        WorkflowStart.Builder builder = WorkflowStart.builder("uploads/clip.mp4").custom("tags", tags);

        WorkflowStart start = builder.build();
        tags.add("added later");
        builder.custom("title", "Later").frameCapture(true);

        assertEquals(Map.of("tags", List.of("holiday")), start.custom());
        assertEquals(Optional.empty(), start.frameCapture());
    }
}
