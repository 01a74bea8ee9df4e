package io.github.vodclient.sns;

import io.github.vodclient.internal.sns.HttpsCertificateSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Objects;

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
public interface CertificateSource {

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
     * HTTPS GET with a caller-supplied JDK {@link HttpClient} (for a proxy or a custom TLS setup); the same timeouts
     * and size limit as {@link #https()}. The client should not follow redirects; if it does, a response whose final
     * URI is not the requested certificate URL is refused ({@code CERTIFICATE_UNAVAILABLE}).
     *
     * @param client the client to send requests with; owned by the caller
     * @return a new, thread-safe source
     */
    static CertificateSource https(HttpClient client) {
        return new HttpsCertificateSource(Objects.requireNonNull(client, "client"),
                HttpsCertificateSource.DEFAULT_TIMEOUT, DEFAULT_MAX_CERTIFICATE_BYTES);
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
