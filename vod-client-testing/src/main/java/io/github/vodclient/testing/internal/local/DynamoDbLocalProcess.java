package io.github.vodclient.examples.local;

import java.io.File;
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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * DynamoDB Local in memory, run as a separate {@code java} process from the jars Maven downloaded into
 * {@code target/dynamodb-local}. Its licence forbids compiling it into or shipping it with our programs, so no class
 * of it is ever loaded here: it is a server we start, wait for, and kill. Its telemetry is off: the stack makes no
 * request beyond 127.0.0.1.
 */
final class DynamoDbLocalProcess implements AutoCloseable {
    /** The main class of DynamoDB Local 3.3.1 (the {@code Main-Class} of its jar). */
    static final String MAIN_CLASS = "software.amazon.dynamodb.services.local.main.ServerRunner";
    /** Where the build copies it, next to {@code vod.jar} and {@code classes/}. */
    static final String DIRECTORY_NAME = "dynamodb-local";
    private static final long START_TIMEOUT_MILLIS = 60_000;

    private final Process process;
    private final URI endpoint;

    private DynamoDbLocalProcess(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    static DynamoDbLocalProcess start(Path directory, Path log) throws IOException, InterruptedException {
        if (!Files.isDirectory(directory) || !containsDynamoDbLocal(directory)) {
            throw new IllegalStateException("DynamoDB Local is not in " + directory.toAbsolutePath()
                    + ": build it with './mvnw -B -q -DskipTests package' (the examples module copies it there), or"
                    + " point LocalVodStack.builder().dynamoDbLocalDirectory(...) or -D" + LocalVodStack.DIRECTORY_PROPERTY
                    + " at a directory holding DynamoDBLocal-*.jar and its libraries");
        }
        int port = freePort();
        Path javaCommand = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(List.of(javaCommand.toString(),
                "-Djava.library.path=" + directory.toAbsolutePath(),
                "-cp", directory.toAbsolutePath() + File.separator + "*",
                MAIN_CLASS, "-inMemory", "-disableTelemetry", "-port", Integer.toString(port)))
                .directory(log.getParent().toFile()) // it writes dynamodb-local-metadata.json into its working directory
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Process process = builder.start();
        try {
            DynamoDbLocalProcess local = new DynamoDbLocalProcess(process,
                    new URI("http", null, "127.0.0.1", port, null, null, null));
            local.awaitListening(port, log);
            return local;
        } catch (URISyntaxException e) {
            process.destroyForcibly();
            throw new IllegalStateException(e);
        } catch (Throwable e) {
            // Interrupted, or an Error while waiting: the caller never gets the process, so stop it here.
            process.destroyForcibly();
            throw e;
        }
    }

    private static boolean containsDynamoDbLocal(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("DynamoDBLocal-"));
        }
    }

    private void awaitListening(int port, Path log) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("DynamoDB Local exited with code " + process.exitValue()
                        + " before it listened; its output: " + tail(log));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                if (System.currentTimeMillis() > deadline) {
                    close();
                    throw new IllegalStateException("DynamoDB Local did not listen on port " + port + " within "
                            + START_TIMEOUT_MILLIS + " ms; its output: " + tail(log));
                }
                process.waitFor(50, TimeUnit.MILLISECONDS); // returns early if it dies
            }
        }
    }

    private static String tail(Path log) {
        try {
            String text = Files.readString(log);
            return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    URI endpoint() {
        return endpoint;
    }

    /** The server's process, to check that it has ended. */
    ProcessHandle processHandle() {
        return process.toHandle();
    }

    /** Kills the process and waits for it to end. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
