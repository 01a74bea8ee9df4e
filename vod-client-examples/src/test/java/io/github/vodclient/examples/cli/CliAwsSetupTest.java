package io.github.vodclient.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tool on a machine with no AWS region and no credentials configured: one line saying what to set, and
 * argument checks that come before any of it. The SDK's profile files are pointed at nothing and the instance
 * metadata service is off; skipped when the environment itself configures AWS.
 */
class CliAwsSetupTest {
    private static final List<String> PROPERTIES = List.of("aws.configFile", "aws.sharedCredentialsFile",
            "aws.disableEc2Metadata");

    @BeforeAll
    static void noAwsConfiguration() {
        Map<String, String> env = System.getenv();
        for (String name : List.of("AWS_REGION", "AWS_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_WEB_IDENTITY_TOKEN_FILE",
                "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_CREDENTIALS_FULL_URI")) {
            assumeTrue(env.get(name) == null, "the environment sets " + name);
        }
        System.setProperty("aws.configFile", "target/no-such-aws-config");
        System.setProperty("aws.sharedCredentialsFile", "target/no-such-aws-credentials");
        System.setProperty("aws.disableEc2Metadata", "true");
    }

    @AfterAll
    static void restore() {
        PROPERTIES.forEach(System::clearProperty);
    }

    @Test
    void job_noRegionAnywhere_exit2WithOneLineSayingWhatToSet() {
        CliRun run = CliRun.of("job", "6e1b9e46-3d5f-4c6d-9b0a-2f9d6b8f4a11", "--table", "vod-stack");

        assertEquals(2, run.exitCode());
        assertEquals(List.of("error: no AWS region: set AWS_REGION or pass --region (with a local --endpoint, any"
                + " region will do)"), run.errLines());
    }

    @Test
    void job_localEndpointWithoutCredentials_exit2SayingAnyCredentialsDo() {
        CliRun run = CliRun.of("job", "6e1b9e46-3d5f-4c6d-9b0a-2f9d6b8f4a11", "--table", "vod-stack",
                "--endpoint", "http://127.0.0.1:9");

        assertEquals(2, run.exitCode());
        assertEquals(List.of("error: no AWS credentials: for AWS set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or"
                + " AWS_PROFILE; for a local --endpoint any credentials do (e.g. AWS_ACCESS_KEY_ID=local"
                + " AWS_SECRET_ACCESS_KEY=local)"), run.errLines());
    }

    @Test
    void multipartComplete_duplicatePart_exit2BeforeLookingForCredentials() {
        CliRun run = CliRun.of("multipart", "complete", "--bucket", "b", "--key", "in/clip.mp4", "--upload-id", "u",
                "--file-size", "20971520", "--part-size", "10485760", "--part", "1=a", "--part", "1=b",
                "--endpoint", "http://127.0.0.1:9");

        assertEquals(2, run.exitCode());
        assertEquals("error: --part 1 is given twice", run.errLines().get(0));
    }

    @Test
    void multipartComplete_partBeyondTheUpload_exit2NamingIt() {
        CliRun run = CliRun.of("multipart", "complete", "--bucket", "b", "--key", "in/clip.mp4", "--upload-id", "u",
                "--file-size", "20971520", "--part-size", "10485760", "--part", "3=c", "--endpoint",
                "http://127.0.0.1:9");

        assertEquals(2, run.exitCode());
        assertEquals("error: --part 3: the upload has 2 parts", run.errLines().get(0));
    }
}
