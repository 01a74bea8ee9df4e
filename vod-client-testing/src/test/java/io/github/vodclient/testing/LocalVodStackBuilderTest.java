package io.github.vodclient.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

/** Builder checks (the error when DynamoDB Local is missing: {@link LocalVodStackStartFailureTest}). */
class LocalVodStackBuilderTest {

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
}
