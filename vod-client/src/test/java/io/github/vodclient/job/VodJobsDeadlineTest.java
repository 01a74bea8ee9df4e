package io.github.vodclient.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.testing.SilentServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Every DynamoDB call of a client {@link VodJobs} creates has a deadline, against a server that never answers. */
class VodJobsDeadlineTest {
    private final SilentServer silent = SilentServer.start();

    @AfterEach
    void stop() throws Exception {
        silent.close();
    }

    private VodJobs.Builder silentTable() {
        return VodJobs.builder().tableName("vod-stack").region(Region.US_EAST_1).endpointOverride(silent.uri())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "s")));
    }

    @Test
    void find_silentEndpointWithDefaults_givesUpWithinTheDefaultCallTimeout() {
        try (VodJobs jobs = silentTable().build()) {
            // 5 s of call deadline plus the first-use cost of an SDK client in a cold JVM (about 4 s on a busy
            // 2-core machine); without a deadline this call ran for minutes.
            assertTimeoutPreemptively(Duration.ofSeconds(15), () ->
                    assertThrows(ApiCallTimeoutException.class, () -> jobs.find("g-1")));

            assertTrue(silent.connections() >= 2, "a timed-out attempt is retried within the call's deadline");
        }
    }

    @Test
    void find_silentEndpointWithShortTimeouts_givesUpAfterTheConfiguredCallTimeout() {
        try (VodJobs jobs = silentTable().apiCallTimeout(Duration.ofMillis(800))
                .apiCallAttemptTimeout(Duration.ofMillis(300)).build()) {
            long started = System.nanoTime();

            assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                    assertThrows(ApiCallTimeoutException.class, () -> jobs.find("g-1")));

            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(took.compareTo(Duration.ofMillis(3_000)) < 0, "took " + took);
        }
    }

    @Test
    void builder_timeoutNotPositive_failsNamingTheSetting() {
        VodJobs.Builder builder = VodJobs.builder();

        assertEquals("apiCallTimeout must be positive, was PT0S", assertThrows(IllegalArgumentException.class,
                () -> builder.apiCallTimeout(Duration.ZERO)).getMessage());
        assertEquals("apiCallAttemptTimeout must be positive, was PT-1S", assertThrows(IllegalArgumentException.class,
                () -> builder.apiCallAttemptTimeout(Duration.ofSeconds(-1))).getMessage());
    }

    @Test
    void build_timeoutsWithTheCallersClient_failsBecauseTheyWouldBeIgnored() {
        try (DynamoDbClient callers = DynamoDbClient.builder().region(Region.US_EAST_1)
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            VodJobs.Builder builder = VodJobs.builder().tableName("vod-stack").dynamoDbClient(callers)
                    .apiCallTimeout(Duration.ofSeconds(1));

            assertTrue(assertThrows(IllegalStateException.class, builder::build).getMessage().contains("timeouts"));
        }
    }
}
