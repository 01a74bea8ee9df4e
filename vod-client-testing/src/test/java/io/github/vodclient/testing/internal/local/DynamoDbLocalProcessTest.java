package io.github.vodclient.testing.internal.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher outside a stack, as the benchmarks use it (the stack's own use is covered by its tests). */
class DynamoDbLocalProcessTest {

    @AfterEach
    void clearProperties() {
        System.clearProperty(DynamoDbLocalJars.DIRECTORY_PROPERTY);
    }

    @Test
    void start_jarsFound_listensOnLoopbackAndCloseEndsItAndDeletesItsDirectory() throws Exception {
        // Linux shows a process's working directory as /proc/<pid>/cwd: the temporary directory start() made
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs /proc to see the child's working directory");
        DynamoDbLocalProcess local = DynamoDbLocalProcess.start();
        Path directory;
        try {
            URI endpoint = local.endpoint();
            assertEquals("127.0.0.1", endpoint.getHost());
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 2_000);
            }
            directory = Files.readSymbolicLink(Path.of("/proc", Long.toString(local.processHandle().pid()), "cwd"));
            assertTrue(Files.isDirectory(directory), directory.toString());
        } finally {
            local.close();
        }

        local.processHandle().onExit().get(10, TimeUnit.SECONDS);
        assertFalse(local.processHandle().isAlive());
        assertFalse(Files.exists(directory), directory + " was left behind");
    }

    @Test
    void start_namedDirectoryWithoutIt_throwsNamingTheDirectory(@TempDir Path empty) throws IOException {
        System.setProperty(DynamoDbLocalJars.DIRECTORY_PROPERTY, empty.toString());

        IllegalStateException e = assertThrows(IllegalStateException.class, DynamoDbLocalProcess::start);

        assertTrue(e.getMessage().contains("DynamoDB Local is not in " + empty.toAbsolutePath()), e.getMessage());
    }
}
