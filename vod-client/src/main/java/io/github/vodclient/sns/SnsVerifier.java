package io.github.vodclient.sns;

import io.github.vodclient.SnsVerificationException;
import io.github.vodclient.VodParseException;
import io.github.vodclient.event.VodEvent;
import io.github.vodclient.event.VodEventParser;
import io.github.vodclient.internal.sns.HttpsCertificateSource;
import io.github.vodclient.internal.sns.SnsVerifierBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Objects;

/**
 * Verifies SNS deliveries (an SNS HTTP(S) POST body, or an SQS body from a subscription without raw delivery)
 * before anything in them is trusted, and parses verified notifications into typed {@link VodEvent}s.
 *
 * <p>Checks, in this order, each failing with an {@link SnsVerificationException} that names its
 * {@link SnsVerificationException.Reason}: {@code Type} is one of the three SNS types; {@code SignatureVersion} is
 * {@code 1} (SHA1withRSA) or {@code 2} (SHA256withRSA); {@code TopicArn} is an SNS topic of the aws, aws-cn or
 * aws-us-gov partition and on the allow-list; {@code SigningCertURL} (or {@code SigningCertUrl}) is https on exactly
 * the SNS endpoint of the topic's region with a {@code /SimpleNotificationService-<id>.pem} path and nothing else;
 * the message is not older than the maximum age nor dated more than {@link #ALLOWED_CLOCK_SKEW} after the verifier's
 * clock; then, and only then, the certificate is fetched (cached per URL),
 * must be one PEM X.509 certificate issued to the SNS signing name of that region, valid at the verification
 * instant, and must verify the signature over the string to sign built from the raw field values as received.
 *
 * <p>This is the verifying entry point for HTTP and SQS bodies; {@link VodEventParser} parses without verifying
 * and is meant for trusted sources only (a Lambda function invoked by SNS, a queue only the topic can write to).
 *
 * <pre>{@code
 * SnsVerifier verifier = SnsVerifier.builder()            // once; thread-safe
 *         .allowedTopicArn("arn:aws:sns:eu-west-1:123456789012:vod-stack-SnsTopic")
 *         .maxMessageAge(Duration.ofHours(1))
 *         .build();
 *
 * // in the HTTP endpoint SNS posts to: the raw body, exactly as received
 * VodEvent event = verifier.verifyAndParse(rawBody);
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe. A verifier owns no resource that needs closing.
 *
 * @since 0.1.0
 */
public interface SnsVerifier {

    /** Default number of signing certificates cached (SNS uses one per region at a time). */
    int DEFAULT_CERTIFICATE_CACHE_SIZE = 16;
    /** Default time a downloaded certificate is reused before it is fetched again. */
    Duration DEFAULT_CERTIFICATE_CACHE_TTL = Duration.ofHours(1);
    /**
     * Most certificate downloads one verifier runs at the same time; a delivery that would start another is refused
     * at once with {@code CERTIFICATE_UNAVAILABLE} (SNS retries it), so forged deliveries naming fresh certificate
     * URLs cannot multiply outbound requests. A subscriber needs one download per hour for its topic.
     */
    int MAX_CONCURRENT_CERTIFICATE_FETCHES = 4;
    /** How long a failed certificate download is answered from the cache before its URL is tried again. */
    Duration CERTIFICATE_FAILURE_TTL = Duration.ofSeconds(10);
    /**
     * How far a message's {@code Timestamp} may lie after the verifier's clock: 15 minutes, the clock skew AWS itself
     * accepts on signed requests. A later timestamp fails with {@code TIMESTAMP_IN_FUTURE}: it would outlive any
     * maximum message age.
     */
    Duration ALLOWED_CLOCK_SKEW = Duration.ofMinutes(15);

    /**
     * A builder for a verifier.
     *
     * @return a new builder
     */
    static Builder builder() {
        return new SnsVerifierBuilder();
    }

    /**
     * Verifies an SNS envelope.
     *
     * @param body the HTTP body or SQS body, exactly as received
     * @return the verified message
     * @throws SnsVerificationException when the delivery must not be trusted
     * @throws VodParseException when the input is not JSON or not an SNS envelope (for example an SQS body of a
     *     raw-delivery subscription, which carries no signature)
     */
    SnsMessage verify(String body);

    /**
     * Verifies an SNS envelope given as UTF-8 bytes.
     *
     * @param body the HTTP body or SQS body, exactly as received
     * @return the verified message
     * @throws SnsVerificationException when the delivery must not be trusted
     * @throws VodParseException when the input is not UTF-8 JSON or not an SNS envelope
     */
    SnsMessage verify(byte[] body);

    /**
     * Verifies an SNS envelope and parses it into a typed event, built from exactly the fields that were verified.
     * A {@code SubscriptionConfirmation} or {@code UnsubscribeConfirmation} becomes an
     * {@link io.github.vodclient.event.UnknownEvent}; use {@link #verify(String)} and {@link SubscriptionHandler}
     * for those.
     *
     * @param body the HTTP body or SQS body, exactly as received
     * @return the event
     * @throws SnsVerificationException when the delivery must not be trusted
     * @throws VodParseException when the input is not an SNS envelope or its verified message is unusable
     */
    VodEvent verifyAndParse(String body);

    /**
     * Verifies an SNS envelope given as UTF-8 bytes and parses it, as {@link #verifyAndParse(String)} does.
     *
     * @param body the HTTP body or SQS body, exactly as received
     * @return the event
     * @throws SnsVerificationException when the delivery must not be trusted
     * @throws VodParseException when the input is not UTF-8, not an SNS envelope, or its message is unusable
     */
    VodEvent verifyAndParse(byte[] body);

    /**
     * Where an {@link SnsVerifier} gets the PEM bytes of a signing certificate.
     *
     * <p>The verifier calls {@link #fetch(URI)} only with a URL it has already checked (https, the SNS endpoint host
     * of the topic's region, a {@code /SimpleNotificationService-<id>.pem} path, nothing else), and caches what it
     * gets per URL; it still checks every certificate it receives (one PEM X.509 certificate, the SNS signing name,
     * validity). Implementations must be thread-safe, should return promptly (they run on the verifying thread), and
     * must not follow redirects to other hosts: the HTTPS connection to the SNS host is what makes the certificate
     * trustworthy.
     *
     * <pre>{@code
     * // offline: a certificate saved earlier (the URL is still validated)
     * CertificateSource saved = CertificateSource.ofPem(Files.readAllBytes(Path.of("SimpleNotificationService.pem")));
     * SnsVerifier verifier = SnsVerifier.builder().certificateSource(saved).build();
     * }</pre>
     *
     * @since 0.1.0
     */
    @FunctionalInterface
    interface CertificateSource {

        /** Default limit on a downloaded certificate, 16 KiB (real SNS certificates are about 2 KB). */
        int DEFAULT_MAX_CERTIFICATE_BYTES = 16 * 1024;

        /**
         * Returns the PEM bytes served at a checked certificate URL.
         *
         * @param certificateUrl the canonical, already validated certificate URL
         * @return the PEM bytes
         * @throws IOException when the certificate cannot be fetched now (the verifier reports
         *     {@code CERTIFICATE_UNAVAILABLE})
         */
        byte[] fetch(URI certificateUrl) throws IOException;

        /**
         * The default source: HTTPS GET with the JDK {@link HttpClient}, no redirects, a 5 s connect timeout, a 10 s
         * timeout for the whole response and a {@value #DEFAULT_MAX_CERTIFICATE_BYTES}-byte limit.
         *
         * @return a new, thread-safe source with its own HTTP client
         */
        static CertificateSource https() {
            return HttpsCertificateSource.create();
        }

        /**
         * HTTPS GET with a caller-supplied JDK {@link HttpClient} (for a proxy or a custom TLS setup); the same
         * timeouts and size limit as {@link #https()}. The client should not follow redirects; if it does, a response
         * whose final URI is not the requested certificate URL is refused ({@code CERTIFICATE_UNAVAILABLE}).
         *
         * @param client the client to send requests with; owned by the caller
         * @return a new, thread-safe source
         */
        static CertificateSource https(HttpClient client) {
            return new HttpsCertificateSource(client, HttpsCertificateSource.DEFAULT_TIMEOUT, DEFAULT_MAX_CERTIFICATE_BYTES);
        }

        /**
         * A source that serves one given certificate for every (validated) URL, for offline use and tests. The verifier
         * still checks the certificate's name and validity and the message's certificate URL.
         *
         * @param pem the PEM bytes of the signing certificate
         * @return a source that never touches the network
         */
        static CertificateSource ofPem(byte[] pem) {
            byte[] copy = Objects.requireNonNull(pem, "pem").clone();
            return url -> copy.clone();
        }
    }

    /**
     * Configures an {@link SnsVerifier}; each setter checks its argument. Not thread-safe; the verifier is, and it
     * reads only the settings as they were when {@link #build()} ran.
     *
     * <p>Rules shared by every builder of the library: a setter taking a collection replaces what was set before,
     * a setter taking one value of it adds; a {@code null} argument throws {@link NullPointerException} and an
     * unusable value {@link IllegalArgumentException}, each naming the setting; {@code build()} throws
     * {@link IllegalStateException} naming a missing or contradictory setting.
     *
     * @since 0.1.0
     */
    interface Builder {

        /**
         * Accepts messages from this topic, in addition to those already allowed; once any topic is allowed,
         * messages from every other topic are rejected with {@code TOPIC_NOT_ALLOWED}. An application should allow
         * only its pipeline's topic: anyone can create a topic, subscribe an endpoint to it and send validly signed
         * messages.
         *
         * @param topicArn an SNS topic ARN, for example {@code arn:aws:sns:eu-west-1:123456789012:vod-topic}
         * @return this builder
         * @throws IllegalArgumentException when it is not an SNS topic ARN of a supported partition
         */
        Builder allowedTopicArn(String topicArn);

        /**
         * Accepts messages from exactly these topics: replaces the topics allowed before (an empty collection
         * allows every topic again).
         *
         * @param topicArns SNS topic ARNs
         * @return this builder
         * @throws IllegalArgumentException when one is not an SNS topic ARN of a supported partition
         */
        Builder allowedTopicArns(Collection<String> topicArns);

        /**
         * Rejects messages whose {@code Timestamp} is older than this, with {@code MESSAGE_TOO_OLD}; by default
         * there is no limit. A limit shortens the window for replaying a captured delivery; SNS retries an HTTP
         * endpoint for up to about an hour by default, so do not go below what your delivery policy needs.
         *
         * @param maxMessageAge a positive duration
         * @return this builder
         */
        Builder maxMessageAge(Duration maxMessageAge);

        /**
         * The clock giving the verification instant (certificate validity, message age); by default the system
         * UTC clock. A fixed clock verifies a captured message as of its time.
         *
         * @param clock the clock
         * @return this builder
         */
        Builder clock(Clock clock);

        /**
         * Where certificates come from; by default {@link CertificateSource#https()}. Whatever the source, the
         * certificate URL is validated first and the certificate is checked after.
         *
         * @param certificateSource the source; must be thread-safe
         * @return this builder
         */
        Builder certificateSource(CertificateSource certificateSource);

        /**
         * How many certificates (one per URL) are kept.
         *
         * @param size at least 1; default {@link #DEFAULT_CERTIFICATE_CACHE_SIZE}
         * @return this builder
         */
        Builder certificateCacheSize(int size);

        /**
         * How long a fetched certificate is reused before it is fetched again.
         *
         * @param ttl a positive duration; default {@link #DEFAULT_CERTIFICATE_CACHE_TTL}
         * @return this builder
         */
        Builder certificateCacheTtl(Duration ttl);

        /**
         * Builds the verifier.
         *
         * @return a new, thread-safe verifier
         */
        SnsVerifier build();
    }
}
