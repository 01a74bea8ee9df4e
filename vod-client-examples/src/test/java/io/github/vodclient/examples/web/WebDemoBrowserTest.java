package io.github.vodclient.examples.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.testing.LocalVodStack;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web application as its users meet it: Debian's Chromium, headless, uploads through the page to the local
 * pipeline (with ffmpeg transcoding and private outputs) and plays the result. Skips where Chromium, chromedriver or
 * ffmpeg is missing.
 */
class WebDemoBrowserTest {
    private static final Logger LOG = LoggerFactory.getLogger(WebDemoBrowserTest.class);
    /** Smaller than the multipart threshold: the bundled 3-second sample goes up in one PUT. */
    private static final long MULTIPART_THRESHOLD = 6L * 1024 * 1024;
    private static final long MAX_UPLOAD_BYTES = 64L * 1024 * 1024;

    private static LocalVodStack stack;
    private static WebDemo web;
    private static ChromeDriver browser;

    @TempDir
    static Path files;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeInstalled();
        stack = LocalVodStack.builder().stackName("vod-web").privateOutputs().pollInterval(Duration.ofMillis(50))
                .start();
        web = WebDemo.start(stack, WebSettings.defaults().withMultipartThreshold(MULTIPART_THRESHOLD)
                .withMaxUploadBytes(MAX_UPLOAD_BYTES));
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (web != null) {
            web.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void upload_sample_reachesCompleteAndPlaysPrivately() throws Exception {
        Path sample = files.resolve("Holiday Clip.mp4");
        try (InputStream in = LocalVodStack.class.getResourceAsStream("sample.mp4")) {
            Files.copy(in, sample);
        }
        browser.get(web.uri().toString());
        browser.findElement(By.id("file")).sendKeys(sample.toString());
        long clicked = System.nanoTime();
        browser.findElement(By.id("upload")).click();

        wait(Duration.ofSeconds(30)).until(d -> "100".equals(d.findElement(By.id("progress")).getDomProperty("value")));
        wait(Duration.ofSeconds(60)).until(d -> "COMPLETE".equals(status(d).getDomAttribute("data-status")));
        LOG.info("upload to COMPLETE on the page: {} ms", (System.nanoTime() - clicked) / 1_000_000);
        wait(Duration.ofSeconds(30)).until(d -> number(browser.executeScript(
                "return document.getElementById('player').currentTime")) > 1.0);
        assertNull(browser.executeScript("return document.getElementById('player').error"), "a media error");
        Map<?, ?> timings = (Map<?, ?>) browser.executeScript("return window.vodTimings");
        double firstFrameMillis = number(timings.get("firstFrame")) - number(timings.get("uploadStart"));
        LOG.info("upload to first frame (click on #upload to the player's first 'playing' event): {} ms",
                Math.round(firstFrameMillis));
        assertTrue(firstFrameMillis > 0, timings.toString());
        assertTrue(status(browser).getText().contains("COMPLETE"), status(browser).getText());
        assertTrue(number(browser.executeScript("return document.getElementById('thumbnail').naturalWidth")) > 0,
                "the thumbnail did not load");
        assertTrue(browser.findElement(By.id("videos")).getText().contains("Holiday Clip.mp4"));

        // the page plays through signed playlists; a segment without the grant is refused
        String videoId = browser.findElement(By.cssSelector("#videos li.selected")).getDomAttribute("data-video-id");
        HttpClient http = HttpClient.newHttpClient();
        String master = get(http, web.uri().resolve("/play/" + videoId + ".m3u8")).body();
        String variant = master.lines().filter(line -> line.startsWith("/play/")).findFirst().orElseThrow();
        String media = get(http, web.uri().resolve(variant)).body();
        URI segment = URI.create(media.lines().filter(line -> line.contains(".ts?")).findFirst().orElseThrow());
        assertEquals(200, get(http, segment).statusCode());
        URI unsigned = URI.create(segment.toString().substring(0, segment.toString().indexOf('?')));
        assertEquals(403, get(http, unsigned).statusCode());
        // the playlist endpoint serves this job's media playlists only
        assertEquals(404, get(http, web.uri().resolve("/play/" + videoId + "/..%2F..%2Fother.m3u8")).statusCode());

        LOG.info("screenshot: {}", Browser.screenshot(browser, "web-demo-complete").toAbsolutePath());
    }

    @Test
    void upload_unreadableFile_showsErrorWithItsMessage() throws Exception {
        Path broken = files.resolve("broken.mp4");
        Files.writeString(broken, "this is not a video, whatever its extension says\n".repeat(50));
        browser.get(web.uri().toString());
        browser.findElement(By.id("file")).sendKeys(broken.toString());
        browser.findElement(By.id("upload")).click();

        wait(Duration.ofSeconds(60)).until(d -> "ERROR".equals(status(d).getDomAttribute("data-status")));
        String text = status(browser).getText();
        assertTrue(text.startsWith("ERROR"), text);
        assertTrue(text.contains("MediaInfoError") && text.contains("broken.mp4"), text);
        assertEquals("100", browser.findElement(By.id("progress")).getDomProperty("value"));
        LOG.info("screenshot: {}", Browser.screenshot(browser, "web-demo-error").toAbsolutePath());
    }

    @Test
    void upload_formatThePipelineIgnores_refusedBeforeUploadWithTheReason() throws Exception {
        Path avi = files.resolve("clip.avi");
        Files.write(avi, new byte[1024]);

        String text = refused(avi);
        assertTrue(text.contains("clip.avi") && text.contains(".avi"), text);
    }

    @Test
    void upload_fileOverTheLimit_refusedBeforeUploadWithTheReason() throws Exception {
        Path huge = files.resolve("huge.mp4");
        try (var channel = Files.newByteChannel(huge, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            channel.position(MAX_UPLOAD_BYTES).write(java.nio.ByteBuffer.wrap(new byte[] {1}));
        }

        String text = refused(huge);
        assertTrue(text.contains("huge.mp4 is 67.1 MB") && text.contains("up to 67.1 MB"), text);
    }

    /** Uploads through the page, expects it refused before a byte is sent, and returns the status text. */
    private static String refused(Path file) {
        browser.get(web.uri().toString());
        browser.findElement(By.id("file")).sendKeys(file.toString());
        browser.findElement(By.id("upload")).click();
        wait(Duration.ofSeconds(10)).until(d -> "REFUSED".equals(status(d).getDomAttribute("data-status")));
        assertEquals("0", browser.findElement(By.id("progress")).getDomProperty("value"));
        assertTrue(browser.findElements(By.cssSelector("#videos li")).stream()
                .noneMatch(item -> item.getText().contains(file.getFileName().toString())), "a refused file got a row");
        return status(browser).getText();
    }

    @Test
    void upload_largeFile_partsInParallelAFailedPartRetriedThenCompleted() throws Exception {
        Path large = largeVideo("large.mp4");
        browser.get(web.uri().toString());
        // The first PUT of part 2 fails as a dropped connection does (the request's error event, nothing sent);
        // the page must send that part again. Page-level, so no network interception stalls the other requests.
        browser.executeScript("window.partTwoAttempts = 0;"
                + "const open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;"
                + "XMLHttpRequest.prototype.open = function (method, url) { this.partTwo = /[?&]partNumber=2&/.test(url);"
                + "  return open.apply(this, arguments); };"
                + "XMLHttpRequest.prototype.send = function () {"
                + "  if (this.partTwo && ++window.partTwoAttempts === 1) { setTimeout(() => this.onerror(), 10); return; }"
                + "  return send.apply(this, arguments); };");
        browser.findElement(By.id("file")).sendKeys(large.toString());
        browser.findElement(By.id("upload")).click();

        wait(Duration.ofSeconds(60)).until(d -> "100".equals(d.findElement(By.id("progress")).getDomProperty("value")));
        // the object exists only once the page completed the multipart upload with the parts' ETags
        wait(Duration.ofSeconds(60)).until(d -> {
            String state = status(d).getDomAttribute("data-status");
            return "INGEST".equals(state) || "COMPLETE".equals(state);
        });
        long partTwoAttempts = (Long) browser.executeScript("return window.partTwoAttempts");
        assertEquals(2, partTwoAttempts, "part 2 was not retried exactly once");
        assertTrue(status(browser).getText().contains("large.mp4"), status(browser).getText());
    }

    @Test
    void cancel_duringMultipartUpload_abortsAndNoWorkflowStarts() throws Exception {
        Path large = largeVideo("cancelled.mp4");
        browser.setNetworkConditions(new ChromiumNetworkConditions().setUploadThroughput(256 * 1024));
        try {
            browser.get(web.uri().toString());
            browser.findElement(By.id("file")).sendKeys(large.toString());
            browser.findElement(By.id("upload")).click();
            wait(Duration.ofSeconds(20)).until(d -> "UPLOADING".equals(status(d).getDomAttribute("data-status")));
            browser.findElement(By.id("cancel")).click();

            wait(Duration.ofSeconds(10)).until(d -> "CANCELLED".equals(status(d).getDomAttribute("data-status")));
        } finally {
            browser.deleteNetworkConditions();
        }
        wait(Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#videos li.selected[data-status=CANCELLED]"))
                .isEmpty());
        Thread.sleep(2_000); // the emulator polls every 50 ms: a completed object would have started a workflow
        assertEquals("CANCELLED", browser.findElement(By.cssSelector("#videos li.selected")).getDomAttribute("data-status"));
        assertEquals("CANCELLED", status(browser).getDomAttribute("data-status"));
        assertTrue(Integer.parseInt(browser.findElement(By.id("progress")).getDomProperty("value")) < 100);
    }

    /** A 4-second video of about 10 MB: over the multipart threshold, two 8 MiB parts. */
    private static Path largeVideo(String name) throws Exception {
        Path large = files.resolve(name);
        Process ffmpeg = new ProcessBuilder("ffmpeg", "-v", "error", "-nostdin", "-y", "-f", "lavfi", "-i",
                "testsrc=size=320x180:rate=25", "-t", "4", "-c:v", "libx264", "-preset", "ultrafast", "-b:v", "20M",
                "-maxrate", "20M", "-bufsize", "20M", "-x264-params", "nal-hrd=cbr", large.toString())
                .inheritIO().start();
        assertEquals(0, ffmpeg.waitFor());
        assertTrue(Files.size(large) > MULTIPART_THRESHOLD + 2L * 1024 * 1024, "only " + Files.size(large) + " bytes");
        return large;
    }

    private static WebElement status(org.openqa.selenium.WebDriver driver) {
        return driver.findElement(By.id("status"));
    }

    private static WebDriverWait wait(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(browser, timeout, Duration.ofMillis(100));
        wait.withMessage(() -> "page status: " + browser.findElement(By.id("status")).getText() + "; player: "
                + browser.executeScript("const p = document.getElementById('player'); return JSON.stringify({src:"
                        + " p.currentSrc, time: p.currentTime, ready: p.readyState, network: p.networkState, error:"
                        + " p.error && (p.error.code + ' ' + p.error.message), note:"
                        + " document.getElementById('player-note').textContent})")
                + "; console: " + browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll());
        return wait;
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : -1;
    }

    private static HttpResponse<String> get(HttpClient http, URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
