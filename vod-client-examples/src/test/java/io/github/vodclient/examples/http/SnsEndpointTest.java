package io.github.vodclient.examples.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.VodClient;
import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.examples.jdbc.JdbcUrlDataSource;
import io.github.vodclient.examples.jdbc.JdbcVideoRepository;
import io.github.vodclient.examples.testing.Samples;
import io.github.vodclient.examples.testing.TestVideos;
import io.github.vodclient.sns.SnsVerifier.CertificateSource;
import io.github.vodclient.testing.SnsTestMessages.Published;
import io.github.vodclient.testing.SnsTestMessages;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The endpoint on a real HttpServer on 127.0.0.1, with POSTs as SNS sends them and SNS's API stood in locally. */
class SnsEndpointTest {
    private static final SnsTestMessages SNS = SnsTestMessages.create();
    private static final String INGEST = Samples.message("lambda-sns-ingest.json");
    private static final String INGEST_SUBJECT = "Workflow Status:: Ingest:: " + TestVideos.SAMPLE_GUID;

    private final TestVideos db = new TestVideos();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private SnsApiStandIn snsApi;

    @BeforeEach
    void setUp() throws IOException {
        db.videos().create("v1", "My video", TestVideos.SAMPLE_KEY);
        snsApi = new SnsApiStandIn();
    }

    @AfterEach
    void tearDown() {
        snsApi.close();
    }

    private VodClient.Builder client() {
        return VodClient.builder()
                .allowedTopicArn(SNS.topicArn())
                .certificateSource(SNS.certificateSource())
                .snsEndpoint(snsApi.endpoint())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAVODCLIENTTEST",
                        "vod-client-test-secret")))
                .videoRepository(db.videos());
    }

    private HttpResponse<String> post(VodClient.Builder client, String body) throws Exception {
        try (VodClient vod = client.build();
             SnsEndpointServer server = SnsEndpointServer.start(vod,
                     new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            return http.send(HttpRequest.newBuilder(server.uri()).header("Content-Type", "text/plain")
                    .header("x-amz-sns-message-type", "Notification")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void post_signedNotification_200AndTheVideoIsUpdated() throws Exception {
        HttpResponse<String> response = post(client(),
                SNS.notification(new Published(INGEST_SUBJECT, INGEST)).httpBody());

        assertEquals(200, response.statusCode());
        assertEquals("ok\n", response.body());
        assertEquals(Optional.of(TestVideos.SAMPLE_GUID), db.videos().find("v1").orElseThrow().jobGuid());
        assertEquals(EncodingStatus.INGEST, db.videos().find("v1").orElseThrow().status());
    }

    @Test
    void post_unsignedMessage_400() throws Exception {
        HttpResponse<String> response = post(client(), INGEST);

        assertEquals(400, response.statusCode());
        assertEquals("not an SNS message\n", response.body());
        assertEquals(EncodingStatus.NEW, db.videos().find("v1").orElseThrow().status());
    }

    @Test
    void post_tamperedNotification_403AndNothingApplied() throws Exception {
        String tampered = SNS.notification(new Published(INGEST_SUBJECT, INGEST)).httpBody()
                .replace("6e1b9e46-3d5f-4c6d-9b0a-2f9d6b8f4a11", "6e1b9e46-3d5f-4c6d-9b0a-2f9d6b8f4a12");

        HttpResponse<String> response = post(client(), tampered);

        assertEquals(403, response.statusCode());
        assertEquals("forbidden\n", response.body());
        assertEquals(EncodingStatus.NEW, db.videos().find("v1").orElseThrow().status());
    }

    @Test
    void post_sampleWithPlaceholderSignature_403() throws Exception {
        HttpResponse<String> response = post(client(), Samples.read("sns-http-error.json")
                .replace("https://sns.us-east-1.amazonaws.com/SimpleNotificationService-example.pem",
                        SNS.signingCertUrl().toString()));

        assertEquals(403, response.statusCode());
    }

    @Test
    void post_subscriptionConfirmation_confirmedThroughTheSnsApiWithoutFetchingSubscribeUrl() throws Exception {
        String token = "2336412f37fb687f5d51e6e2425929f52e8e353134fe72d55ef8b330217d82da1400";

        HttpResponse<String> response = post(client(),
                SNS.subscriptionConfirmation().with("Token", token)
                        .with("SubscribeURL", snsApi.subscribeUrl().toString()).httpBody());

        assertEquals(200, response.statusCode());
        List<SnsApiStandIn.Request> requests = snsApi.requests();
        assertEquals(1, requests.size(), requests.toString());
        assertEquals("POST", requests.get(0).method());
        assertEquals("/", requests.get(0).path());
        assertTrue(requests.get(0).body().contains("Action=ConfirmSubscription"), requests.get(0).body());
        assertTrue(requests.get(0).body().contains("Token=" + token), requests.get(0).body());
    }

    @Test
    void post_certificateUnavailable_503SoSnsRetries() throws Exception {
        CertificateSource down = url -> {
            throw new IOException("connection refused");
        };

        HttpResponse<String> response = post(client().certificateSource(down),
                SNS.notification(new Published(INGEST_SUBJECT, INGEST)).httpBody());

        assertEquals(503, response.statusCode());
    }

    @Test
    void post_databaseDown_500WithoutDetails() throws Exception {
        JdbcVideoRepository down = new JdbcVideoRepository(
                new JdbcUrlDataSource(TestVideos.unreachableUrl(), null, null), Clock.systemUTC());

        HttpResponse<String> response = post(client().videoRepository(down),
                SNS.notification(new Published(INGEST_SUBJECT, INGEST)).httpBody());

        assertEquals(500, response.statusCode());
        assertEquals("internal error\n", response.body());
    }

    @Test
    void get_405() throws Exception {
        try (VodClient vod = client().build();
             SnsEndpointServer server = SnsEndpointServer.start(vod,
                     new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.uri()).GET().build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(405, response.statusCode());
            assertEquals(Optional.of("POST"), response.headers().firstValue("Allow"));
        }
    }
}
