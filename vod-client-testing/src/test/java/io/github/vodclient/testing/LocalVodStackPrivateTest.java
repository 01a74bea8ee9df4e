package io.github.vodclient.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vodclient.event.MediaUrl;
import io.github.vodclient.playback.VodPlayback.SigningOptions;
import io.github.vodclient.playback.VodPlayback.SignedCookies;
import io.github.vodclient.playback.VodPlayback.SignedPlaylist;
import io.github.vodclient.playback.VodPlayback.SignedUrl;
import io.github.vodclient.playback.VodPlayback;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Private outputs: the local output server enforces CloudFront's rules on what the library signs (skipped without
 * ffmpeg, which produces the outputs).
 */
class LocalVodStackPrivateTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern URI_ATTRIBUTE = Pattern.compile("URI=\"([^\"]*)\"");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static LocalVodStack stack;
    private static VodPlayback playback;
    private static MediaUrl hls;
    private static MediaUrl thumbnail;
    private static Path jobFolder;

    @BeforeAll
    static void startAndEncode() throws Exception {
        stack = LocalVodStack.builder().stackName("vod-private").pollInterval(Duration.ofMillis(50))
                .privateOutputs().start();
        assumeTrue(stack.renditionsProduced(), "ffmpeg is not installed");
        playback = stack.privateOutputs().orElseThrow().playbackBuilder().build();
        BlockingQueue<String> deliveries = new LinkedBlockingQueue<>();
        stack.subscribe(deliveries::add);
        byte[] sample;
        try (InputStream in = LocalVodStack.class.getResourceAsStream("sample.mp4")) {
            sample = in.readAllBytes();
        }
        try (S3Client s3 = S3Client.builder().endpointOverride(stack.s3Endpoint()).forcePathStyle(true)
                .region(stack.region()).credentialsProvider(stack.credentialsProvider())
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            s3.putObject(r -> r.bucket(stack.sourceBucket()).key("uploads/My Clip (1) é.mp4"),
                    RequestBody.fromBytes(sample));
        }
        deliveries.poll(60, TimeUnit.SECONDS); // Ingest
        String delivery = deliveries.poll(60, TimeUnit.SECONDS);
        assertNotNull(delivery, "no Complete within 60 s");
        JsonNode complete = JSON.readTree(JSON.readTree(delivery).get("Records").get(0).get("Sns").get("Message")
                .asText());
        assertEquals("Complete", complete.get("workflowStatus").asText(), complete.toString());
        hls = MediaUrl.of(complete.get("hlsUrl").asText());
        thumbnail = MediaUrl.of(complete.get("thumbNailsUrls").get(0).asText());
        jobFolder = stack.settings().renditions().orElseThrow().resolve(complete.get("guid").asText());
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void get_withoutGrant_is403() throws Exception {
        HttpResponse<String> response = get(hls.uri(), null);
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("MissingKey"), response.body());
    }

    @Test
    void get_signedUrl_is200AndAlteredExpiredOrForeignAre403() throws Exception {
        SignedUrl signed = playback.signUrl(thumbnail);
        assertEquals(200, get(signed.url(), null).statusCode());

        URI altered = URI.create(signed.url().toString().replace(".0000000.jpg", ".0000001.jpg"));
        Files.copy(jobFolder.resolve("thumbnails").resolve(Path.of(thumbnail.uri().getPath()).getFileName()),
                jobFolder.resolve("thumbnails").resolve(Path.of(altered.getPath()).getFileName()));
        assertEquals(403, get(altered, null).statusCode());

        Clock twoHoursAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(2)), ZoneOffset.UTC);
        VodPlayback past = stack.privateOutputs().orElseThrow().playbackBuilder().clock(twoHoursAgo).build();
        assertEquals(403, get(past.signUrl(thumbnail).url(), null).statusCode());

        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        VodPlayback foreign = VodPlayback.builder().keyPairId(stack.privateOutputs().orElseThrow().keyPairId())
                .privateKey(generator.generateKeyPair().getPrivate()).allowHttp(true).build();
        assertEquals(403, get(foreign.signUrl(thumbnail).url(), null).statusCode());
    }

    @Test
    void get_signedUrlWithIpCondition_admitsOnlyThatAddress() throws Exception {
        assertEquals(200, get(playback.signUrl(thumbnail, SigningOptions.builder().ipRange("127.0.0.0/8").build())
                .url(), null).statusCode());
        assertEquals(403, get(playback.signUrl(thumbnail, SigningOptions.builder().ipRange("203.0.113.0/24")
                .build()).url(), null).statusCode());
    }

    @Test
    void get_jobCookies_openItsPlaylistAndSegmentsAndNothingOfAnotherJob() throws Exception {
        SignedCookies cookies = playback.signCookies(folderResource(hls.uri()), SigningOptions.defaults());
        String cookieHeader = String.join("; ", cookies.values().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList());

        HttpResponse<String> playlist = get(hls.uri(), cookieHeader);
        assertEquals(200, playlist.statusCode());
        List<URI> segments = uris(hls.uri(), playlist.body());
        assertTrue(segments.size() > 0);
        for (URI segment : segments) {
            assertEquals(200, get(segment, cookieHeader).statusCode(), segment.toString());
        }
        Path other = Files.createDirectories(jobFolder.resolveSibling("00000000-other-job").resolve("hls"));
        Files.writeString(other.resolve("a.m3u8"), "#EXTM3U\n");
        URI otherJob = URI.create("http://" + stack.cloudFrontDomain() + "/00000000-other-job/hls/a.m3u8");
        assertEquals(403, get(otherJob, cookieHeader).statusCode());
        assertEquals(403, get(otherJob, null).statusCode());
    }

    @Test
    void get_rewrittenMasterAndMediaPlaylists_everyUriIs200() throws Exception {
        Path media = jobFolder.resolve("hls").resolve(Path.of(hls.uri().getPath()).getFileName());
        Files.writeString(media.resolveSibling("master.m3u8"), "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=800000,"
                + "RESOLUTION=320x180\n" + media.getFileName() + "\n");
        URI masterUrl = hls.uri().resolve("master.m3u8");

        SignedPlaylist master = playback.signPlaylist(masterUrl, get(playback.signUrl(masterUrl,
                SigningOptions.defaults()).url(), null).body(), SigningOptions.defaults());
        List<URI> variants = uris(masterUrl, master.content());
        assertEquals(1, variants.size());
        HttpResponse<String> variant = get(variants.get(0), null);
        assertEquals(200, variant.statusCode());

        SignedPlaylist rewritten = playback.signPlaylist(hls.uri(), variant.body(), SigningOptions.defaults());
        List<URI> segments = uris(hls.uri(), rewritten.content());
        assertEquals(rewritten.signedUris(), segments.size());
        for (URI segment : segments) {
            assertTrue(segment.isAbsolute());
            assertEquals(200, get(segment, null).statusCode(), segment.toString());
        }
    }

    private static String folderResource(URI url) {
        String path = url.getRawPath();
        return url.getScheme() + "://" + url.getRawAuthority() + path.substring(0, path.indexOf('/', 1) + 1) + "*";
    }

    private static HttpResponse<String> get(URI url, String cookies) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url);
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The playlist's URIs, resolved against its URL and percent-encoded as a player would request them. */
    private static List<URI> uris(URI base, String playlist) {
        List<URI> uris = new ArrayList<>();
        for (String line : playlist.split("\r?\n")) {
            String reference = null;
            if (line.startsWith("#")) {
                Matcher m = URI_ATTRIBUTE.matcher(line);
                reference = m.find() ? m.group(1) : null;
            } else if (!line.isBlank()) {
                reference = line;
            }
            if (reference != null) {
                // A signed URI is a valid URI; ffmpeg's raw file names (spaces) are encoded as a player does.
                uris.add(base.resolve(reference.contains(" ") || !reference.isEmpty() && reference.chars()
                        .anyMatch(c -> c > 0x7e) ? MediaUrl.of(reference).uri() : URI.create(reference)));
            }
        }
        return uris;
    }
}
