package io.github.vodclient.examples.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vodclient.VodClient;
import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.examples.jdbc.JdbcVideoRepository;
import io.github.vodclient.examples.jdbc.Video;
import io.github.vodclient.job.VodJob;
import io.github.vodclient.testing.LocalVodStack;
import io.github.vodclient.upload.VodUploads.PresignedUpload;
import io.github.vodclient.upload.UploadRequest;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The whole seed flow through the local stack: a presigned upload of the bundled sample reaches COMPLETE with the
 * media info measured from the file; an unreadable file reaches ERROR; the messages have the pipeline's formats.
 */
class LocalVodStackTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static LocalVodStack stack;
    private static JdbcVideoRepository videos;
    private static VodClient vod;
    private static final BlockingQueue<String> deliveries = new LinkedBlockingQueue<>();

    @BeforeAll
    static void start() {
        stack = LocalVodStack.builder().pollInterval(Duration.ofMillis(50)).useFfmpeg(false).start();
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL");
        videos = new JdbcVideoRepository(dataSource, Clock.systemUTC());
        videos.createSchema();
        vod = stack.vodClientBuilder().videoRepository(videos).build();
        stack.subscribe(delivery -> {
            vod.handle(delivery);
            deliveries.add(delivery);
        });
    }

    @AfterAll
    static void stop() {
        if (vod != null) {
            vod.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void upload_sampleVideo_completesWithMeasuredMediaInfo() throws Exception {
        String videoId = "v-" + UUID.randomUUID();
        String key = upload(videoId, "Sample Clip.mp4", sample());

        List<JsonNode> events = awaitEvents(key, 2);
        Video video = videos.find(videoId).orElseThrow();
        assertEquals(EncodingStatus.COMPLETE, video.status());
        assertEquals(3000, video.duration().orElseThrow().toMillis());
        assertEquals(320, video.width().getAsInt());
        assertEquals(180, video.height().getAsInt());
        String guid = video.jobGuid().orElseThrow();
        assertEquals(URI.create("https://" + stack.cloudFrontDomain() + "/" + guid + "/hls/Sample-Clip.m3u8"),
                video.hlsUrl().orElseThrow());
        assertEquals(URI.create("https://" + stack.cloudFrontDomain() + "/" + guid
                + "/thumbnails/Sample-Clip_thumb.0000000.jpg"), video.thumbnailUrl().orElseThrow());

        JsonNode ingest = events.get(0);
        assertEquals("Workflow Status:: Ingest:: " + guid, ingest.get("Subject").asText());
        assertEquals("{\n  \"status\": \"Ingest\",\n  \"guid\": \"" + guid + "\",\n  \"srcVideo\": \"" + key
                + "\"\n}", ingest.get("Message").asText());
        JsonNode complete = events.get(1);
        assertEquals("Workflow Status:: Complete:: " + guid, complete.get("Subject").asText());
        String message = complete.get("Message").asText();
        assertTrue(message.startsWith("{\n  \"startTime\": \""), message);
        assertTrue(message.endsWith(",\n  \"guid\": \"" + guid + "\"\n}"), message);
        assertEquals(List.of("startTime", "workflowTrigger", "workflowStatus", "workflowName", "srcBucket",
                "destBucket", "cloudFront", "frameCapture", "archiveSource", "inputRotate", "acceleratedTranscoding",
                "enableSns", "enableSqs", "srcVideo", "enableMediaPackage", "srcHeight", "srcWidth",
                "encodingProfile", "frameCaptureHeight", "frameCaptureWidth", "jobTemplate", "isCustomTemplate",
                "encodeJobId", "endTime", "hlsPlaylist", "hlsUrl", "thumbNails", "thumbNailsUrls", "guid"),
                names(JSON.readTree(message)));
        assertEquals(720, JSON.readTree(message).get("encodingProfile").asInt());

        VodJob job = vod.jobs().find(guid).orElseThrow();
        assertEquals(key, job.srcVideo().orElseThrow());
        assertEquals(Duration.ofMillis(3000), job.mediaInfo().orElseThrow().container().duration().orElseThrow());
    }

    @Test
    void upload_unreadableFile_endsInError() throws Exception {
        String videoId = "v-" + UUID.randomUUID();
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        String key = upload(videoId, "broken.mp4", junk);

        List<JsonNode> events = awaitEvents(key, 2);
        Video video = videos.find(videoId).orElseThrow();
        assertEquals(EncodingStatus.ERROR, video.status());
        String guid = video.jobGuid().orElseThrow();
        JsonNode error = events.get(1);
        assertEquals(" workflow Status:: Error: " + guid, error.get("Subject").asText());
        JsonNode message = JSON.readTree(error.get("Message").asText());
        assertEquals(List.of("guid", "workflowStatus", "workflowErrorAt", "errorMessage", "errorDetails"),
                names(message));
        assertEquals(stack.tableName() + "-profiler", message.get("workflowErrorAt").asText());
        assertTrue(video.errorMessage().orElseThrow().contains("no video track"), video.errorMessage().get());
    }

    @Test
    void upload_mixedCaseExtension_startsNoWorkflow() throws Exception {
        String videoId = "v-" + UUID.randomUUID();
        String key = "uploads/" + videoId + "/clip.Mp4"; // the library refuses to presign it; a raw PUT does not
        videos.create(videoId, videoId, key);
        try (S3Client s3 = S3Client.builder().endpointOverride(stack.s3Endpoint()).forcePathStyle(true)
                .region(stack.region()).credentialsProvider(stack.credentialsProvider())
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            s3.putObject(r -> r.bucket(stack.sourceBucket()).key(key), RequestBody.fromBytes(sample()));
        }
        String control = upload("v-" + UUID.randomUUID(), "control.mp4", sample());

        awaitEvents(control, 2); // one workflow at a time: the mixed-case upload, listed first, would be done by now
        assertEquals(EncodingStatus.NEW, videos.find(videoId).orElseThrow().status());
        assertFalse(deliveries.stream().anyMatch(d -> d.contains(key)));
    }

    private static String upload(String videoId, String fileName, byte[] body) throws Exception {
        PresignedUpload put = vod.uploads().presignPut(UploadRequest.builder().videoId(videoId).fileName(fileName)
                .contentLength(body.length).build());
        videos.create(videoId, fileName, put.key());
        HttpRequest.Builder http = HttpRequest.newBuilder(put.url())
                .method(put.method(), HttpRequest.BodyPublishers.ofByteArray(body));
        put.headersToSet().forEach(http::header);
        HttpResponse<String> response = HttpClient.newHttpClient().send(http.build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return put.key();
    }

    /** The Sns records of the first {@code count} deliveries about this source key's job, in order. */
    private static List<JsonNode> awaitEvents(String key, int count) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        String guid = null;
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<String> seen = new ArrayList<>(deliveries);
        int index = 0;
        while (found.size() < count) {
            String delivery;
            if (index < seen.size()) {
                delivery = seen.get(index++);
            } else {
                delivery = deliveries.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                assertNotNull(delivery, "no event for " + key + " within " + WAIT + "; got " + found);
                seen.add(delivery);
                index++;
            }
            JsonNode sns = JSON.readTree(delivery).get("Records").get(0).get("Sns");
            JsonNode message = JSON.readTree(sns.get("Message").asText());
            if (guid == null && key.equals(message.path("srcVideo").asText(null))) {
                guid = message.get("guid").asText();
            }
            if (guid != null && guid.equals(message.get("guid").asText())) {
                found.add(sns);
            }
        }
        return found;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }

    private static byte[] sample() throws Exception {
        try (InputStream in = LocalVodStack.class.getResourceAsStream("sample.mp4")) {
            return in.readAllBytes();
        }
    }
}
