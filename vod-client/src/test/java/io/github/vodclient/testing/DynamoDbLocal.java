package io.github.vodclient.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * A real DynamoDB (DynamoDB Local, in memory, server mode) on a free port; clients reach it on 127.0.0.1, so tests
 * exercise the library's own HTTP client path. Test scope only: DynamoDB Local's licence forbids shipping it with our code.
 */
public final class DynamoDbLocal implements AutoCloseable {
    private final DynamoDBProxyServer server;
    private final URI endpoint;

    private DynamoDbLocal(DynamoDBProxyServer server, int port) {
        this.server = server;
        this.endpoint = URI.create("http://127.0.0.1:" + port);
    }

    public static DynamoDbLocal start() {
        int port = freePort();
        try {
            DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(
                    new String[] {"-inMemory", "-port", Integer.toString(port)});
            server.start();
            return new DynamoDbLocal(server, port);
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not start on port " + port, e);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
