package io.github.vodclient.examples.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import io.github.vodclient.VodClient;
import io.github.vodclient.sns.SnsVerifier.CertificateSource;
import io.github.vodclient.video.VideoRepository;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The controller in a real Spring Boot server on a random port, fed deliveries that AWS signed (from the AWS SDK's
 * own tests, with their certificate and a clock at their time) and bodies that must be refused.
 */
@SpringBootTest(classes = {SnsController.class, SnsControllerTest.TestBeans.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SnsControllerTest {
    private static final String TOPIC = "arn:aws:sns:us-west-2:131990247566:dongie-standard-topic";
    private static final String CERT_URL =
            "https://sns.us-west-2.amazonaws.com/SimpleNotificationService-7506a1e35b36ef5a444dd1a8e7cc3ed8.pem";
    private static final Instant SIGNED_AT = Instant.parse("2026-03-06T20:05:00Z");
    /** Fixtures from the library's test-jar, where the project keeps one copy of each. */
    private static final String REAL_SNS = "/io/github/vodclient/sns/sns-real/awsv2/";
    private static final String PIPELINE = "/io/github/vodclient/event/";

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private VideoRepository videos;

    /** The client as the application would build it, pointed at what the real fixtures need. */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class TestBeans {
        @Bean
        VideoRepository videos() {
            return mock(VideoRepository.class);
        }

        @Bean(destroyMethod = "close")
        VodClient vodClient(VideoRepository videos) {
            byte[] pem = resource(REAL_SNS + "SimpleNotificationService-7506a1e35b36ef5a444dd1a8e7cc3ed8.pem")
                    .getBytes(StandardCharsets.US_ASCII);
            CertificateSource onlyTheFixtureUrl = url -> {
                if (!url.toString().equals(CERT_URL)) {
                    throw new IOException("no route to " + url.getHost());
                }
                return pem;
            };
            return VodClient.builder()
                    .allowedTopicArn(TOPIC)
                    .certificateSource(onlyTheFixtureUrl)
                    .clock(Clock.fixed(SIGNED_AT, ZoneOffset.UTC))
                    // Nothing listens there: confirming a subscription fails as when SNS cannot be reached.
                    .snsEndpoint(URI.create("http://127.0.0.1:" + closedPort()))
                    .credentialsProvider(StaticCredentialsProvider.create(
                            AwsBasicCredentials.create("AKIAVODCLIENTTEST", "vod-client-test-secret")))
                    .videoRepository(videos)
                    .build();
        }
    }

    private ResponseEntity<String> post(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.TEXT_PLAIN);
        headers.set("x-amz-sns-message-type", "Notification");
        return http.postForEntity("/sns", new HttpEntity<>(body.getBytes(StandardCharsets.UTF_8), headers),
                String.class);
    }

    @Test
    void receive_notificationSignedByAws_200() {
        ResponseEntity<String> response = post(resource(REAL_SNS + "test-notification-signature-v2.json"));

        assertEquals(200, response.getStatusCode().value());
        assertEquals("ok\n", response.getBody());
        verifyNoInteractions(videos); // not a pipeline message: ignored
    }

    @Test
    void receive_bareMessageWithoutEnvelope_400() {
        ResponseEntity<String> response = post(resource(PIPELINE + "gen_A-video_sns_ingest_message-body.json"));

        assertEquals(400, response.getStatusCode().value());
        assertEquals("not an SNS message\n", response.getBody());
    }

    @Test
    void receive_alteredNotification_403AndNothingHandled() {
        String altered = resource(REAL_SNS + "test-notification-signature-v2.json")
                .replace("uses signature version 2", "uses signature version 3");

        ResponseEntity<String> response = post(altered);

        assertEquals(403, response.getStatusCode().value());
        assertEquals("forbidden\n", response.getBody());
        verifyNoInteractions(videos);
    }

    @Test
    void receive_certificateCannotBeFetched_503SoSnsRetries() {
        // SigningCertURL is not signed: another SNS-host URL passes the URL check, and fetching it fails.
        String elsewhere = resource(REAL_SNS + "test-notification-signature-v2.json")
                .replace("7506a1e35b36ef5a444dd1a8e7cc3ed8", "00000000000000000000000000000000");

        ResponseEntity<String> response = post(elsewhere);

        assertEquals(503, response.getStatusCode().value());
        assertEquals("try again later\n", response.getBody());
    }

    @Test
    void receive_subscriptionConfirmationWhileSnsIsUnreachable_500SoSnsRetries() {
        ResponseEntity<String> response = post(resource(REAL_SNS + "test-subscription-confirmation.json"));

        assertEquals(500, response.getStatusCode().value());
        assertEquals("internal error\n", response.getBody());
    }

    @Test
    void receive_bodyOverTheLimit_413() {
        ResponseEntity<String> response = post("x".repeat(io.github.vodclient.event.VodEventParser.DEFAULT_MAX_INPUT_BYTES + 1));

        assertEquals(413, response.getStatusCode().value());
    }

    private static String resource(String name) {
        try (InputStream in = SnsControllerTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
