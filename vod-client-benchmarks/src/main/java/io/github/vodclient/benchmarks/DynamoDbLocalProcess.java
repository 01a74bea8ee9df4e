package io.github.vodclient.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * DynamoDB Local (in memory) in a SEPARATE PROCESS, started from the jars Maven copied into
 * {@code target/dynamodb-local/}. Its licence forbids compiling it into our programs, so nothing here imports its
 * classes: we only run its main class with {@code java -cp}. Clients reach it on 127.0.0.1 (DynamoDB Local has no
 * option to choose the address it listens on; the port is a free one picked at start).
 */
public final class DynamoDbLocalProcess implements AutoCloseable {
    /** The main class of DynamoDB Local 3.x (package {@code software.amazon.dynamodb}, not the old com.amazonaws). */
    static final String MAIN_CLASS = "software.amazon.dynamodb.services.local.main.ServerRunner";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final URI endpoint;

    private DynamoDbLocalProcess(Process process, int port) {
        this.process = process;
        this.endpoint = URI.create("http://127.0.0.1:" + port);
    }

    /** Starts it on a free port and waits until it listens. @return the running server */
    public static DynamoDbLocalProcess start() {
        Path libs = libraries();
        int port = freePort();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", libs.resolve("*").toString(), MAIN_CLASS,
                "-inMemory", "-port", Integer.toString(port), "-disableTelemetry");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(libs.resolveSibling("dynamodb-local.log").toFile()).start();
            DynamoDbLocalProcess local = new DynamoDbLocalProcess(process, port);
            local.awaitPort(port);
            return local;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start DynamoDB Local from " + libs, e);
        }
    }

    /** @return where clients reach it */
    public URI endpoint() {
        return endpoint;
    }

    /** Waits until the server accepts connections (polls the port; fails when the process exits or times out). */
    private void awaitPort(int port) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("DynamoDB Local exited with " + process.exitValue()
                        + "; see target/dynamodb-local.log");
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                Thread.onSpinWait();
            }
        }
        close();
        throw new IllegalStateException("DynamoDB Local did not listen on port " + port + " within " + START_TIMEOUT);
    }

    /** {@code -Dvod.bench.dynamodbLocal=DIR}, else {@code dynamodb-local/} next to benchmarks.jar. */
    private static Path libraries() {
        String configured = System.getProperty("vod.bench.dynamodbLocal");
        Path dir;
        if (configured != null) {
            dir = Path.of(configured);
        } else {
            try {
                Path jar = Path.of(DynamoDbLocalProcess.class.getProtectionDomain().getCodeSource().getLocation()
                        .toURI());
                // target/benchmarks.jar or target/classes: both have target/dynamodb-local as a sibling
                dir = jar.resolveSibling("dynamodb-local");
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no DynamoDB Local in " + dir + ": build with ./mvnw -P benchmarks "
                    + "-DskipTests package, or set -Dvod.bench.dynamodbLocal=DIR");
        }
        return dir;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
