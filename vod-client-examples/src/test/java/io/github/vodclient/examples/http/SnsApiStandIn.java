package io.github.vodclient.examples.http;

import com.sun.net.httpserver.HttpServer;
import io.github.vodclient.testing.SnsTestMessages;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The SNS query API on 127.0.0.1: answers {@code ConfirmSubscription} and records every request, including any to
 * {@link #subscribeUrl()}, which a correct endpoint never fetches.
 */
final class SnsApiStandIn implements AutoCloseable {
    static final String SUBSCRIPTION_ARN = SnsTestMessages.DEFAULT_TOPIC_ARN + ":b24e11a2-06bd-4e73-aa29-0ed2de3b41b5";

    /** One request as received. */
    record Request(String method, String path, String body) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    SnsApiStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), body));
                byte[] answer = ("<ConfirmSubscriptionResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\">"
                        + "<ConfirmSubscriptionResult><SubscriptionArn>" + SUBSCRIPTION_ARN + "</SubscriptionArn>"
                        + "</ConfirmSubscriptionResult><ResponseMetadata><RequestId>7a3c1f0e-0000-0000-0000-"
                        + "000000000000</RequestId></ResponseMetadata></ConfirmSubscriptionResponse>")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/xml");
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
            }
        });
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** A SubscribeURL pointing here, to catch an endpoint that fetches it. */
    URI subscribeUrl() {
        return endpoint().resolve("/subscribe-url-must-not-be-fetched");
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
