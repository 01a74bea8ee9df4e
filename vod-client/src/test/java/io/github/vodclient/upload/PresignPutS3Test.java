package io.github.vodclient.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.upload.VodUploads.PresignedUpload;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

class PresignPutS3Test {
    @RegisterExtension
    final S3ProxyExtension proxy = LocalS3.extension();

    private S3Client s3;
    private VodUploads uploads;
    /**
     * Small on purpose: S3Proxy answers a refused PUT without reading the body and closes the connection; a body
     * that does not fit into the socket buffers makes the client fail with "broken pipe" before it reads the 403.
     */
    private final byte[] video = new byte[1024];

    @BeforeEach
    void setUp() {
        s3 = LocalS3.clientWithBucket(proxy);
        uploads = LocalS3.uploads(proxy).build();
        new Random(7).nextBytes(video);
    }

    @AfterEach
    void tearDown() {
        uploads.close();
        s3.close();
    }

    private PresignedUpload presign(Duration expiry) {
        return uploads.presignPut(UploadRequest.builder()
                .videoId("42")
                .fileName("Holiday Clip.MOV")
                .contentLength(video.length)
                .metadata("video-id", "42")
                .expiry(expiry)
                .build());
    }

    @Test
    void presignPut_uploadWithSignedHeaders_objectArrivesWithContentTypeAndMetadata() {
        PresignedUpload upload = presign(Duration.ofMinutes(5));

        assertEquals("PUT", upload.method());
        assertEquals("video/42/Holiday-Clip.mov", upload.key());
        assertEquals(LocalS3.BUCKET, upload.bucket());
        assertEquals(Map.of("content-type", "video/quicktime", "content-length", String.valueOf(video.length),
                "x-amz-meta-video-id", "42"), upload.signedHeaders());
        HttpResponse<String> response = LocalS3.put(upload.url(), upload.headersToSet(), video);

        assertEquals(200, response.statusCode(), response.body());
        HeadObjectResponse head = s3.headObject(b -> b.bucket(LocalS3.BUCKET).key(upload.key()));
        assertEquals("video/quicktime", head.contentType());
        assertEquals(Map.of("video-id", "42"), head.metadata());
        ResponseBytes<GetObjectResponse> stored = s3.getObjectAsBytes(b -> b.bucket(LocalS3.BUCKET)
                .key(upload.key()));
        assertTrue(java.util.Arrays.equals(video, stored.asByteArray()));
    }

    @Test
    void presignPut_differentContentType_refused() {
        PresignedUpload upload = presign(Duration.ofMinutes(5));
        Map<String, String> headers = new HashMap<>(upload.headersToSet());
        headers.put("content-type", "video/mp4");

        assertEquals(403, LocalS3.put(upload.url(), headers, video).statusCode());
        assertNotStored(upload);
    }

    @Test
    void presignPut_differentContentLength_refused() {
        PresignedUpload upload = presign(Duration.ofMinutes(5));
        byte[] bigger = java.util.Arrays.copyOf(video, video.length + 1);

        assertEquals(403, LocalS3.put(upload.url(), upload.headersToSet(), bigger).statusCode());
        assertNotStored(upload);
    }

    @Test
    void presignPut_differentKey_refused() {
        PresignedUpload upload = presign(Duration.ofMinutes(5));
        URI otherKey = URI.create(upload.url().toString().replace("Holiday-Clip.mov", "Other-Clip.mov"));

        assertEquals(403, LocalS3.put(otherKey, upload.headersToSet(), video).statusCode());
        assertFalse(s3.listObjectsV2(b -> b.bucket(LocalS3.BUCKET)).hasContents()
                && !s3.listObjectsV2(b -> b.bucket(LocalS3.BUCKET)).contents().isEmpty());
    }

    @Test
    void presignPut_tamperedSignature_refused() {
        PresignedUpload upload = presign(Duration.ofMinutes(5));
        String url = upload.url().toString();
        int signature = url.indexOf("X-Amz-Signature=") + "X-Amz-Signature=".length();
        char first = url.charAt(signature);
        URI tampered = URI.create(url.substring(0, signature) + (first == 'a' ? 'b' : 'a')
                + url.substring(signature + 1));

        assertEquals(403, LocalS3.put(tampered, upload.headersToSet(), video).statusCode());
        assertNotStored(upload);
    }

    @Test
    void presignPut_afterExpiry_refused() throws InterruptedException {
        PresignedUpload upload = presign(Duration.ofSeconds(1));
        assertTrue(upload.expiresAt().isBefore(Instant.now().plusSeconds(2)));

        // SigV4 dates have whole seconds: wait until the URL is past its expiry by more than a second.
        Instant deadline = upload.expiresAt().plusMillis(1100);
        while (Instant.now().isBefore(deadline)) {
            Thread.sleep(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()));
        }

        assertEquals(403, LocalS3.put(upload.url(), upload.headersToSet(), video).statusCode());
        assertNotStored(upload);
    }

    @Test
    void toString_presignedUpload_leavesOutUrlAndSignature() {
        PresignedUpload upload = presign(Duration.ofMinutes(5));

        assertFalse(upload.toString().contains("X-Amz-Signature"));
        assertFalse(upload.toString().contains(upload.url().getQuery()));
        assertTrue(upload.toString().contains(upload.key()));
    }

    private void assertNotStored(PresignedUpload upload) {
        assertTrue(s3.listObjectsV2(b -> b.bucket(LocalS3.BUCKET).prefix(upload.key())).contents().isEmpty());
    }
}
