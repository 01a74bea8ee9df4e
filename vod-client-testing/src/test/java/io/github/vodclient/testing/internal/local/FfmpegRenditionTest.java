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
            // a ladder: the 320x180 sample at its own height and at half of it, each a media playlist of its own
            assertTrue(playlist.body().contains("RESOLUTION=320x180\nMy Clip (1)_180p.m3u8"), playlist.body());
            assertTrue(playlist.body().contains("RESOLUTION=160x90\nMy Clip (1)_90p.m3u8"), playlist.body());
            String hlsBase = complete.get("hlsUrl").asText().substring(0, complete.get("hlsUrl").asText().lastIndexOf('/') + 1);
            HttpResponse<String> variant = http.send(HttpRequest.newBuilder(url(hlsBase + "My Clip (1)_90p.m3u8"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, variant.statusCode());
            assertTrue(variant.body().contains("My Clip (1)_90p_00000.ts"), variant.body());
            assertTrue(complete.get("mp4Outputs").get(0).asText().endsWith("/mp4/My Clip (1)_180p.mp4"),
                    complete.toString());
            HttpResponse<byte[]> mp4 = http.send(HttpRequest.newBuilder(url(complete.get("mp4Urls").get(0).asText()))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, mp4.statusCode());
            assertEquals("ftyp", new String(mp4.body(), 4, 4, java.nio.charset.StandardCharsets.US_ASCII));
            HttpResponse<byte[]> thumbnail = http.send(HttpRequest.newBuilder(
                    url(complete.get("thumbNailsUrls").get(0).asText())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, thumbnail.statusCode());
            assertEquals((byte) 0xFF, thumbnail.body()[0]); // JPEG
        }
    }

    @Test
    void ladder_smallerSource_isCappedBySourceAndHasTwoRenditions() {
        assertEquals(java.util.List.of(180, 90), FfmpegRendition.ladder(180));
        assertEquals(java.util.List.of(720, 540, 360), FfmpegRendition.ladder(720));
        assertEquals(java.util.List.of(1080, 720, 540), FfmpegRendition.ladder(2160));
        assertEquals(java.util.List.of(478, 360, 240), FfmpegRendition.ladder(479));
    }

    /** The pipeline does not percent-encode its URLs (VOD-CONTRACT §1); a client has to. */
    private static URI url(String raw) {
        return URI.create(raw.replace(" ", "%20").replace("(", "%28").replace(")", "%29"));
    }
}
