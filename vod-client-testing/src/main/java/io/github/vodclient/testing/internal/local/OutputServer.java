package io.github.vodclient.testing.internal.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the ffmpeg outputs over HTTP on 127.0.0.1, as CloudFront serves the destination bucket: GET and HEAD of
 * files under one directory, with CORS open so a browser player (hls.js) can load them. With private outputs it
 * answers 403 to every request that CloudFront would refuse (see {@link CloudFrontAccessRules}).
 */
final class OutputServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("m3u8", "application/vnd.apple.mpegurl",
            "ts", "video/mp2t", "jpg", "image/jpeg", "mp4", "video/mp4");

    private final HttpServer server;
    private final ExecutorService executor;
    private final Path root;
    private final Optional<CloudFrontAccessRules> access;

    private OutputServer(HttpServer server, ExecutorService executor, Path root,
            Optional<CloudFrontAccessRules> access) {
        this.server = server;
        this.executor = executor;
        this.root = root;
        this.access = access;
    }

    static OutputServer start(Path root) throws IOException {
        return start(root, Optional.empty());
    }

    static OutputServer start(Path root, Optional<PrivateOutputs> privateOutputs) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "local-vod-stack-outputs");
            thread.setDaemon(true);
            return thread;
        });
        OutputServer outputs = new OutputServer(server, executor, root.toAbsolutePath().normalize(),
                privateOutputs.map(CloudFrontAccessRules::new));
        server.createContext("/", outputs::serve);
        server.setExecutor(executor);
        server.start();
        return outputs;
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            if (access.isPresent() && refused(exchange)) {
                return;
            }
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath().replace("+", "%2B"),
                    StandardCharsets.UTF_8);
            Path file = root.resolve(path.replaceFirst("^/+", "")).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.') + 1);
            exchange.getResponseHeaders().add("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
            long size = Files.size(file);
            if (method.equals("HEAD")) {
                exchange.getResponseHeaders().add("Content-Length", Long.toString(size));
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, size == 0 ? -1 : size);
            try (OutputStream body = exchange.getResponseBody()) {
                Files.copy(file, body);
            }
        }
    }

    /** Answers 403 with CloudFront's reason when the request carries no valid signed URL or cookies. */
    private boolean refused(HttpExchange exchange) throws IOException {
        Optional<String> refusal = access.orElseThrow().refusal("http://127.0.0.1:" + port(),
                exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders().getFirst("Cookie"),
                exchange.getRemoteAddress().getAddress().getHostAddress(), Clock.systemUTC().instant());
        if (refusal.isEmpty()) {
            return false;
        }
        byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Message>" + refusal.get()
                + "</Message></Error>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/xml");
        exchange.sendResponseHeaders(403, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
        return true;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
