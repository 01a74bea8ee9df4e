package io.github.vodclient.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import io.github.vodclient.UploadValidationException;
import io.github.vodclient.upload.MultipartUpload.PresignedPart;
import io.github.vodclient.upload.VodUploads.PresignedUpload;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.DelegatingS3Client;
import software.amazon.awssdk.services.s3.S3Client;

class SessionExpiryS3Test {
    private static final String SESSION_TOKEN = "FQoGZXIvYXdzEXAMPLESESSIONTOKEN";

    @RegisterExtension
    final S3ProxyExtension proxy = LocalS3.extension();

    private S3Client s3;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    // The library compiles against slf4j-api 1.7, where logback's Logger (an SLF4J 2 type) cannot be named; its
    // appender methods are reached reflectively.
    private final Object logger = LoggerFactory.getLogger("io.github.vodclient.upload");

    @BeforeEach
    void setUp() {
        s3 = LocalS3.clientWithBucket(proxy);
        log.start();
        invoke("addAppender", Appender.class, log);
        invoke("setAdditive", boolean.class, false);
    }

    @AfterEach
    void tearDown() {
        invoke("detachAppender", Appender.class, log);
        invoke("setAdditive", boolean.class, true);
        s3.close();
    }

    private static StaticCredentialsProvider sessionExpiringAt(Instant expiration) {
        return StaticCredentialsProvider.create(AwsSessionCredentials.builder()
                .accessKeyId(LocalS3.ACCESS_KEY).secretAccessKey(LocalS3.SECRET_KEY).sessionToken(SESSION_TOKEN)
                .expirationTime(expiration).build());
    }

    private static UploadRequest request() {
        return UploadRequest.builder().key("video/1/clip.mp4").expiry(Duration.ofHours(1)).build();
    }

    @Test
    void presignPut_sessionExpiresBeforeRequestedExpiry_expiresAtIsSessionExpiryAndWarns() {
        Instant sessionEnd = Instant.now().plus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        try (VodUploads uploads = LocalS3.uploads(proxy).credentialsProvider(sessionExpiringAt(sessionEnd))
                .build()) {
            PresignedUpload upload = uploads.presignPut(request());

            assertEquals(sessionEnd, upload.expiresAt());
            assertTrue(upload.url().getQuery().contains("X-Amz-Expires=3600"), "the URL still asks for an hour");
            assertTrue(upload.url().getQuery().contains("X-Amz-Security-Token="));
            assertEquals(1, log.list.size());
            String warning = log.list.get(0).getFormattedMessage();
            assertTrue(warning.contains(sessionEnd.toString()), warning);
            assertTrue(warning.contains("s3://vod-source/video/1/clip.mp4"), warning);
            assertFalse(warning.contains(SESSION_TOKEN), warning);
            assertFalse(warning.contains("X-Amz-Signature"), warning);
            assertEquals(200, LocalS3.put(upload.url(), upload.headersToSet(), new byte[16]).statusCode());
        }
    }

    @Test
    void presignPut_sessionOutlivesRequestedExpiry_expiresAtIsRequestedAndNoWarning() {
        Instant sessionEnd = Instant.now().plus(6, ChronoUnit.HOURS);
        try (VodUploads uploads = LocalS3.uploads(proxy).credentialsProvider(sessionExpiringAt(sessionEnd))
                .build()) {
            Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

            PresignedUpload upload = uploads.presignPut(request());

            assertFalse(upload.expiresAt().isBefore(before.plus(Duration.ofHours(1))));
            assertTrue(upload.expiresAt().isBefore(Instant.now().plus(Duration.ofHours(1)).plusSeconds(1)));
            assertTrue(log.list.isEmpty());
        }
    }

    @Test
    void presignPut_strictExpiryAndSessionExpiresFirst_failsWithoutSecrets() {
        Instant sessionEnd = Instant.now().plus(10, ChronoUnit.MINUTES);
        try (VodUploads uploads = LocalS3.uploads(proxy).credentialsProvider(sessionExpiringAt(sessionEnd))
                .strictExpiry(true).build()) {
            UploadValidationException e = assertThrows(UploadValidationException.class,
                    () -> uploads.presignPut(request()));

            assertEquals("expiry", e.field());
            assertFalse(e.getMessage().contains(SESSION_TOKEN));
            assertFalse(e.getMessage().contains(LocalS3.SECRET_KEY));
        }
    }

    @Test
    void presignParts_sessionExpiresFirst_partsExpireWithTheSession() {
        Instant sessionEnd = Instant.now().plus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        // Server-side calls through the caller's client (S3Proxy refuses session-token headers on plain calls);
        // the session credentials sign the part URLs.
        AtomicBoolean callerClientClosed = new AtomicBoolean();
        S3Client callerClient = new DelegatingS3Client(s3) {
            @Override
            public void close() {
                callerClientClosed.set(true);
            }
        };
        try (VodUploads uploads = LocalS3.uploads(proxy).credentialsProvider(sessionExpiringAt(sessionEnd))
                .s3Client(callerClient).build()) {
            MultipartUpload upload = uploads.startMultipart(UploadRequest.builder().key("video/1/big.mp4")
                    .contentLength(12L * 1024 * 1024).partSize(5L * 1024 * 1024).build());

            for (PresignedPart part : uploads.presignParts(upload, 1, 3, Duration.ofHours(2))) {
                assertEquals(sessionEnd, part.expiresAt());
            }
            uploads.abortMultipart(upload);
        }
        assertFalse(callerClientClosed.get(), "a caller-supplied client is never closed");
        assertTrue(s3.listMultipartUploads(b -> b.bucket(LocalS3.BUCKET)).uploads().isEmpty());
    }

    private void invoke(String method, Class<?> parameter, Object argument) {
        try {
            logger.getClass().getMethod(method, parameter).invoke(logger, argument);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("logback's Logger." + method + " failed", e);
        }
    }
}
