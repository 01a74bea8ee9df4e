package io.github.vodclient.examples.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.VodClient;
import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.examples.testing.Samples;
import io.github.vodclient.examples.testing.TestVideos;
import io.github.vodclient.testing.SnsTestMessages.Published;
import io.github.vodclient.testing.SnsTestMessages;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Slow clients (one byte every second) neither block SNS's deliveries nor hold the server's threads for long. */
class SnsEndpointSlowClientsTest {
    private static final SnsTestMessages SNS = SnsTestMessages.create();
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);
    private static final int SLOW_BODIES = 10;
    private static final int SLOW_HEADERS = 4;

    private final TestVideos db = new TestVideos();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<Socket> slowClients = new ArrayList<>();
    private final ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void tearDown() throws IOException {
        trickle.shutdownNow();
        for (Socket socket : slowClients) {
            socket.close();
        }
    }

    private VodClient vod() {
        db.videos().create("v1", "My video", TestVideos.SAMPLE_KEY);
        return VodClient.builder().allowedTopicArn(SNS.topicArn()).certificateSource(SNS.certificateSource())
                .videoRepository(db.videos()).build();
    }

    /** Connects and sends {@code start}, then one more byte of {@code rest} every second. */
    private Socket slowClient(URI uri, String start, String rest) throws IOException {
        Socket socket = new Socket(uri.getHost(), uri.getPort());
        slowClients.add(socket);
        OutputStream out = socket.getOutputStream();
        out.write(start.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        byte[] bytes = rest.getBytes(StandardCharsets.US_ASCII);
        int[] next = {0};
        trickle.scheduleAtFixedRate(() -> {
            try {
                out.write(bytes[next[0]++ % bytes.length]);
                out.flush();
            } catch (IOException closed) {
                // the server disconnected this client
            }
        }, 1, 1, TimeUnit.SECONDS);
        return socket;
    }

    private static String headers(URI uri, long contentLength) {
        return "POST " + uri.getPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nContent-Type: text/plain\r\nContent-Length: " + contentLength + "\r\n\r\n";
    }

    @Test
    void post_whileManyClientsSendSlowly_validDeliveryHandledPromptlyAndSlowBodiesDisconnected() throws Exception {
        try (VodClient vod = vod();
             SnsEndpointServer server = SnsEndpointServer.start(vod,
                     new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), READ_TIMEOUT)) {
            URI uri = server.uri();
            List<Socket> slowBodies = new ArrayList<>();
            for (int i = 0; i < SLOW_BODIES; i++) {
                slowBodies.add(slowClient(uri, headers(uri, 5000), "x"));
            }
            for (int i = 0; i < SLOW_HEADERS; i++) {
                slowClient(uri, "POST /sns HTTP/1.1\r\n", "X-Slow: yes\r\n");
            }
            Thread.sleep(500); // every slow request has reached a server thread

            long started = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "text/plain").header("x-amz-sns-message-type", "Notification")
                    .POST(HttpRequest.BodyPublishers.ofString(SNS.notification(new Published(
                            "Workflow Status:: Ingest:: " + TestVideos.SAMPLE_GUID,
                            Samples.message("lambda-sns-ingest.json"))).httpBody()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertEquals(200, response.statusCode());
            assertTrue(took.compareTo(READ_TIMEOUT) < 0, "the delivery waited " + took);
            assertEquals(EncodingStatus.INGEST, db.videos().find("v1").orElseThrow().status());
            for (Socket slow : slowBodies) {
                assertTrue(disconnectedWithin(slow, READ_TIMEOUT.plusSeconds(3)), "a slow client is still connected");
            }
        }
    }

    @Test
    void post_declaredBodyOverTheLimit_413BeforeTheBodyIsSent() throws Exception {
        try (VodClient vod = vod();
             SnsEndpointServer server = SnsEndpointServer.start(vod,
                     new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), READ_TIMEOUT)) {
            URI uri = server.uri();
            try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
                socket.getOutputStream().write(headers(uri, SnsEndpoint.MAX_BODY_BYTES + 1L)
                        .getBytes(StandardCharsets.US_ASCII));
                socket.setSoTimeout(5000);

                String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);

                assertEquals("HTTP/1.1 413", status);
            }
        }
    }

    /** True when the server closes (or resets) the connection within the time: a read ends instead of timing out. */
    private static boolean disconnectedWithin(Socket socket, Duration time) throws IOException {
        socket.setSoTimeout((int) time.toMillis());
        InputStream in = socket.getInputStream();
        try {
            while (in.read() != -1) {
                // a response before closing is fine too
            }
            return true;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }
}
