package io.github.vodclient.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vod demo} end to end on the local stack, as a user runs it. */
class DemoCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void demo_bundledSample_endsWithOneCompleteJsonLine() throws Exception {
        CliRun run = CliRun.of("demo", "--timeout", "30s");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.outLines().size(), run.out());
        JsonNode result = JSON.readTree(run.outLines().get(0));
        assertEquals("COMPLETE", result.get("status").asText());
        assertEquals(3000, result.get("durationMillis").asLong());
        assertEquals(320, result.get("width").asInt());
        assertEquals(180, result.get("height").asInt());
        String guid = result.get("guid").asText();
        assertTrue(result.get("hlsUrl").asText().endsWith("/" + guid + "/hls/sample.m3u8"), result.toString());
        assertEquals(1, result.get("thumbnailUrls").size());
        assertEquals(List.of("videoId", "status", "guid", "hlsUrl", "thumbnailUrls", "durationMillis", "width",
                "height", "renditionProduced"), names(result));
        assertTrue(run.err().contains("upload: 38,201 of 38,201 bytes (100%)"), run.err());
        assertTrue(run.err().contains("event: Ingest guid=" + guid), run.err());
        assertTrue(run.err().contains("event: Complete guid=" + guid), run.err());
        if (result.get("renditionProduced").asBoolean()) { // ffmpeg is installed: served locally (until exit)
            assertTrue(result.get("hlsUrl").asText().matches("http://127\\.0\\.0\\.1:\\d+/" + guid
                    + "/hls/sample\\.m3u8"), result.toString());
        } else {
            assertTrue(result.get("hlsUrl").asText().startsWith("https://vod-local.cloudfront.invalid/"));
            assertTrue(run.err().contains("no rendition was produced"), run.err());
        }
    }

    @Test
    void demo_serve_printsTheWebApplicationsUrlAndServesThePage() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exit.set(VodCli.run(InputStream.nullInputStream(),
                new PrintWriter(out, true), new PrintWriter(err, true), "demo", "--serve")));
        serving.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!out.toString().contains("Open http://127.0.0.1:") && serving.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            Matcher url = Pattern.compile("Open (http://127\\.0\\.0\\.1:\\d+/)")
                    .matcher(out.toString());
            assertTrue(url.find(), out + "\n" + err);
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url.group(1))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("id=\"upload\"") && page.body().contains("id=\"player\""), page.body());
        } finally {
            serving.interrupt(); // as Ctrl-C does: the command stops the server and the stack
            serving.join(30_000);
        }
        assertEquals(0, exit.get(), err.toString());
    }

    @Test
    void demo_unreadableFile_endsWithErrorAndExitsOne(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.mp4"), "this is not a video");

        CliRun run = CliRun.of("demo", "--file", broken.toString(), "--timeout", "30s");

        assertEquals(1, run.exitCode(), run.err());
        JsonNode result = JSON.readTree(run.outLines().get(0));
        assertEquals("ERROR", result.get("status").asText());
        assertEquals("vod-local-profiler", result.get("errorAt").asText());
        assertTrue(result.get("errorMessage").asText().contains("no video track"), result.toString());
        assertTrue(result.get("errorDetails").asText().startsWith("https://console.aws.amazon.com/"));
    }

    @Test
    void demo_missingFile_exitsTwoWithoutStartingTheStack(@TempDir Path dir) {
        CliRun run = CliRun.of("demo", "--file", dir.resolve("nothing.mp4").toString());

        assertEquals(2, run.exitCode());
        assertEquals(List.of("error: --file " + dir.resolve("nothing.mp4") + " is not a readable file"),
                run.errLines());
    }

    @Test
    void demo_fileThePipelineIgnores_exitsTwoWithoutStartingTheStack(@TempDir Path dir) throws Exception {
        Path readme = Files.writeString(dir.resolve("README.md"), "# not a video");

        CliRun run = CliRun.of("demo", "--file", readme.toString());

        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.errLines().get(0).startsWith("error: fileName: the key 'video/demo-check/README.md' has extension"
                + " '.md', which the pipeline ignores"), run.err());
    }

    @Test
    void demo_zeroTimeout_exitsTwoWithoutStartingTheStack() {
        CliRun run = CliRun.of("demo", "--timeout", "0s");

        assertEquals(2, run.exitCode());
        assertEquals("error: Invalid value for option '--timeout': '0s' is not longer than 0s",
                run.errLines().get(0));
    }

    @Test
    void demo_portWithoutServe_exitsTwoWithoutStartingTheStack() {
        CliRun run = CliRun.of("demo", "--port", "8080");

        assertEquals(2, run.exitCode());
        assertEquals(List.of("error: --port applies only with --serve"), run.errLines());
    }

    @Test
    void demo_serveWithFile_exitsTwoWithoutStartingTheStack() {
        CliRun run = CliRun.of("demo", "--serve", "--file", "clip.mp4");

        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.errLines().get(0).startsWith("error: --file and --timeout apply to the command-line flow"),
                run.err());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
