package io.github.vodclient.examples.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Start-up that fails part-way, with an {@link Error} as {@code vod local} once did: every part already started is
 * stopped (no orphaned DynamoDB Local JVM) and the error reaches the caller unchanged.
 */
class LocalVodStackStartFailureTest {
    private final List<ProcessHandle> dynamoDbProcesses = new ArrayList<>();
    private final List<URI> s3Endpoints = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        dynamoDbProcesses.forEach(ProcessHandle::destroyForcibly);
    }

    private StackStarter.PartStarted failAfter(Class<?> failingPart, Error error) {
        return part -> {
            if (part instanceof DynamoDbLocalProcess dynamoDb) {
                dynamoDbProcesses.add(dynamoDb.processHandle());
            }
            if (part instanceof LocalS3 s3) {
                s3Endpoints.add(s3.endpoint());
            }
            if (failingPart.isInstance(part)) {
                throw error;
            }
        };
    }

    @Test
    void start_errorAfterDynamoDbLocalStarted_dynamoDbLocalProcessEndsAndErrorIsRethrown() throws Exception {
        long directoriesBefore = stackDirectories();
        NoClassDefFoundError injected = new NoClassDefFoundError("org/example/Injected");

        NoClassDefFoundError thrown = assertThrows(NoClassDefFoundError.class, () -> LocalVodStack.builder()
                .useFfmpeg(false).useFfprobe(false).start(failAfter(DynamoDbLocalProcess.class, injected)));

        assertSame(injected, thrown);
        assertEquals(1, dynamoDbProcesses.size());
        assertProcessEnds(dynamoDbProcesses.get(0));
        assertEquals(directoriesBefore, stackDirectories(), "the stack's temporary directory is deleted");
    }

    @Test
    void start_errorWhileStartingThePipeline_bothServersStop() throws Exception {
        NoClassDefFoundError injected = new NoClassDefFoundError("org/example/Injected");

        assertThrows(NoClassDefFoundError.class, () -> LocalVodStack.builder().useFfmpeg(false).useFfprobe(false)
                .start(failAfter(SourceBucketWatcher.class, injected)));

        assertEquals(1, dynamoDbProcesses.size());
        assertProcessEnds(dynamoDbProcesses.get(0));
        assertEquals(1, s3Endpoints.size());
        assertFalse(listening(s3Endpoints.get(0)), "S3 still listens on " + s3Endpoints.get(0));
    }

    private static void assertProcessEnds(ProcessHandle process) throws Exception {
        // close() waits for the process; allow a little time for the OS to reap it
        process.onExit().get(10, TimeUnit.SECONDS);
        assertFalse(process.isAlive(), "DynamoDB Local (pid " + process.pid() + ") is still running");
    }

    private static boolean listening(URI endpoint) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static long stackDirectories() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("vod-local-stack")).count();
        }
    }
}
