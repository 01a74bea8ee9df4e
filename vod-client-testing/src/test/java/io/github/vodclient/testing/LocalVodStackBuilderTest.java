package io.github.vodclient.examples.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;

/** Builder checks, and the error when DynamoDB Local is not where it should be. */
class LocalVodStackBuilderTest {

    @Test
    void start_dynamoDbLocalMissing_saysWhereItLookedAndHowToFixIt(@TempDir Path empty) throws Exception {
        long before = stackDirectories();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LocalVodStack.builder().dynamoDbLocalDirectory(empty).useFfmpeg(false).start());

        assertTrue(e.getMessage().startsWith("DynamoDB Local is not in " + empty.toAbsolutePath()), e.getMessage());
        assertTrue(e.getMessage().contains("./mvnw -B -q -DskipTests package"), e.getMessage());
        assertEquals(before, stackDirectories(), "the stack's temporary directory is deleted");
    }

    private static long stackDirectories() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("vod-local-stack")).count();
        }
    }

    @Test
    void start_builderChangedAfterStart_stackKeepsItsSettings() {
        LocalVodStack.Builder builder = LocalVodStack.builder().stackName("snapshot-a").useFfmpeg(false)
                .useFfprobe(false);

        try (LocalVodStack stack = builder.start()) {
            builder.stackName("snapshot-b").region(Region.EU_WEST_1).useFfprobe(true);

            assertEquals("snapshot-a", stack.tableName());
            assertEquals(Region.US_EAST_1, stack.region());
            assertEquals("metadata-extractor", stack.mediaInfoTool());
            assertTrue(stack.sourceBucket().startsWith("snapshot-a"), stack.sourceBucket());
        }
    }

    @Test
    void stackName_tooShort_isRefusedWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LocalVodStack.builder().stackName("ab"));

        assertTrue(e.getMessage().contains("'ab'"), e.getMessage());
    }

    @Test
    void pollInterval_zero_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> LocalVodStack.builder().pollInterval(Duration.ZERO));
    }

    @Test
    void defaultDirectory_nextToTheBuildOutput() {
        assertEquals(Path.of("target", "dynamodb-local").toAbsolutePath(),
                StackResources.defaultDynamoDbLocalDirectory().toAbsolutePath());
    }
}
