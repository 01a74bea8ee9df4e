package io.github.vodclient.examples.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.vodclient.DeliveryResult;
import io.github.vodclient.SnsVerificationException;
import io.github.vodclient.VodClient;
import io.github.vodclient.VodParseException;
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
 * <p>Status codes tell SNS what to do: 200 when handled (also for an event about an unknown video, which is
 * reported, not retried); 400 for a body that is not an SNS message and 403 for one that does not verify (neither
 * is retried); 503 when the signing certificate cannot be fetched and 500 when handling fails, so that SNS delivers
 * again. Responses are short fixed texts: the reason goes to the log, never to the caller. Thread-safe.
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
            Answer answer = answer(body);
            respond(exchange, answer.status(), answer.text());
        }
    }

    private Answer answer(byte[] body) {
        try {
            DeliveryResult result = vod.handleHttpDelivery(body);
            LOG.info("SNS {}: {}", result.type(), result.handled().map(h -> h.outcome().toString())
                    .or(result::subscriptionArn).orElse("done"));
            return new Answer(200, "ok");
        } catch (VodParseException e) {
            LOG.warn("rejected a body that is not an SNS message: {}", e.getMessage());
            return new Answer(400, "not an SNS message");
        } catch (SnsVerificationException e) {
            if (e.reason() == SnsVerificationException.Reason.CERTIFICATE_UNAVAILABLE) {
                LOG.warn("cannot verify an SNS delivery now, SNS will retry: {}", e.getMessage());
                return new Answer(503, "try again later");
            }
            LOG.warn("rejected an SNS delivery: {}: {}", e.reason(), e.getMessage());
            return new Answer(403, "forbidden");
        } catch (RuntimeException e) {
            LOG.error("handling an SNS delivery failed, SNS will retry", e);
            return new Answer(500, "internal error");
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

    private record Answer(int status, String text) {
    }
}
