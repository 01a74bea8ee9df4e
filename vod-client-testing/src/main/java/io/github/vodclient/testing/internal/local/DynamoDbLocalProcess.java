package io.github.vodclient.testing.internal.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * DynamoDB Local in memory, run as a separate {@code java} process from jars found by {@link DynamoDbLocalJars}. Its
 * licence forbids compiling it into or shipping it with our programs, so no class of it is ever loaded here: it is a
 * server we start, wait for, and kill. Its telemetry is off: the stack makes no request beyond 127.0.0.1.
 */
public final class DynamoDbLocalProcess implements AutoCloseable {
    /** The main class of DynamoDB Local 3.3.1 (the {@code Main-Class} of its jar). */
    static final String MAIN_CLASS = "software.amazon.dynamodb.services.local.main.ServerRunner";
    private static final long START_TIMEOUT_MILLIS = 60_000;

    private final JavaServerProcess server;
    /** The temporary working directory {@link #start()} made, deleted on {@link #close()}. */
    private final Optional<Path> ownDirectory;

    private DynamoDbLocalProcess(JavaServerProcess server, Optional<Path> ownDirectory) {
        this.server = server;
        this.ownDirectory = ownDirectory;
    }

    /**
     * Starts DynamoDB Local on its own, outside a stack (the benchmarks use it so): its jars are found by
     * {@link DynamoDbLocalJars} as the stack finds them, it runs in a temporary directory deleted on {@link #close()}.
     *
     * @return the listening server
     * @throws IllegalStateException when DynamoDB Local is nowhere or did not start
     */
    public static DynamoDbLocalProcess start() {
        String classPath = DynamoDbLocalJars.classPath(Optional.empty());
        Path directory;
        try {
            directory = Files.createTempDirectory("vod-dynamodb-local");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new DynamoDbLocalProcess(server(classPath, directory), Optional.of(directory));
        } catch (IOException e) {
            StackResources.deleteRecursively(directory);
            throw new IllegalStateException("DynamoDB Local did not start: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            StackResources.deleteRecursively(directory);
            throw new IllegalStateException("interrupted while DynamoDB Local was starting", e);
        }
    }

    static DynamoDbLocalProcess start(String classPath, Path workingDirectory) throws IOException, InterruptedException {
        return new DynamoDbLocalProcess(server(classPath, workingDirectory), Optional.empty());
    }

    private static JavaServerProcess server(String classPath, Path workingDirectory)
            throws IOException, InterruptedException {
        // it writes dynamodb-local-metadata.json into its working directory
        return JavaServerProcess.start("DynamoDB Local", classPath, MAIN_CLASS,
                port -> List.of("-inMemory", "-disableTelemetry", "-port", Integer.toString(port)),
                workingDirectory, workingDirectory.resolve("dynamodb-local.log"), START_TIMEOUT_MILLIS);
    }

    /**
     * Where clients reach it.
     *
     * @return {@code http://127.0.0.1:<port>}
     */
    public URI endpoint() {
        return server.endpoint();
    }

    /**
     * The server's process, to check that it has ended.
     *
     * @return its handle
     */
    public ProcessHandle processHandle() {
        return server.processHandle();
    }

    /** Kills the process and waits for it to end. */
    @Override
    public void close() {
        server.close();
        ownDirectory.ifPresent(StackResources::deleteRecursively);
    }
}
