package io.github.vodclient.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.VodException;
import io.github.vodclient.upload.UploadRequest.Checksum;
import io.github.vodclient.upload.UploadRequest.Encryption;
import io.github.vodclient.upload.VodUploads.PresignedUpload;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** Presigning is local: these tests need no server (the endpoint is never contacted). */
class PresignPutHeadersTest {
    private static final URI NOWHERE = URI.create("http://127.0.0.1:9");
    private final VodUploads uploads = VodUploads.builder().bucket("vod-source").region(Region.EU_WEST_1)
            .endpointOverride(NOWHERE).pathStyle(true).credentialsProvider(LocalS3.credentials()).build();

    @AfterEach
    void tearDown() {
        uploads.close();
    }

    @Test
    void presignPut_kmsEncryptionAndChecksum_becomeSignedHeaders() {
        String sha256 = "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";
        PresignedUpload upload = uploads.presignPut(UploadRequest.builder().key("in/a.mp4")
                .encryption(Encryption.kms("alias/vod")).checksum(new Checksum(Checksum.Algorithm.SHA256, sha256))
                .build());

        assertEquals(Map.of("content-type", "video/mp4", "x-amz-server-side-encryption", "aws:kms",
                "x-amz-server-side-encryption-aws-kms-key-id", "alias/vod", "x-amz-checksum-sha256", sha256),
                upload.signedHeaders());
        assertEquals("http://127.0.0.1:9/vod-source/in/a.mp4", upload.url().toString().split("\\?")[0]);
        assertTrue(upload.url().getQuery().contains("X-Amz-Credential=" + LocalS3.ACCESS_KEY + "/"));
    }

    @ParameterizedTest
    @EnumSource(Checksum.Algorithm.class)
    void presignPut_eachChecksumAlgorithm_becomesItsSignedHeader(Checksum.Algorithm algorithm) {
        String value = Base64.getEncoder().encodeToString(new byte[algorithm.length()]);
        PresignedUpload upload = uploads.presignPut(UploadRequest.builder().key("in/a.mp4")
                .checksum(new Checksum(algorithm, value)).build());

        assertEquals(Map.of("content-type", "video/mp4",
                "x-amz-checksum-" + algorithm.name().toLowerCase(Locale.ROOT), value), upload.signedHeaders());
    }

    @Test
    void presignPut_sseS3AndExplicitContentType_signedAsGiven() {
        PresignedUpload upload = uploads.presignPut(UploadRequest.builder().key("in/a.MOV")
                .contentType("video/mp4").encryption(Encryption.s3()).build());

        assertEquals(Map.of("content-type", "video/mp4", "x-amz-server-side-encryption", "AES256"),
                upload.signedHeaders());
    }

    @Test
    void presignPut_expiresAt_isSignedDatePlusSignedExpiry() {
        PresignedUpload upload = uploads.presignPut(UploadRequest.builder().key("in/a.mp4")
                .expiry(Duration.ofMinutes(30)).build());
        String query = upload.url().getQuery();
        String date = query.replaceAll(".*X-Amz-Date=(\\d{8}T\\d{6}Z).*", "$1");
        Instant signedAt = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX").parse(date, Instant::from);

        assertTrue(query.contains("X-Amz-Expires=1800"), query);
        assertEquals(signedAt.plus(Duration.ofMinutes(30)), upload.expiresAt());
    }

    @Test
    void presignPut_credentialsAlreadyExpired_failsWithoutSecrets() {
        try (VodUploads expired = VodUploads.builder().bucket("b").region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsSessionCredentials.builder()
                        .accessKeyId("AKIA").secretAccessKey("secret-key").sessionToken("session-token")
                        .expirationTime(Instant.now().minusSeconds(1)).build())).build()) {
            VodException e = assertThrows(VodException.class,
                    () -> expired.presignPut(UploadRequest.builder().key("a.mp4").build()));

            assertTrue(e.getMessage().contains("expired"), e.getMessage());
            assertFalse(e.getMessage().contains("session-token") || e.getMessage().contains("secret-key"));
        }
    }

    @Test
    void presignPut_callerPresignerWithoutCredentialsProvider_signsWithPresignersCredentials() {
        try (S3Presigner presigner = S3Presigner.builder().region(Region.EU_WEST_1).endpointOverride(NOWHERE)
                .credentialsProvider(LocalS3.credentials()).build();
                VodUploads own = VodUploads.builder().bucket("b").presigner(presigner).build()) {
            PresignedUpload upload = own.presignPut(UploadRequest.builder().key("b.mp4").build());

            assertTrue(upload.url().getQuery().contains("X-Amz-Credential=" + LocalS3.ACCESS_KEY + "/"));
        }
    }

    @Test
    void presignPut_afterClose_throwsIllegalStateException() {
        uploads.close();

        assertEquals("this VodUploads is closed", assertThrows(IllegalStateException.class,
                () -> uploads.presignPut(UploadRequest.builder().key("a.mp4").build())).getMessage());
    }
}
