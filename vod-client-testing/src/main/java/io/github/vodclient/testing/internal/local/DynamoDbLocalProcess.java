package io.github.vodclient.testing.internal.local;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

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

    private DynamoDbLocalProcess(JavaServerProcess server) {
        this.server = server;
    }

    static DynamoDbLocalProcess start(String classPath, Path workingDirectory) throws IOException, InterruptedException {
        // it writes dynamodb-local-metadata.json into its working directory
        return new DynamoDbLocalProcess(JavaServerProcess.start("DynamoDB Local", classPath, MAIN_CLASS,
                port -> List.of("-inMemory", "-disableTelemetry", "-port", Integer.toString(port)),
                workingDirectory, workingDirectory.resolve("dynamodb-local.log"), START_TIMEOUT_MILLIS));
    }

    URI endpoint() {
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
    }
}
