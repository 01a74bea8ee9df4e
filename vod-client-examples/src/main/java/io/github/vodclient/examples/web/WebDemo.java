package io.github.vodclient.examples.web;

import io.github.vodclient.VodClient;
import io.github.vodclient.examples.jdbc.JdbcVideoRepository;
import io.github.vodclient.testing.LocalVodStack;
import io.github.vodclient.testing.PlaybackKeys;
import io.github.vodclient.playback.VodPlayback;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The reference web application on the local pipeline: a page where a user uploads a video straight to S3 (presigned
 * PUT, or multipart with parallel parts for large files), watches its status change live (Server-Sent Events fed by
 * {@link VodClient#handle} of the pipeline's events), and plays it privately (signed HLS playlists), with the list
 * of the user's videos. Videos are rows of the {@link JdbcVideoRepository} (H2 in memory here).
 *
 * <pre>{@code
 * try (LocalVodStack stack = LocalVodStack.builder().privateOutputs().start();
 *         WebDemo web = WebDemo.start(stack, WebSettings.defaults())) {
 *     System.out.println("open " + web.uri());
 *     // ... until the user is done
 * }
 * }</pre>
 *
 * <p>The page's elements have stable ids for tests and scripts: {@code #file}, {@code #upload}, {@code #progress},
 * {@code #status}, {@code #player}, {@code #thumbnail}, {@code #videos}. See {@code docs/web-demo.md}. Thread-safe.
 */
public final class WebDemo implements AutoCloseable {
    private final VodClient vod;
    private final WebServer server;

    private WebDemo(VodClient vod, WebServer server) {
        this.vod = vod;
        this.server = server;
    }

    /**
     * Starts the application on a running stack whose outputs are private.
     *
     * @param stack the local pipeline, started with {@code privateOutputs()}; owned by the caller
     * @param settings port and upload settings
     * @return the running application; close it before the stack
     * @throws IOException when the port cannot be bound
     * @throws IllegalArgumentException when the stack's outputs are public
     */
    public static WebDemo start(LocalVodStack stack, WebSettings settings) throws IOException {
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(settings, "settings");
        PlaybackKeys keys = stack.privateOutputs().orElseThrow(() -> new IllegalArgumentException(
                "the web demo plays privately: start the stack with LocalVodStack.builder().privateOutputs()"));
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:vod-web-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL");
        JdbcVideoRepository table = new JdbcVideoRepository(dataSource, Clock.systemUTC());
        table.createSchema();
        WebVideos videos = new WebVideos(table);
        VodClient vod = stack.vodClientBuilder().videoRepository(videos).build();
        try {
            stack.subscribe(delivery -> vod.handle(delivery));
            VodPlayback signer = keys.playbackBuilder().build();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            PrivatePlayback playback = new PrivatePlayback(signer, videos, http, stack.renditionsProduced());
            VideoJson json = new VideoJson(videos, playback);
            WebServer server = WebServer.start(settings.port(), contentSecurityPolicy(stack), () -> config(stack,
                    settings), new UploadHandler(vod.uploads(), videos, settings), new StatusStream(videos,
                    json::write), playback);
            return new WebDemo(vod, server);
        } catch (IOException | RuntimeException e) {
            vod.close();
            throw e;
        }
    }

    /**
     * Where the page is.
     *
     * @return for example {@code http://127.0.0.1:41234/}
     */
    public URI uri() {
        return server.uri();
    }

    /** Stops the server and closes the client; the stack keeps running. */
    @Override
    public void close() {
        server.close();
        vod.close();
    }

    /** Scripts from this server only; uploads to the S3 endpoint; images and media from the output server. */
    private static String contentSecurityPolicy(LocalVodStack stack) {
        String s3 = origin(stack.s3Endpoint());
        String outputs = stack.renditionsProduced() ? " http://" + stack.cloudFrontDomain() : "";
        return "default-src 'self'; connect-src 'self' " + s3 + "; img-src 'self' data:" + outputs
                + "; media-src 'self' blob:" + outputs + "; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static String config(LocalVodStack stack, WebSettings settings) {
        return WebJson.write(g -> {
            g.writeStartObject();
            g.writeBooleanField("renditions", stack.renditionsProduced());
            g.writeStringField("mediaInfoTool", stack.mediaInfoTool());
            g.writeNumberField("multipartThreshold", settings.multipartThreshold());
            g.writeNumberField("maxUploadBytes", settings.maxUploadBytes());
            g.writeEndObject();
        });
    }

    /**
     * Starts the local pipeline with private outputs and the application, prints the page's address, and serves
     * until Ctrl-C: {@code [PORT]} (default: a free port).
     *
     * @param args an optional port
     * @throws Exception when the stack or the server cannot start
     */
    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        System.err.println("Starting the local pipeline (S3Proxy, DynamoDB Local, pipeline emulator)...");
        try (LocalVodStack stack = LocalVodStack.builder().privateOutputs().start();
                WebDemo web = start(stack, WebSettings.defaults().withPort(port))) {
            if (!stack.renditionsProduced()) {
                System.err.println("ffmpeg is not installed: uploads complete, but nothing is transcoded or played.");
            }
            System.out.println("Open " + web.uri() + " (Ctrl-C stops)");
            System.out.flush();
            awaitShutdown();
        }
    }

    /** Blocks until the JVM is asked to stop (Ctrl-C). */
    static void awaitShutdown() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "vod-web-stop"));
        stopped.await();
    }
}
