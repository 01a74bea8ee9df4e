package io.github.vodclient.testing;

import io.github.vodclient.sns.SnsVerifier.CertificateSource;
import io.github.vodclient.testing.internal.PipelineMessages;
import io.github.vodclient.testing.internal.SnsEnvelopes;
import io.github.vodclient.testing.internal.TestCertificate;
import java.io.IOException;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Signed SNS deliveries for tests, as a subscriber of the pipeline's topic receives them: a generated signing
 * certificate, a {@link CertificateSource} that trusts only it, the pipeline's Ingest, Complete and Error messages
 * built from a few parameters, and envelopes around them — an SNS HTTP POST body, a Lambda SNS event, an SQS body
 * or a Lambda SQS event — signed with SignatureVersion 2 (or 1).
 *
 * <pre>{@code
 * SnsTestMessages sns = SnsTestMessages.create();   // the certificate is issued on first signing, once per JVM
 * VodClient vod = VodClient.builder().allowedTopicArn(sns.topicArn())
 *         .certificateSource(sns.certificateSource()).videoRepository(videos).build();
 * vod.handleHttpDelivery(sns.notification(sns.complete("6e1b9e46", "uploads/clip.mp4")).httpBody());
 * }</pre>
 *
 * <p>The signing certificate is a self-signed RSA certificate issued to {@code sns.amazonaws.com} by the JDK's
 * {@code keytool}, valid from a day before the clock's date for three days. Instances are immutable and
 * thread-safe; certificates are issued once per JVM for the same name and validity.
 *
 * @since 0.1.0
 */
public final class SnsTestMessages {
    /** The topic of {@link #create()}: the pipeline's topic of a stack named {@code vod-stack} in us-east-1. */
    public static final String DEFAULT_TOPIC_ARN = "arn:aws:sns:us-east-1:111122223333:vod-stack-Notifications";
    /** The name the signing certificate is issued to by default: SNS's own. */
    public static final String SNS_CERTIFICATE_NAME = "sns.amazonaws.com";
    private static final Pattern TOPIC_ARN = Pattern.compile("arn:(aws|aws-cn|aws-us-gov):sns:([a-z0-9-]+):\\d{12}:"
            + "[A-Za-z0-9_-]{1,256}");

    /** What the pipeline passed to SNS Publish: a subject and a message. */
    public record Published(String subject, String message) {
        /**
         * Validates that neither is null.
         *
         * @param subject the subject
         * @param message the message; also the body of an SQS message with raw message delivery on
         */
        public Published {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(message, "message");
        }
    }

    /** The solution versions whose message layouts differ (VOD-CONTRACT §1). */
    public enum Solution {
        /** v4.0 and v4.1: Error is plain text; Complete as {@link #V4_3}. */
        V4_0,
        /** v4.2 and v4.3: {@code EndTime}, times like {@code 2019-03-21 19:01.2}, {@code ecodeJobId}, boolean
         * {@code archiveSource}, {@code thumbNail}/{@code thumbNailUrl}. */
        V4_3,
        /** v5.0: ISO times and {@code encodeJobId}; still {@code thumbNail}/{@code thumbNailUrl}. */
        V5_0,
        /** v5.1 to 6.1, the current one: {@code thumbNails}/{@code thumbNailsUrls}, string {@code archiveSource}. */
        V6_1
    }

    private final String topicArn;
    private final URI signingCertUrl;
    private final String certificateName;
    private final Instant notBefore;
    private final int validDays;
    private volatile TestCertificate certificate;
    private final Clock clock;

    private SnsTestMessages(Builder builder) {
        this.topicArn = builder.topicArn;
        this.clock = builder.clock;
        var arn = TOPIC_ARN.matcher(topicArn);
        if (!arn.matches()) {
            throw new IllegalArgumentException("topicArn is not an SNS topic ARN: " + topicArn);
        }
        String host = "sns." + arn.group(2) + ".amazonaws.com" + (arn.group(1).equals("aws-cn") ? ".cn" : "");
        this.signingCertUrl = URI.create("https://" + host + "/SimpleNotificationService-"
                + "7e57ce7a1f1ca7e0123456789abcdef0.pem");
        this.certificateName = builder.certificateName;
        this.notBefore = builder.validFrom != null ? builder.validFrom
                : clock.instant().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(1));
        this.validDays = builder.validDays;
    }

    /**
     * Messages for {@link #DEFAULT_TOPIC_ARN}, signed with a certificate valid now, timestamped by the system clock.
     *
     * @return the messages
     */
    public static SnsTestMessages create() {
        return builder().build();
    }

    /**
     * A builder for another topic, clock or certificate.
     *
     * <pre>{@code
     * SnsTestMessages sns = SnsTestMessages.builder()
     *         .topicArn("arn:aws:sns:eu-west-1:123456789012:my-stack-Notifications")
     *         .clock(Clock.fixed(Instant.parse("2025-09-01T12:00:00Z"), ZoneOffset.UTC))
     *         .build();
     * }</pre>
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The topic the envelopes name; allow it with {@code VodClient.Builder.allowedTopicArn(..)}.
     *
     * @return the topic ARN
     */
    public String topicArn() {
        return topicArn;
    }

    /**
     * The {@code SigningCertURL} of the envelopes: on the SNS endpoint of the topic's region, as SNS's are.
     *
     * @return the URL
     */
    public URI signingCertUrl() {
        return signingCertUrl;
    }

    /**
     * The certificate whose key signs the envelopes.
     *
     * @return the self-signed certificate
     */
    public X509Certificate certificate() {
        return signing().certificate();
    }

    /**
     * The signing certificate in PEM, as SNS serves it at {@link #signingCertUrl()}: for a test that serves it
     * itself.
     *
     * @return the PEM text as US-ASCII bytes, a new array on each call
     */
    public byte[] certificatePem() {
        return signing().pem();
    }

    /**
     * A certificate source that serves the signing certificate at {@link #signingCertUrl()} and fails for every
     * other URL, as if SNS had no certificate there: the verifier trusts only this certificate.
     *
     * @return the certificate source
     */
    public CertificateSource certificateSource() {
        return url -> {
            if (!signingCertUrl.equals(url)) {
                throw new IOException("SnsTestMessages serves its certificate only at " + signingCertUrl
                        + ", not at " + url);
            }
            return signing().pem();
        };
    }

    /**
     * The Ingest message of a job, as every solution version publishes it.
     *
     * @param guid the job's guid
     * @param sourceKey the decoded key of the uploaded file, e.g. {@code uploads/My Video (1).mp4}
     * @return its subject and message
     */
    public Published ingest(String guid, String sourceKey) {
        return PipelineMessages.ingest(requireText(guid, "guid"), requireText(sourceKey, "sourceKey"));
    }

    /**
     * The Complete message of a job as the current solution publishes it: video-file trigger, HLS output, frame
     * capture on (one thumbnail), 1920x1080 source, ended at the clock's instant after 45 seconds.
     *
     * @param guid the job's guid
     * @param sourceKey the decoded key of the uploaded file; the outputs are named after it
     * @return its subject and message
     */
    public Published complete(String guid, String sourceKey) {
        return complete(guid, sourceKey, Solution.V6_1);
    }

    /**
     * The Complete message of a job as the given solution version published it.
     *
     * @param guid the job's guid
     * @param sourceKey the decoded key of the uploaded file
     * @param solution the version
     * @return its subject and message
     */
    public Published complete(String guid, String sourceKey, Solution solution) {
        return PipelineMessages.complete(requireText(guid, "guid"), requireText(sourceKey, "sourceKey"),
                clock.instant(), Objects.requireNonNull(solution, "solution"));
    }

    /**
     * The Error message of a job whose encode step failed, as the current solution publishes it.
     *
     * @param guid the job's guid
     * @param errorMessage what failed
     * @return its subject and message
     */
    public Published error(String guid, String errorMessage) {
        return error(guid, errorMessage, Solution.V6_1);
    }

    /**
     * The Error message of a job whose encode step failed, as the given solution version published it (plain text
     * before v4.2).
     *
     * @param guid the job's guid
     * @param errorMessage what failed
     * @param solution the version
     * @return its subject and message
     */
    public Published error(String guid, String errorMessage, Solution solution) {
        return PipelineMessages.error(requireText(guid, "guid"), requireText(errorMessage, "errorMessage"),
                Objects.requireNonNull(solution, "solution"));
    }

    /**
     * A Notification carrying a published message, timestamped now by the clock.
     *
     * @param published the subject and message
     * @return the envelope, signed when written
     */
    public Envelope notification(Published published) {
        Objects.requireNonNull(published, "published");
        return new Envelope(this, SnsEnvelopes.notification(topicArn, published, clock.instant()), "2");
    }

    /**
     * A SubscriptionConfirmation, as SNS sends to an HTTP endpoint when it is subscribed to the topic.
     *
     * @return the envelope, signed when written
     */
    public Envelope subscriptionConfirmation() {
        return new Envelope(this, SnsEnvelopes.confirmation("SubscriptionConfirmation", topicArn, clock.instant()),
                "2");
    }

    /**
     * An UnsubscribeConfirmation, as SNS sends to an HTTP endpoint when it is unsubscribed from the topic.
     *
     * @return the envelope, signed when written
     */
    public Envelope unsubscribeConfirmation() {
        return new Envelope(this, SnsEnvelopes.confirmation("UnsubscribeConfirmation", topicArn, clock.instant()),
                "2");
    }

    /**
     * A Lambda SNS event with one record per envelope.
     *
     * @param envelopes the envelopes, of this instance
     * @return the event's JSON
     */
    public String lambdaSnsEvent(Envelope... envelopes) {
        return SnsEnvelopes.lambdaSnsEvent(topicArn, signed(envelopes));
    }

    /**
     * A Lambda SQS event with one record per body: pass {@link Envelope#sqsBody()} for a subscription without raw
     * message delivery, {@link Published#message()} for one with it.
     *
     * @param bodies the SQS message bodies
     * @return the event's JSON
     */
    public String lambdaSqsEvent(String... bodies) {
        return SnsEnvelopes.lambdaSqsEvent(topicArn, bodies);
    }

    private List<Map<String, String>> signed(Envelope... envelopes) {
        List<Map<String, String>> signed = new ArrayList<>();
        for (Envelope envelope : envelopes) {
            signed.add(envelope.fields());
        }
        return signed;
    }

    /** Issued on first use, so that building messages alone never runs keytool. */
    private TestCertificate signing() {
        TestCertificate issued = certificate;
        if (issued == null) {
            issued = TestCertificate.issue(certificateName, "dns:" + certificateName, notBefore, validDays);
            certificate = issued;
        }
        return issued;
    }

    private static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /**
     * One SNS envelope, immutable: its fields are signed with the instance's key each time it is written, so that
     * {@link #with(String, String)} and {@link #signatureVersion(int)} give envelopes that verify and
     * {@link #tampered()} one that does not.
     */
    public static final class Envelope {
        private final SnsTestMessages owner;
        private final Map<String, String> unsigned;
        private final String version;
        private final boolean tampered;

        private Envelope(SnsTestMessages owner, Map<String, String> unsigned, String version) {
            this(owner, unsigned, version, false);
        }

        private Envelope(SnsTestMessages owner, Map<String, String> unsigned, String version, boolean tampered) {
            this.owner = owner;
            this.unsigned = unsigned;
            this.version = version;
            this.tampered = tampered;
        }

        /**
         * The same envelope signed with another SignatureVersion.
         *
         * @param signatureVersion 1 (SHA1withRSA) or 2 (SHA256withRSA, the default)
         * @return the envelope
         */
        public Envelope signatureVersion(int signatureVersion) {
            if (signatureVersion != 1 && signatureVersion != 2) {
                throw new IllegalArgumentException("signatureVersion must be 1 or 2, was " + signatureVersion);
            }
            return new Envelope(owner, unsigned, String.valueOf(signatureVersion), tampered);
        }

        /**
         * The same envelope with one field set (or removed) before signing, e.g. another {@code Timestamp}.
         *
         * @param field the field's name in the HTTP spelling, e.g. {@code Timestamp}, {@code Subject}
         * @param value its value, or null to leave it out
         * @return the envelope, still signed correctly
         */
        public Envelope with(String field, String value) {
            Map<String, String> fields = new LinkedHashMap<>(unsigned);
            if (value == null) {
                fields.remove(Objects.requireNonNull(field, "field"));
            } else {
                fields.put(Objects.requireNonNull(field, "field"), value);
            }
            return new Envelope(owner, fields, version, tampered);
        }

        /**
         * The same envelope with its {@code Message} changed after signing (a space appended): a verifier must
         * refuse it with a signature failure.
         *
         * @return the tampered envelope
         */
        public Envelope tampered() {
            return new Envelope(owner, unsigned, version, true);
        }

        /**
         * The signed fields in SNS's order and HTTP spelling ({@code SigningCertURL}, {@code UnsubscribeURL}).
         *
         * @return the fields, a new map on each call
         */
        public Map<String, String> fields() {
            Map<String, String> fields = SnsEnvelopes.sign(unsigned, version, owner.signingCertUrl,
                    owner.signing().privateKey());
            if (tampered) {
                fields.put("Message", fields.get("Message") + " ");
            }
            return fields;
        }

        /**
         * The body SNS POSTs to a subscribed HTTP(S) endpoint; pass it to {@code VodClient.handleHttpDelivery}.
         *
         * @return the JSON body
         */
        public String httpBody() {
            return SnsEnvelopes.httpBody(fields());
        }

        /**
         * The headers SNS sends with {@link #httpBody()}: {@code x-amz-sns-message-type}, {@code -message-id},
         * {@code -topic-arn} and {@code Content-Type: text/plain; charset=UTF-8}.
         *
         * @return the headers
         */
        public Map<String, String> httpHeaders() {
            return SnsEnvelopes.httpHeaders(unsigned);
        }

        /**
         * The body of an SQS message from a subscription without raw message delivery: the same JSON as
         * {@link #httpBody()}.
         *
         * @return the JSON body
         */
        public String sqsBody() {
            return httpBody();
        }

        /**
         * A Lambda SNS event with this envelope as its one record ({@code SigningCertUrl} spelling).
         *
         * @return the event's JSON
         */
        public String lambdaSnsEvent() {
            return owner.lambdaSnsEvent(this);
        }

        /**
         * A Lambda SQS event with {@link #sqsBody()} as its one record's body.
         *
         * @return the event's JSON
         */
        public String lambdaSqsEvent() {
            return owner.lambdaSqsEvent(sqsBody());
        }
    }

    /** Builds {@link SnsTestMessages}; not thread-safe. */
    public static final class Builder {
        private String topicArn = DEFAULT_TOPIC_ARN;
        private Clock clock = Clock.systemUTC();
        private String certificateName = SNS_CERTIFICATE_NAME;
        private Instant validFrom;
        private int validDays = 3;

        private Builder() {
        }

        /**
         * The topic the envelopes name; its region picks the signing certificate URL's host.
         *
         * @param topicArn an SNS topic ARN; default {@link #DEFAULT_TOPIC_ARN}
         * @return this builder
         */
        public Builder topicArn(String topicArn) {
            this.topicArn = Objects.requireNonNull(topicArn, "topicArn");
            return this;
        }

        /**
         * The clock of the envelopes' {@code Timestamp} and the messages' times, and of the certificate's validity.
         *
         * @param clock the clock; default the system clock in UTC
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The name the certificate is issued to; another than SNS's makes a verifier refuse every envelope.
         *
         * @param certificateName the certificate's CN and DNS name; default {@link #SNS_CERTIFICATE_NAME}
         * @return this builder
         */
        public Builder certificateName(String certificateName) {
            this.certificateName = requireText(certificateName, "certificateName");
            return this;
        }

        /**
         * The certificate's validity, for a verifier whose clock is elsewhere than this builder's clock.
         *
         * @param from the start of validity; default a day before the clock's date
         * @param days how many days it is valid, at least 1; default 3
         * @return this builder
         */
        public Builder validity(Instant from, int days) {
            if (days < 1) {
                throw new IllegalArgumentException("days must be at least 1, was " + days);
            }
            this.validFrom = Objects.requireNonNull(from, "from");
            this.validDays = days;
            return this;
        }

        /**
         * Builds the messages; the certificate is issued on first use (or the one already issued for the same
         * name and validity is taken).
         *
         * @return the messages
         * @throws IllegalArgumentException when the topic ARN is not an SNS topic ARN
         */
        public SnsTestMessages build() {
            return new SnsTestMessages(this);
        }
    }
}
