package io.github.vodclient.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local HTTP endpoint on 127.0.0.1 standing in for the SNS query API: records every request and answers
 * {@code ConfirmSubscription} with a subscription ARN.
 */
public final class LocalSns implements AutoCloseable {

    /** One request as received. */
    public record Request(String method, String path, String authorization, String body) {
    }

    public static final String SUBSCRIPTION_ARN = "arn:aws:sns:us-west-2:131990247566:dongie-standard-topic:"
            + "b24e11a2-06bd-4e73-aa29-0ed2de3b41b5";

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public LocalSns() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders().getFirst("Authorization"), body));
            byte[] response = ("<ConfirmSubscriptionResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\">"
                    + "<ConfirmSubscriptionResult><SubscriptionArn>" + SUBSCRIPTION_ARN + "</SubscriptionArn>"
                    + "</ConfirmSubscriptionResult><ResponseMetadata><RequestId>7a3c1f0e-1111-2222-3333-"
                    + "444455556666</RequestId></ResponseMetadata></ConfirmSubscriptionResponse>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/xml");
            exchange.sendResponseHeaders(200, response.length);
            exchange.getResponseBody().write(response);
            exchange.close();
        });
        server.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
