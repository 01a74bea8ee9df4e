package io.github.vodclient.examples.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDK's HTTP server with the application's routes: the page (three files from this package's resources), its
 * configuration, the upload API, the status stream and the playlists. Listens on 127.0.0.1 only.
 */
final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final String RESOURCES = "/io/github/vodclient/examples/web/";
    private static final Map<String, String> PAGE_FILES = Map.of("/", "index.html", "/app.css", "app.css",
            "/app.js", "app.js");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8");

    private final HttpServer server;
    private final ExecutorService executor;

    private WebServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * @param contentSecurityPolicy the page's policy, naming the S3 and output origins it talks to
     * @param config the page's configuration as JSON, computed per request
     */
    static WebServer start(int port, String contentSecurityPolicy, Supplier<String> config, UploadHandler uploads,
            StatusStream status, PrivatePlayback playback) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        // One thread per open status stream plus the requests: a cached pool, daemon threads.
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "vod-web");
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/", guarded(exchange -> page(exchange, contentSecurityPolicy)));
        server.createContext("/api/config", guarded(exchange -> json(exchange, 200, config.get())));
        server.createContext(UploadHandler.PATH, guarded(uploads::handle));
        server.createContext(StatusStream.PATH, guarded(status::handle));
        server.createContext(PrivatePlayback.PATH, guarded(playback::handle));
        server.setExecutor(executor);
        server.start();
        return new WebServer(server, executor);
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Answers 500 (and logs) what a handler did not expect, so the page always gets an answer. */
    private static HttpHandler guarded(HttpHandler handler) {
        return exchange -> {
            try (exchange) {
                handler.handle(exchange);
            } catch (RuntimeException e) {
                LOG.warn("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), e);
                try {
                    text(exchange, 500, "internal error: " + e.getClass().getSimpleName());
                } catch (IOException | RuntimeException ignored) {
                    // the response had already started
                }
            }
        };
    }

    private static void page(HttpExchange exchange, String contentSecurityPolicy) throws IOException {
        String file = PAGE_FILES.get(exchange.getRequestURI().getPath());
        if (file == null || !exchange.getRequestMethod().equals("GET")) {
            text(exchange, 404, "not found");
            return;
        }
        byte[] body;
        try (InputStream in = WebServer.class.getResourceAsStream(RESOURCES + file)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCES + file + " is missing from the classpath");
            }
            body = in.readAllBytes();
        }
        exchange.getResponseHeaders().set("Content-Type", TYPES.get(file.substring(file.lastIndexOf('.') + 1)));
        exchange.getResponseHeaders().set("Content-Security-Policy", contentSecurityPolicy);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        send(exchange, 200, body);
    }

    /** Reads a request body of at most {@link WebJson#MAX_REQUEST_BYTES}. */
    static byte[] body(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readNBytes(WebJson.MAX_REQUEST_BYTES + 1);
        if (body.length > WebJson.MAX_REQUEST_BYTES) {
            throw new IllegalArgumentException("the request body is over " + WebJson.MAX_REQUEST_BYTES + " bytes");
        }
        return body;
    }

    static void json(HttpExchange exchange, int status, String json) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, status, json.getBytes(StandardCharsets.UTF_8));
    }

    static void text(HttpExchange exchange, int status, String text) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        send(exchange, status, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
