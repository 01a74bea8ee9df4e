package io.github.vodclient.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vodclient.UploadValidationException;
import io.github.vodclient.upload.UploadRequest.Checksum;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

class RequestValidationTest {

    private static void assertField(String field, Executable build) {
        UploadValidationException e = assertThrows(UploadValidationException.class, build);
        assertEquals(field, e.field(), e.getMessage());
    }

    @Test
    void build_expiryOutsideOneSecondToSevenDays_rejectedNamingExpiry() {
        assertField("expiry", () -> UploadRequest.builder().key("a.mp4").expiry(Duration.ofMillis(999)).build());
        assertField("expiry", () -> UploadRequest.builder().key("a.mp4").expiry(Duration.ofDays(7).plusSeconds(1))
                .build());
        assertEquals("defaultExpiry must be 1 second to 7 days, was PT0S", assertThrows(
                IllegalArgumentException.class, () -> VodUploads.builder().defaultExpiry(Duration.ZERO)).getMessage());
        UploadRequest.builder().key("a.mp4").expiry(Duration.ofSeconds(1)).build();
        UploadRequest.builder().key("a.mp4").expiry(Duration.ofDays(7)).build();
    }

    @Test
    void build_keyAndVideoId_rejected() {
        assertField("key", () -> UploadRequest.builder().key("a.mp4").videoId("1").fileName("a.mp4").build());
        assertField("key", () -> UploadRequest.builder().build());
        assertField("fileName", () -> UploadRequest.builder().videoId("1").build());
        assertField("videoId", () -> UploadRequest.builder().fileName("a.mp4").build());
    }

    @Test
    void build_maxSizeWithoutContentLength_rejectedNamingContentLength() {
        assertField("contentLength", () -> UploadRequest.builder().key("a.mp4").maxSize(100).build());
        assertField("contentLength", () -> UploadRequest.builder().key("a.mp4").maxSize(100).contentLength(101)
                .build());
        UploadRequest.builder().key("a.mp4").maxSize(100).contentLength(100).build();
    }

    @Test
    void build_maxSizeNotPositive_rejectedNamingMaxSize() {
        assertEquals("maxSize: must be positive, was 0", assertThrows(UploadValidationException.class,
                () -> UploadRequest.builder().key("a.mp4").maxSize(0).contentLength(0).build()).getMessage());
    }

    @Test
    void metadata_badNameOrValue_rejectedNamingTheEntry() {
        assertField("metadata.video id", () -> UploadRequest.builder().metadata("video id", "1"));
        assertField("metadata.title", () -> UploadRequest.builder().metadata("title", "Grüße"));
        assertField("metadata.Video-Id", () -> UploadRequest.builder().metadata("video-id", "1")
                .metadata("Video-Id", "2"));
        assertField("metadata", () -> UploadRequest.builder().key("a.mp4").metadata("a", "x".repeat(2048))
                .build());
    }

    @Test
    void contentType_notAMediaType_rejected() {
        assertField("contentType", () -> UploadRequest.builder().key("a.mp4").contentType("mp4").build());
        assertField("contentType", () -> UploadRequest.builder().key("a.mp4").contentType("video/mp4\r\nX: y")
                .build());
    }

    @Test
    void build_contentLengthAndPartSizeOutsideS3Limits_rejectedNamingTheField() {
        assertField("contentLength", () -> UploadRequest.builder().key("a.mp4").contentLength(-1).build());
        assertField("contentLength", () -> UploadRequest.builder().key("a.mp4")
                .contentLength(MultipartUpload.MAX_OBJECT_SIZE + 1).build());
        assertField("partSize", () -> UploadRequest.builder().key("a.mp4").contentLength(100)
                .partSize(MultipartUpload.MIN_PART_SIZE - 1).build());
        assertField("partSize", () -> UploadRequest.builder().key("a.mp4").contentLength(100)
                .partSize(MultipartUpload.MAX_PART_SIZE + 1).build());
    }

    @Test
    void resume_planOverTenThousandParts_rejected() {
        assertField("partSize", () -> MultipartUpload.resume("b", "a.mp4", "u", 10_001L * 5 * 1024 * 1024,
                5L * 1024 * 1024));
        assertField("partCount", () -> new MultipartUpload("b", "a.mp4", "u", 11L * 1024 * 1024,
                5L * 1024 * 1024, 2));
    }

    @Test
    void checksum_wrongLength_rejected() {
        assertThrows(IllegalArgumentException.class, () -> new Checksum(Checksum.Algorithm.SHA256, "AAAA"));
        new Checksum(Checksum.Algorithm.CRC32, "AAAAAA==");
    }

    @Test
    void startMultipartAndPresignPut_fieldOfTheOtherKindOrOverTheLimit_rejectedNamingTheFieldBeforeAnyCall() {
        try (VodUploads uploads = VodUploads.builder().bucket("vod-source").region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAVODCLIENTTEST",
                        "vod-client-test-secret"))).build()) {
            assertField("contentLength", () -> uploads.startMultipart(UploadRequest.builder().key("a.mp4").build()));
            assertField("expiry", () -> uploads.startMultipart(UploadRequest.builder().key("a.mp4")
                    .contentLength(100).expiry(Duration.ofMinutes(5)).build()));
            assertField("partSize", () -> uploads.presignPut(UploadRequest.builder().key("a.mp4")
                    .partSize(MultipartUpload.MIN_PART_SIZE).build()));
            assertEquals("contentLength: 5000000001 bytes is over the 5 GB limit of a single PUT; use startMultipart",
                    assertThrows(UploadValidationException.class, () -> uploads.presignPut(UploadRequest.builder()
                            .key("a.mp4").contentLength(UploadRequest.MAX_SINGLE_PUT_BYTES + 1).build()))
                            .getMessage());
        }
    }
}
