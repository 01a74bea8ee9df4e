package io.github.vodclient.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Presigning is local: no server is contacted. Credentials come from the default chain's system properties. */
class PresignCommandTest {

    @BeforeAll
    static void credentials() {
        System.setProperty("aws.accessKeyId", "AKIAVODCLIENTTEST");
        System.setProperty("aws.secretAccessKey", "vod-client-test-secret");
    }

    @AfterAll
    static void clearCredentials() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    @Test
    void presign_videoIdAndFileName_printsOneJsonObjectWithSafeKeyAndHeaders() {
        CliRun run = CliRun.of("presign", "--bucket", "vod-source", "--region", "eu-west-1", "--video-id", "42",
                "--file-name", "Holiday Clip.MOV", "--content-length", "1000", "--metadata", "video-id=42",
                "--expires", "30m");

        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.startsWith("{\"method\":\"PUT\",\"url\":\"https://vod-source.s3.eu-west-1.amazonaws.com/"
                + "video/42/Holiday-Clip.mov?"), out);
        assertTrue(out.contains(",\"headers\":{\"content-length\":\"1000\",\"content-type\":\"video/quicktime\","
                + "\"x-amz-meta-video-id\":\"42\"},\"bucket\":\"vod-source\",\"key\":\"video/42/Holiday-Clip.mov\","
                + "\"expiresAt\":\""), out);
        assertTrue(out.contains("X-Amz-Expires=1800"), out);
        assertEquals(1, out.lines().count());
    }

    @Test
    void presign_keyThePipelineIgnores_exit2WithErrorLine() {
        CliRun run = CliRun.of("presign", "--bucket", "vod-source", "--region", "eu-west-1", "--key", "in/a.Mov");

        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("error: key: the key 'in/a.Mov' has extension '.Mov', which the pipeline"
                + " ignores"), run.err());
        assertEquals(1, run.err().lines().count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x.mp4", "./x.mp4", "a/../../x.mp4"})
    void presign_keyWithDotSegment_exit2WithErrorLine(String key) {
        CliRun run = CliRun.of("presign", "--bucket", "vod-source", "--region", "eu-west-1", "--key", key);

        assertEquals(2, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("error: key: the key '" + key + "' has a '.' or '..' path segment"),
                run.err());
        assertEquals(1, run.err().lines().count());
    }

    @Test
    void presign_expiryOverSevenDays_exit2NamingExpiry() {
        CliRun run = CliRun.of("presign", "--bucket", "b", "--region", "eu-west-1", "--key", "a.mp4",
                "--expires", "8d");

        assertEquals(2, run.exitCode());
        assertEquals("error: Invalid value for option '--expires': '8d' is not between 1s and 7d (S3's limits for a"
                + " presigned URL)", run.errLines().get(0));
    }

    @Test
    void presign_metadataWithoutValue_exit2SayingOptionOnce() {
        CliRun run = CliRun.of("presign", "--bucket", "b", "--region", "eu-west-1", "--key", "a.mp4",
                "--metadata", "x");

        assertEquals(2, run.exitCode());
        assertTrue(run.errLines().get(0).startsWith("error: Value for option '--metadata' (NAME=VALUE) should be"
                + " in KEY=VALUE format but was x"), run.err());
    }

    @Test
    void presign_badDuration_exit2() {
        CliRun run = CliRun.of("presign", "--bucket", "b", "--key", "a.mp4", "--expires", "soon");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("'soon' is not a duration"), run.err());
    }

    @Test
    void presign_keyAndVideoId_exit2() {
        CliRun run = CliRun.of("presign", "--bucket", "b", "--key", "a.mp4", "--video-id", "1", "--file-name",
                "a.mp4");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: "), run.err());
    }

    @Test
    void presign_neitherKeyNorVideoId_exit2() {
        CliRun run = CliRun.of("presign", "--bucket", "b");

        assertEquals(2, run.exitCode());
        assertTrue(run.errLines().get(0).startsWith("error: Missing required argument"), run.err());
    }
}
