package io.github.vodclient.testing.internal.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.upload.VodUploads.PresignedUpload;
import io.github.vodclient.upload.UploadRequest;
import io.github.vodclient.upload.VodUploads;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The local S3 server answers a browser's CORS requests as a bucket configured for browser uploads does. */
class LocalS3CorsTest {
    private static final String ORIGIN = "http://127.0.0.1:9";

    @Test
    void presignedPut_fromAnotherOrigin_preflightAllowedAndETagExposed(@TempDir Path directory) throws Exception {
        try (LocalS3 s3 = LocalS3.start(directory, "AKIACORSTEST", "cors-secret");
                S3Client client = S3Client.builder().endpointOverride(s3.endpoint()).forcePathStyle(true)
                        .region(Region.US_EAST_1).httpClientBuilder(UrlConnectionHttpClient.builder())
                        .credentialsProvider(StaticCredentialsProvider.create(
                                AwsBasicCredentials.create("AKIACORSTEST", "cors-secret"))).build();
                VodUploads uploads = VodUploads.builder().bucket("cors").region(Region.US_EAST_1)
                        .endpointOverride(s3.endpoint()).pathStyle(true).s3Client(client)
                        .credentialsProvider(StaticCredentialsProvider.create(
                                AwsBasicCredentials.create("AKIACORSTEST", "cors-secret"))).build()) {
            client.createBucket(b -> b.bucket("cors"));
            PresignedUpload put = uploads.presignPut(UploadRequest.builder().videoId("1").fileName("a.mp4")
                    .contentType("video/mp4").contentLength(3).build());
            HttpClient http = HttpClient.newHttpClient();

            HttpResponse<Void> preflight = http.send(HttpRequest.newBuilder(put.url())
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", ORIGIN)
                    .header("Access-Control-Request-Method", "PUT")
                    .header("Access-Control-Request-Headers", "content-type").build(),
                    HttpResponse.BodyHandlers.discarding());
            assertEquals(200, preflight.statusCode());
            assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("PUT"),
                    preflight.headers().map().toString());
            assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isPresent());

            HttpRequest.Builder upload = HttpRequest.newBuilder(put.url()).header("Origin", ORIGIN)
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[] {1, 2, 3}));
            put.headersToSet().forEach(upload::header);
            HttpResponse<Void> response = http.send(upload.build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("ETag"),
                    response.headers().map().toString());
            assertTrue(response.headers().firstValue("ETag").isPresent());
        }
    }
}
