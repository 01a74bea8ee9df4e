package io.github.vodclient.upload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.UploadValidationException;
import io.github.vodclient.upload.MultipartUpload.PresignedPart;
import io.github.vodclient.upload.MultipartUpload.UploadedPart;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

class MultipartS3Test {
    private static final int MIB = 1024 * 1024;

    @RegisterExtension
    final S3ProxyExtension proxy = LocalS3.extension();

    private S3Client s3;
    private VodUploads uploads;
    /** 11 MiB: three parts of 5, 5 and 1 MiB at S3's smallest part size. */
    private final byte[] file = new byte[11 * MIB];

    @BeforeEach
    void setUp() {
        s3 = LocalS3.clientWithBucket(proxy);
        uploads = LocalS3.uploads(proxy).build();
        new Random(11).nextBytes(file);
    }

    @AfterEach
    void tearDown() {
        uploads.close();
        s3.close();
    }

    private MultipartUpload start() {
        return uploads.startMultipart(UploadRequest.builder()
                .videoId("7").fileName("Feature Film.mp4")
                .contentLength(file.length).partSize(5 * MIB)
                .metadata("video-id", "7")
                .build());
    }

    private String put(PresignedPart part) {
        byte[] slice = Arrays.copyOfRange(file, (int) part.offset(), (int) (part.offset() + part.size()));
        HttpResponse<String> response = LocalS3.put(part.url(), PresignedUploads.withoutLength(part), slice);
        assertEquals(200, response.statusCode(), response.body());
        return response.headers().firstValue("ETag").orElseThrow();
    }

    @Test
    void startMultipart_elevenMebibytes_planOfThreeParts() {
        MultipartUpload upload = start();

        assertEquals("video/7/Feature-Film.mp4", upload.key());
        assertEquals(3, upload.partCount());
        assertEquals(5 * MIB, upload.partSize(1));
        assertEquals(5 * MIB, upload.partSize(2));
        assertEquals(MIB, upload.partSize(3));
        assertEquals(10L * MIB, upload.partOffset(3));
    }

    @Test
    void completeMultipart_allPartsThroughPresignedUrls_objectHasFileContentAndMetadata() {
        MultipartUpload upload = start();
        List<UploadedPart> parts = new ArrayList<>();
        for (PresignedPart part : uploads.presignParts(upload)) {
            assertEquals(String.valueOf(part.size()), part.signedHeaders().get("content-length"));
            parts.add(UploadedPart.of(part.partNumber(), put(part)));
        }

        uploads.completeMultipart(upload, parts);

        assertArrayEquals(file, s3.getObjectAsBytes(b -> b.bucket(LocalS3.BUCKET).key(upload.key())).asByteArray());
        HeadObjectResponse head = s3.headObject(b -> b.bucket(LocalS3.BUCKET).key(upload.key()));
        assertEquals("video/mp4", head.contentType());
        assertEquals("7", head.metadata().get("video-id"));
    }

    @Test
    void listParts_afterInterruption_resumesWithRemainingPartsAndCompletes() {
        MultipartUpload upload = start();
        List<PresignedPart> firstBatch = uploads.presignParts(upload, 1, 2, Duration.ofMinutes(5));
        String etag1 = put(firstBatch.get(0));
        String etag2 = put(firstBatch.get(1));

        // A later session knows only what the server stored: bucket, key, upload id, sizes.
        MultipartUpload resumed = MultipartUpload.resume(LocalS3.BUCKET, upload.key(), upload.uploadId(),
                file.length, upload.partSize());
        List<UploadedPart> received = uploads.listParts(resumed);
        assertEquals(List.of(1, 2), received.stream().map(UploadedPart::partNumber).toList());
        assertEquals(List.of(etag1, etag2), received.stream().map(UploadedPart::eTag).toList());
        assertEquals(OptionalLong.of(5L * MIB), received.get(0).size());
        List<UploadedPart> all = new ArrayList<>(received);
        for (PresignedPart part : uploads.presignParts(resumed, 3, 3, Duration.ofMinutes(5))) {
            all.add(UploadedPart.of(part.partNumber(), put(part)));
        }

        uploads.completeMultipart(resumed, all);

        assertArrayEquals(file, s3.getObjectAsBytes(b -> b.bucket(LocalS3.BUCKET).key(upload.key())).asByteArray());
    }

    @Test
    void abortMultipart_afterAllParts_uploadIsGoneAndCannotBeCompleted() {
        MultipartUpload upload = start();
        List<UploadedPart> parts = new ArrayList<>();
        for (PresignedPart part : uploads.presignParts(upload)) {
            parts.add(UploadedPart.of(part.partNumber(), put(part)));
        }
        assertEquals(1, s3.listMultipartUploads(b -> b.bucket(LocalS3.BUCKET)).uploads().size());

        uploads.abortMultipart(upload);

        assertTrue(s3.listMultipartUploads(b -> b.bucket(LocalS3.BUCKET)).uploads().isEmpty());
        // (S3Proxy's in-memory store still lists parts of an aborted upload; AWS answers 404 NoSuchUpload.)
        assertThrows(S3Exception.class, () -> uploads.completeMultipart(upload, parts));
        assertTrue(s3.listObjectsV2(b -> b.bucket(LocalS3.BUCKET)).contents().isEmpty());
    }

    @Test
    void completeMultipart_partMissing_rejectedBeforeS3TruncatesTheVideo() {
        MultipartUpload upload = start();
        List<PresignedPart> presigned = uploads.presignParts(upload);
        List<UploadedPart> parts = List.of(UploadedPart.of(1, put(presigned.get(0))),
                UploadedPart.of(3, put(presigned.get(2))));

        UploadValidationException e = assertThrows(UploadValidationException.class,
                () -> uploads.completeMultipart(upload, parts));

        assertEquals("parts", e.field());
        assertEquals("parts: part 2 is missing", e.getMessage());
        assertEquals(2, uploads.listParts(upload).size());
    }
}
