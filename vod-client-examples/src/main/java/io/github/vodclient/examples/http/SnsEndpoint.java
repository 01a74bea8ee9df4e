package io.github.vodclient.examples.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.vodclient.DeliveryResult;
import io.github.vodclient.VodClient;
import io.github.vodclient.event.VodEventParser;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP(S) endpoint subscribed to the pipeline's SNS topic: verifies each POST, confirms the subscription, and
 * applies events to the application's videos.
 *
 * <p>Status codes tell SNS what to do; the library's {@link DeliveryResult#httpStatus()} decides them: 200 when handled
 * (also for an event about an unknown video, which is reported, not retried); 400 for a body that is not an SNS
 * message and 403 for one that does not verify (neither is retried); 503 when the signing certificate cannot be
 * fetched and 500 when handling fails, so that SNS delivers again. This endpoint adds 405 for a method other than
 * POST and 413 for a body over the size limit. Responses are short fixed texts: the reason goes to the log, never
 * to the caller.
 *
 * <p>Bodies are bounded: a declared {@code Content-Length} over {@link #MAX_BODY_BYTES} is answered 413 before
 * anything is read, and a body must arrive within the read timeout or the client is disconnected. Thread-safe.
 */
public final class SnsEndpoint implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(SnsEndpoint.class);
    /** The largest body read: the library's input limit. A larger declared body is refused before reading. */
    public static final int MAX_BODY_BYTES = VodEventParser.DEFAULT_MAX_INPUT_BYTES;
    /** How long a body may take to arrive by default; SNS sends a few KB at once. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);

    private final VodClient vod;
    private final Duration readTimeout;

    /**
     * Creates the endpoint with the {@linkplain #DEFAULT_READ_TIMEOUT default read timeout}.
     *
     * @param vod the client, configured with the topic and the video repository; owned by the caller
     */
    public SnsEndpoint(VodClient vod) {
        this(vod, DEFAULT_READ_TIMEOUT);
    }

    /**
     * Creates the endpoint.
     *
     * @param vod the client, configured with the topic and the video repository; owned by the caller
     * @param readTimeout how long a request's body may take to arrive; a client still sending after that is
     *     disconnected, so that slow clients cannot hold the server's threads
     */
    public SnsEndpoint(VodClient vod, Duration readTimeout) {
        this.vod = Objects.requireNonNull(vod, "vod");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("readTimeout must be positive, was " + readTimeout);
        }
        this.readTimeout = readTimeout;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.getResponseHeaders().set("Allow", "POST");
                respond(exchange, 405, "method not allowed");
                return;
            }
            if (declaredLength(exchange) > MAX_BODY_BYTES) {
                respond(exchange, 413, "too large");
                return;
            }
            byte[] body = readBody(exchange);
            if (body == null) {
                return;
            }
            if (body.length > MAX_BODY_BYTES) {
                respond(exchange, 413, "too large");
                return;
            }
            DeliveryResult result = handled(body);
            respond(exchange, result.httpStatus(), result.httpBody());
        }
    }

    private static long declaredLength(HttpExchange exchange) {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1; // the JDK server has already refused a malformed length; chunked bodies have none
        }
    }

    /**
     * Reads the raw body (verification needs the bytes exactly as received), at most one byte over the limit, within
     * the read timeout; {@code null} when the client was disconnected for being too slow.
     */
    private byte[] readBody(HttpExchange exchange) throws IOException {
        // The JDK server has no read timeout: when the deadline passes, closing the exchange before a response was
        // started closes the connection, which ends the blocked read. The delayed executor needs no thread of ours.
        CompletableFuture<Void> deadline = CompletableFuture.runAsync(exchange::close,
                CompletableFuture.delayedExecutor(readTimeout.toMillis(), TimeUnit.MILLISECONDS));
        try {
            return exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            if (deadline.isDone()) {
                LOG.warn("disconnected a client whose request body did not arrive within {}", readTimeout);
                return null;
            }
            throw e;
        } finally {
            deadline.cancel(false);
        }
    }

    private DeliveryResult handled(byte[] body) {
        DeliveryResult result = vod.handleHttpDelivery(body);
        if (result.failure().isEmpty()) {
            LOG.info("SNS {}", result.reason());
        } else if (result.httpStatus() == 500) {
            LOG.error("SNS delivery answered 500: {}", result.reason(), result.failure().get());
        } else {
            LOG.warn("SNS delivery answered {}: {}", result.httpStatus(), result.reason());
        }
        return result;
    }

    private static void respond(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = (text + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
