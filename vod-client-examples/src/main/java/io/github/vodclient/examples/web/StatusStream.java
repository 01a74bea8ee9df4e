package io.github.vodclient.examples.web;

import com.sun.net.httpserver.HttpExchange;
import io.github.vodclient.examples.jdbc.Video;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * {@code GET /api/events}: the videos' statuses as Server-Sent Events. A new page gets every video, then each video
 * again whenever it changes ({@code event: video}, the video as JSON). Changes are queued per page and written by
 * that page's own request thread, so a slow browser never holds up the thread that handles the pipeline's events.
 */
final class StatusStream {
    static final String PATH = "/api/events";
    /** A comment line this often keeps proxies from closing the stream and finds pages that went away. */
    private static final long HEARTBEAT_SECONDS = 15;

    private final WebVideos videos;
    private final Function<Video, String> json;
    private final Set<BlockingQueue<String>> pages = ConcurrentHashMap.newKeySet();

    StatusStream(WebVideos videos, Function<Video, String> json) {
        this.videos = Objects.requireNonNull(videos, "videos");
        this.json = Objects.requireNonNull(json, "json");
        videos.onChange(this::publish);
    }

    private void publish(String videoId) {
        videos.find(videoId).map(this::event).ifPresent(event -> pages.forEach(page -> page.offer(event)));
    }

    private String event(Video video) {
        return "event: video\ndata: " + json.apply(video) + "\n\n";
    }

    void handle(HttpExchange exchange) throws IOException {
        BlockingQueue<String> page = new LinkedBlockingQueue<>();
        pages.add(page);
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            List<Video> all = videos.all();
            for (int i = all.size() - 1; i >= 0; i--) { // oldest first, as they happened
                out.write(event(all.get(i)).getBytes(StandardCharsets.UTF_8));
            }
            out.flush();
            while (true) {
                String event = page.poll(HEARTBEAT_SECONDS, TimeUnit.SECONDS);
                out.write((event != null ? event : ": still here\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the server is stopping
        } catch (IOException e) {
            // the page went away
        } finally {
            pages.remove(page);
        }
    }
}
