package io.github.vodclient.examples.web;

import com.sun.net.httpserver.HttpExchange;
import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.examples.jdbc.Video;
import io.github.vodclient.playback.VodPlayback.SigningOptions;
import io.github.vodclient.playback.VodPlayback;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Private playback for the page: the outputs are served only with a CloudFront signature, so the server hands the
 * browser signed playlists. {@code GET /play/<videoId>.m3u8} answers the job's master playlist with each variant pointing
 * back here, and {@code GET /play/<videoId>/<variant>.m3u8} answers that media playlist with every segment URI
 * signed (one custom policy for the job's folder). This works with native HLS players, where signed cookies would
 * need the distribution on a subdomain of the site. Thumbnails are signed URLs.
 */
final class PrivatePlayback {
    static final String PATH = "/play/";
    /** One path segment naming a media playlist of the job's {@code hls/} folder, as the master references it. */
    private static final Pattern VARIANT = Pattern.compile("[A-Za-z0-9%._~()!$&'*+,;=:@-]+\\.m3u8");
    private static final String M3U8 = ".m3u8";
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(10);

    private final VodPlayback signer;
    private final WebVideos videos;
    private final HttpClient http;
    private final boolean renditions;

    /**
     * @param renditions whether the pipeline produces outputs at all (without ffmpeg the URLs point at nothing)
     */
    PrivatePlayback(VodPlayback signer, WebVideos videos, HttpClient http, boolean renditions) {
        this.signer = Objects.requireNonNull(signer, "signer");
        this.videos = Objects.requireNonNull(videos, "videos");
        this.http = Objects.requireNonNull(http, "http");
        this.renditions = renditions;
    }

    /** A file name in the job's {@code hls/} folder: no path, encoded or not, may lead out of it. */
    private static boolean isVariantName(String rawSegment) {
        if (!VARIANT.matcher(rawSegment).matches()) {
            return false;
        }
        String name;
        try {
            name = URLDecoder.decode(rawSegment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedEscape) {
            return false;
        }
        return !name.contains("/") && !name.contains("\\") && !name.startsWith(".");
    }

    /** Where the page plays the video. */
    static String masterPath(String videoId) {
        return PATH + videoId + M3U8;
    }

    /** Whether the page can play this video: complete, with an HLS rendition that exists. */
    boolean playable(Video video) {
        return renditions && video.status() == EncodingStatus.COMPLETE && video.hlsUrl().isPresent();
    }

    /** The thumbnail's signed URL, when the video has one and it exists. */
    Optional<URI> thumbnail(Video video) {
        return renditions ? video.thumbnailUrl().map(url -> signer.signUrl(url, SigningOptions.defaults()).url())
                : Optional.empty();
    }

    void handle(HttpExchange exchange) throws IOException {
        // /play/<id>.m3u8 (the master) or /play/<id>/<variant>.m3u8: Chromium plays HLS natively only from a URL
        // whose path ends in .m3u8
        String[] path = exchange.getRequestURI().getRawPath().substring(PATH.length()).split("/", -1);
        boolean isMaster = path.length == 1 && path[0].endsWith(M3U8);
        String videoId = isMaster ? path[0].substring(0, path[0].length() - M3U8.length()) : path[0];
        Optional<Video> video = videos.find(videoId).filter(this::playable);
        if (!exchange.getRequestMethod().equals("GET") || video.isEmpty()
                || !(isMaster || (path.length == 2 && isVariantName(path[1])))) {
            WebServer.text(exchange, 404, "no such playlist");
            return;
        }
        URI master = video.get().hlsUrl().orElseThrow();
        URI playlistUrl = isMaster ? master : master.resolve(path[1]);
        Optional<String> text = fetch(playlistUrl);
        if (text.isEmpty()) {
            WebServer.text(exchange, 502, "the output server did not answer the playlist");
            return;
        }
        String signed;
        if (isMaster) {
            String self = PATH + videoId + "/";
            signed = signer.signPlaylist(playlistUrl, text.get(), SigningOptions.defaults(),
                    variant -> URI.create(self + variant.getRawPath().substring(variant.getRawPath().lastIndexOf('/') + 1)))
                    .content();
        } else {
            signed = signer.signPlaylist(playlistUrl, text.get(), SigningOptions.defaults()).content();
        }
        byte[] body = signed.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/vnd.apple.mpegurl");
        // Holds signatures: the viewer's own, never a shared cache's, and re-fetched well before they expire.
        exchange.getResponseHeaders().set("Cache-Control", "private, max-age=60");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** The playlist as the distribution serves it, fetched with a signed URL. */
    private Optional<String> fetch(URI url) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    signer.signUrl(url, SigningOptions.defaults()).url()).timeout(FETCH_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
