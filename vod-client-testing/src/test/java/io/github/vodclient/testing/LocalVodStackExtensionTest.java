package io.github.vodclient.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The extension as JUnit runs it: the sample classes below are run by {@link EngineTestKit} (the build's own run
 * skips them: nested classes), and record the stacks they were given.
 */
class LocalVodStackExtensionTest {
    static final List<LocalVodStack> SEEN = new CopyOnWriteArrayList<>();
    static final LocalVodStackExtension SHARED = LocalVodStackExtension.perRun(b -> b.useFfmpeg(false)
            .useFfprobe(false).stackName("shared-run"));
    static Path missing;

    @ExtendWith(LocalVodStackExtension.class)
    static class PerClassSample {
        @BeforeAll
        static void beforeAll(LocalVodStack stack) {
            SEEN.add(stack);
        }

        @Test
        void first(LocalVodStack stack) {
            SEEN.add(stack);
        }

        @Test
        void second(LocalVodStack stack) {
            SEEN.add(stack);
        }
    }

    static class PerRunSampleA {
        @RegisterExtension
        static final LocalVodStackExtension STACK = SHARED;

        @Test
        void uses(LocalVodStack stack) {
            SEEN.add(stack);
        }
    }

    static class PerRunSampleB {
        @RegisterExtension
        static final LocalVodStackExtension STACK = SHARED;

        @Test
        void uses(LocalVodStack stack) {
            SEEN.add(stack);
        }
    }

    static class BrokenSample {
        @RegisterExtension
        static final LocalVodStackExtension STACK = LocalVodStackExtension.perClass(b -> b.useFfmpeg(false)
                .dynamoDbLocalDirectory(missing));

        @Test
        void uses(LocalVodStack stack) {
            SEEN.add(stack);
        }
    }

    @Test
    void perClass_twoTestsAndBeforeAll_shareOneStackClosedAfterTheClass() {
        SEEN.clear();

        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(PerClassSample.class)).execute()
                .testEvents();

        tests.assertStatistics(s -> s.started(2).succeeded(2));
        assertEquals(3, SEEN.size());
        assertTrue(SEEN.stream().allMatch(stack -> stack == SEEN.get(0)), "one stack for the class");
        assertFalse(listening(SEEN.get(0).s3Endpoint()), "the stack's S3 server stopped after the class");
        assertFalse(listening(SEEN.get(0).dynamoDbEndpoint()), "DynamoDB Local stopped after the class");
    }

    @Test
    void perRun_twoClassesRegisteringTheSameExtension_shareOneStackClosedAfterTheRun() {
        SEEN.clear();

        Events tests = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(PerRunSampleA.class), selectClass(PerRunSampleB.class)).execute().testEvents();

        tests.assertStatistics(s -> s.started(2).succeeded(2));
        assertEquals(2, SEEN.size());
        assertSame(SEEN.get(0), SEEN.get(1));
        assertEquals("shared-run", SEEN.get(0).tableName(), "the extension's configuration was applied");
        assertFalse(listening(SEEN.get(0).s3Endpoint()), "the stack stopped after the run");
    }

    @Test
    void resolveParameter_stackCannotStart_testFailsWithTheStartException() throws IOException {
        SEEN.clear();
        missing = Files.createTempDirectory("no-dynamodb-local");
        try {
            Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(BrokenSample.class)).execute()
                    .testEvents();

            tests.assertStatistics(s -> s.started(1).failed(1));
            Throwable failure = tests.failed().list().get(0).getPayload(
                    org.junit.platform.engine.TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
            assertInstanceOf(ParameterResolutionException.class, failure);
            assertInstanceOf(LocalVodStack.StartException.class, failure.getCause());
            assertTrue(failure.getCause().getMessage().contains("DynamoDB Local is not in"),
                    failure.getCause().getMessage());
            assertTrue(SEEN.isEmpty());
        } finally {
            Files.deleteIfExists(missing);
        }
    }

    private static boolean listening(URI endpoint) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
