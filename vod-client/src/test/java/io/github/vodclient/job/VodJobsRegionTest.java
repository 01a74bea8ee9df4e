package io.github.vodclient.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vodclient.VodException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A table name without a region anywhere: one clear line, once, instead of a client rebuilt on every look-up. */
class VodJobsRegionTest {

    @BeforeEach
    void noRegionAnywhere() {
        assumeTrue(System.getenv("AWS_REGION") == null && System.getenv("AWS_DEFAULT_REGION") == null
                && System.getProperty("aws.region") == null, "a region is configured in this environment");
        // No instance metadata and no profile file either, so that the SDK's region chain finds nothing, quickly.
        System.setProperty("aws.disableEc2Metadata", "true");
        System.setProperty("aws.configFile", "target/no-such-aws-config");
    }

    @AfterEach
    void restore() {
        System.clearProperty("aws.disableEc2Metadata");
        System.clearProperty("aws.configFile");
    }

    @Test
    void find_tableNameWithoutAnyRegion_failsOnceWithOneLineThatSaysWhatToSet() {
        try (VodJobs jobs = VodJobs.builder().tableName("vod-stack").build()) {

            VodException first = assertThrows(VodException.class, () -> jobs.find("g-1"));
            VodException again = assertThrows(VodException.class, () -> jobs.find("g-2"));

            assertEquals("VodJobs cannot create its DynamoDB client: no AWS region is configured; set AWS_REGION or "
                    + ".region(...)", first.getMessage());
            assertSame(first, again, "the client is not built again for every look-up");
        }
    }
}
