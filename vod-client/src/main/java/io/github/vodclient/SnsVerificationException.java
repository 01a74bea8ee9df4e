package io.github.vodclient;

import java.util.Objects;

/**
 * An SNS delivery that must not be trusted: its signature, certificate, topic, age or shape failed verification.
 *
 * <p>{@link #reason()} says which check failed, so an HTTP endpoint can answer accordingly: every reason except
 * {@link Reason#CERTIFICATE_UNAVAILABLE} means the delivery itself is bad (answer 4xx and do not process it);
 * {@code CERTIFICATE_UNAVAILABLE} means the signing certificate could not be fetched right now (answer 5xx so that
 * SNS retries). The message names the check and the field; it never contains the signature, the subscription
 * token or the message body.
 *
 * <pre>{@code
 * try {
 *     VodEvent event = verifier.verifyAndParse(body);
 * } catch (SnsVerificationException e) {
 *     log.warn("rejected SNS delivery: {} ({})", e.reason(), e.getMessage());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public class SnsVerificationException extends VodException {
    private static final long serialVersionUID = 1L;

    /**
     * Which verification check failed.
     *
     * @since 0.1.0
     */
    public enum Reason {
        /** The signature does not match the signed fields (a forged or altered delivery), or is not base64. */
        BAD_SIGNATURE,
        /** {@code SigningCertURL} is not an HTTPS URL on the SNS endpoint of the topic's region. */
        UNTRUSTED_CERTIFICATE_URL,
        /** The downloaded certificate is not exactly one PEM X.509 certificate with the SNS signing name. */
        UNTRUSTED_CERTIFICATE,
        /** The signing certificate is not valid (expired, or not yet valid) at the verification instant. */
        EXPIRED_CERTIFICATE,
        /** The signing certificate could not be fetched (network, timeout, HTTP status, size): retry later. */
        CERTIFICATE_UNAVAILABLE,
        /** {@code TopicArn} is not on the verifier's allow-list. */
        TOPIC_NOT_ALLOWED,
        /** {@code SignatureVersion} is neither {@code 1} (SHA1withRSA) nor {@code 2} (SHA256withRSA). */
        UNSUPPORTED_VERSION,
        /** {@code Timestamp} is older than the verifier's maximum message age. */
        MESSAGE_TOO_OLD,
        /** {@code Timestamp} lies further after the verifier's clock than the allowed clock skew (a replay tool). */
        TIMESTAMP_IN_FUTURE,
        /**
         * The envelope lacks a field verification needs, has a field twice, has an unknown {@code Type}, or has a
         * {@code TopicArn} that is not an SNS topic ARN of a supported partition.
         */
        MALFORMED
    }

    private final Reason reason;

    /**
     * Creates a verification failure.
     *
     * @param reason which check failed
     * @param message what was wrong, naming the field; never a secret
     */
    public SnsVerificationException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Creates a verification failure with its underlying cause.
     *
     * @param reason which check failed
     * @param message what was wrong, naming the field; never a secret
     * @param cause the underlying failure
     */
    public SnsVerificationException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Which check failed.
     *
     * @return the reason, never null
     */
    public Reason reason() {
        return reason;
    }
}
