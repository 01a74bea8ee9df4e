package io.github.vodclient.examples.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.vodclient.HttpDeliveryAnswer;
import io.github.vodclient.VodClient;
import io.github.vodclient.event.VodEventParser;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP(S) endpoint subscribed to the pipeline's SNS topic: verifies each POST, confirms the subscription, and
 * applies events to the application's videos.
 *
 * <p>Status codes tell SNS what to do; the library's {@link HttpDeliveryAnswer} decides them: 200 when handled
 * (also for an event about an unknown video, which is reported, not retried); 400 for a body that is not an SNS
 * message and 403 for one that does not verify (neither is retried); 503 when the signing certificate cannot be
 * fetched and 500 when handling fails, so that SNS delivers again. This endpoint adds 405 for a method other than
 * POST and 413 for a body over the size limit. Responses are short fixed texts: the reason goes to the log, never
 * to the caller. Thread-safe.
 */
public final class SnsEndpoint implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(SnsEndpoint.class);
    private static final int MAX_BODY_BYTES = VodEventParser.DEFAULT_MAX_INPUT_BYTES;

    private final VodClient vod;

    /**
     * Creates the endpoint.
     *
     * @param vod the client, configured with the topic and the video repository; owned by the caller
     */
    public SnsEndpoint(VodClient vod) {
        this.vod = Objects.requireNonNull(vod, "vod");
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.getResponseHeaders().set("Allow", "POST");
                respond(exchange, 405, "method not allowed");
                return;
            }
            // Verification needs the raw bytes exactly as received; read at most one byte over the limit.
            byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                respond(exchange, 413, "too large");
                return;
            }
            HttpDeliveryAnswer answer = answer(body);
            respond(exchange, answer.status(), answer.body());
        }
    }

    private HttpDeliveryAnswer answer(byte[] body) {
        try {
            HttpDeliveryAnswer answer = HttpDeliveryAnswer.of(vod.handleHttpDelivery(body));
            LOG.info("SNS {}", answer.reason());
            return answer;
        } catch (RuntimeException e) {
            HttpDeliveryAnswer answer = HttpDeliveryAnswer.of(e);
            if (answer.status() == 500) {
                LOG.error("SNS delivery answered 500: {}", answer.reason(), e);
            } else {
                LOG.warn("SNS delivery answered {}: {}", answer.status(), answer.reason());
            }
            return answer;
        }
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
