package io.github.vodclient.testing.internal.local;

import io.github.vodclient.testing.LocalVodStack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;

/** With ffmpeg installed, Complete's URLs point at a real rendition served locally (skipped without ffmpeg). */
class FfmpegRenditionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void upload_withFfmpeg_hlsUrlAndThumbnailAreServed() throws Exception {
        assumeTrue(FfmpegRendition.available(), "ffmpeg is not installed");
        BlockingQueue<String> deliveries = new LinkedBlockingQueue<>();
        try (LocalVodStack stack = LocalVodStack.builder().stackName("vod-ffmpeg").pollInterval(Duration.ofMillis(50))
                .start();
                S3Client s3 = S3Client.builder().endpointOverride(stack.s3Endpoint()).forcePathStyle(true)
                        .region(stack.region()).credentialsProvider(stack.credentialsProvider())
                        .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            assertTrue(stack.renditionsProduced());
            stack.subscribe(deliveries::add);
            byte[] sample;
            try (InputStream in = LocalVodStack.class.getResourceAsStream("sample.mp4")) {
                sample = in.readAllBytes();
            }
            s3.putObject(r -> r.bucket(stack.sourceBucket()).key("uploads/My Clip (1).mp4"),
                    RequestBody.fromBytes(sample));

            deliveries.poll(60, TimeUnit.SECONDS); // Ingest
            String delivery = deliveries.poll(60, TimeUnit.SECONDS);
            assertNotNull(delivery, "no Complete within 60 s");
            JsonNode complete = JSON.readTree(JSON.readTree(delivery).get("Records").get(0).get("Sns").get("Message")
                    .asText());
            assertEquals("Complete", complete.get("workflowStatus").asText(), complete.toString());
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> playlist = http.send(HttpRequest.newBuilder(url(complete.get("hlsUrl").asText()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, playlist.statusCode());
            assertTrue(playlist.body().startsWith("#EXTM3U"), playlist.body());
            HttpResponse<byte[]> thumbnail = http.send(HttpRequest.newBuilder(
                    url(complete.get("thumbNailsUrls").get(0).asText())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, thumbnail.statusCode());
            assertEquals((byte) 0xFF, thumbnail.body()[0]); // JPEG
        }
    }

    /** The pipeline does not percent-encode its URLs (VOD-CONTRACT §1); a client has to. */
    private static URI url(String raw) {
        return URI.create(raw.replace(" ", "%20").replace("(", "%28").replace(")", "%29"));
    }
}
