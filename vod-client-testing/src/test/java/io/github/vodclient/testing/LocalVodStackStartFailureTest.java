package io.github.vodclient.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.testing.internal.local.DynamoDbLocalProcess;
import io.github.vodclient.testing.internal.local.LocalS3;
import io.github.vodclient.testing.internal.local.StackStarter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up that fails part-way, with an {@link Error} as {@code vod local} once did, or because DynamoDB Local is not
 * where it was said to be: every part already started is stopped (no orphaned server JVM) and the caller gets the
 * error, or a typed {@link LocalVodStack.StartException} naming the problem.
 */
class LocalVodStackStartFailureTest {
    private final List<ProcessHandle> serverProcesses = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        serverProcesses.forEach(ProcessHandle::destroyForcibly);
    }

    /** Fails after the part of that class name (the pipeline's parts are not visible here). */
    private StackStarter.PartStarted failAfter(String failingPart, Error error) {
        return part -> {
            if (part instanceof DynamoDbLocalProcess dynamoDb) {
                serverProcesses.add(dynamoDb.processHandle());
            }
            if (part instanceof LocalS3 s3) {
                serverProcesses.add(s3.processHandle());
            }
            if (part.getClass().getSimpleName().equals(failingPart)) {
                throw error;
            }
        };
    }

    @Test
    void start_errorAfterDynamoDbLocalStarted_serverProcessesEndAndErrorIsRethrown() throws Exception {
        long directoriesBefore = stackDirectories();
        NoClassDefFoundError injected = new NoClassDefFoundError("org/example/Injected");

        NoClassDefFoundError thrown = assertThrows(NoClassDefFoundError.class, () -> LocalVodStack.builder()
                .useFfmpeg(false).useFfprobe(false).start(failAfter("DynamoDbLocalProcess", injected)));

        assertSame(injected, thrown);
        assertEquals(1, serverProcesses.size());
        assertNoServerProcessLeft();
        assertEquals(directoriesBefore, stackDirectories(), "the stack's temporary directory is deleted");
    }

    @Test
    void start_errorWhileStartingThePipeline_bothServerProcessesEnd() throws Exception {
        NoClassDefFoundError injected = new NoClassDefFoundError("org/example/Injected");

        assertThrows(NoClassDefFoundError.class, () -> LocalVodStack.builder().useFfmpeg(false).useFfprobe(false)
                .start(failAfter("SourceBucketWatcher", injected)));

        assertEquals(2, serverProcesses.size(), "DynamoDB Local and S3Proxy both ran");
        serverProcesses.forEach(LocalVodStackStartFailureTest::assertProcessEnds);
        assertNoServerProcessLeft();
    }

    @Test
    void start_dynamoDbLocalDirectoryWithoutIt_throwsStartExceptionNamingTheDirectoryAndLeavesNoProcess(
            @TempDir Path empty) throws Exception {
        long directoriesBefore = stackDirectories();

        LocalVodStack.StartException thrown = assertThrows(LocalVodStack.StartException.class,
                () -> LocalVodStack.builder().useFfmpeg(false).useFfprobe(false).dynamoDbLocalDirectory(empty)
                        .start());

        assertTrue(thrown.getMessage().contains("DynamoDB Local is not in " + empty.toAbsolutePath()),
                thrown.getMessage());
        assertNoServerProcessLeft();
        assertEquals(directoriesBefore, stackDirectories(), "no stack directory is left");
    }

    /** No JVM started by this one (the servers' {@code java}) is still running. */
    private static void assertNoServerProcessLeft() throws Exception {
        for (ProcessHandle child : ProcessHandle.current().children().toList()) {
            if (child.info().command().orElse("").endsWith("java")) {
                assertProcessEnds(child);
            }
        }
    }

    private static void assertProcessEnds(ProcessHandle process) {
        try {
            // close() waits for the process; allow a little time for the OS to reap it
            process.onExit().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("server process " + process.pid() + " did not end", e);
        }
        assertFalse(process.isAlive(), "server process " + process.pid() + " is still running");
    }

    private static long stackDirectories() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("vod-local-stack")).count();
        }
    }
}
