package io.github.vodclient.internal.sns;

import io.github.vodclient.SnsVerificationException.Reason;
import io.github.vodclient.SnsVerificationException;
import io.github.vodclient.VodParseException;
import io.github.vodclient.event.VodEvent;
import io.github.vodclient.event.VodEventParser;
import io.github.vodclient.internal.IsoInstants;
import io.github.vodclient.internal.Limits;
import io.github.vodclient.internal.Untrusted;
import io.github.vodclient.internal.event.EventReader.Accept;
import io.github.vodclient.internal.event.EventReader;
import io.github.vodclient.internal.event.SnsEnvelope;
import io.github.vodclient.internal.event.Trust;
import io.github.vodclient.sns.SnsVerifier.CertificateSource;
import io.github.vodclient.sns.SnsMessage;
import io.github.vodclient.sns.SnsVerifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/** The JDK-crypto implementation of {@link SnsVerifier}. Thread-safe; its only mutable state is a memo of pure checks. */
public final class DefaultSnsVerifier implements SnsVerifier {
    /** The fields of the string to sign, in order, and each name with its newline as bytes. */
    private static final String[] NOTIFICATION = {"Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type"};
    private static final String[] SUBSCRIPTION = {
        "Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type"};
    private static final byte[][] NOTIFICATION_NAMES = names(NOTIFICATION);
    private static final byte[][] SUBSCRIPTION_NAMES = names(SUBSCRIPTION);

    private final Set<String> allowedTopicArns;
    private final Duration maxMessageAge; // null: no limit
    private final Clock clock;
    private final CertificateCache certificates;
    private final EventReader reader = new EventReader(VodEventParser.DEFAULT_MAX_INPUT_BYTES,
            VodEventParser.DEFAULT_MAX_MESSAGE_BYTES);
    /**
     * The last TopicArn and SigningCertURL strings that passed their checks, with what the checks returned. Both
     * checks are pure functions of the strings, and a subscriber receives the same two strings on nearly every
     * delivery; parsing them again (two URIs and a few regular expressions) was a tenth of a verification. One
     * entry, replaced atomically, so it cannot grow with what senders send.
     */
    private volatile CheckedOrigin lastOrigin;

    /** A topic (its {@code arn()} is the TopicArn string as received) and the certificate URL checked for it. */
    private record CheckedOrigin(TopicArn topic, String rawCertificateUrl, URI certificateUrl) {
    }

    /** A verifier of the builder's settings as they are now (validated there); later builder calls do not reach it. */
    DefaultSnsVerifier(SnsVerifierBuilder settings) {
        this.allowedTopicArns = Set.copyOf(settings.allowedTopicArns);
        this.maxMessageAge = settings.maxMessageAge;
        this.clock = settings.clock;
        this.certificates = new CertificateCache(settings.certificateSource != null ? settings.certificateSource
                : CertificateSource.https(), settings.certificateCacheSize, settings.certificateCacheTtl);
    }

    /**
     * The topics this verifier accepts.
     *
     * @return the allowed topic ARNs; empty when every topic is accepted
     */
    public Set<String> allowedTopicArns() {
        return allowedTopicArns;
    }

    @Override
    public SnsMessage verify(String body) {
        Limits.check(body, "input", VodEventParser.DEFAULT_MAX_INPUT_BYTES);
        return verified(reader.readEnvelope(body), null, "input");
    }

    @Override
    public SnsMessage verify(byte[] body) {
        return verify(decode(body));
    }

    @Override
    public VodEvent verifyAndParse(String body) {
        return reader.read(body, Accept.SNS_ENVELOPE, trust(null), EventReader.EVENTS).values().get(0);
    }

    @Override
    public VodEvent verifyAndParse(byte[] body) {
        return verifyAndParse(decode(body));
    }

    private static String decode(byte[] body) {
        return Limits.decode(body, "input", VodEventParser.DEFAULT_MAX_INPUT_BYTES);
    }

    /**
     * This verifier as the delivery route's trust policy. Its own maximum message age (if configured) applies to
     * every envelope; an HTTP endpoint also refuses deliveries older than {@code maxHttpDeliveryAge}, while a queue
     * reader passes null (a queue keeps messages for days).
     *
     * @param maxHttpDeliveryAge the maximum age of an HTTP delivery, or null for a queue body
     * @return the policy; it shares this verifier's certificate cache
     */
    public Trust trust(Duration maxHttpDeliveryAge) {
        return (envelope, path) -> verified(envelope, maxHttpDeliveryAge, path);
    }

    private SnsMessage verified(SnsEnvelope e, Duration maxHttpDeliveryAge, String path) {
        if (e.duplicate() != null) {
            throw new VodParseException(path + " has the envelope field " + e.duplicate() + " more than once");
        }
        if (e.type() == null) {
            throw new SnsVerificationException(Reason.MALFORMED, "Type is missing");
        }
        SnsMessage.Type type = SnsMessage.Type.fromWireName(e.type()).orElseThrow(() -> new SnsVerificationException(
                Reason.MALFORMED, "Type is not Notification, SubscriptionConfirmation or UnsubscribeConfirmation"));
        String algorithm = algorithm(e.signatureVersion());
        CheckedOrigin origin = lastOrigin;
        if (origin == null || !origin.topic().arn().equals(e.topicArn())
                || !origin.rawCertificateUrl().equals(e.signingCertUrl())) {
            origin = checkOrigin(e);
            lastOrigin = origin;
        }
        TopicArn topic = origin.topic();
        URI certificateUrl = origin.certificateUrl();
        byte[] stringToSign = stringToSign(e);
        Instant timestamp = timestamp(e.timestamp());
        byte[] signature = signature(e.signature());
        Instant now = clock.instant();
        if (maxMessageAge != null && timestamp.plus(maxMessageAge).isBefore(now)) {
            throw new SnsVerificationException(Reason.MESSAGE_TOO_OLD, "Timestamp " + timestamp
                    + " is older than the maximum message age of " + maxMessageAge);
        }
        if (maxHttpDeliveryAge != null && timestamp.plus(maxHttpDeliveryAge).isBefore(now)) {
            throw new SnsVerificationException(Reason.MESSAGE_TOO_OLD, "Timestamp " + timestamp
                    + " is older than the maximum HTTP delivery age of " + maxHttpDeliveryAge);
        }
        if (timestamp.isAfter(now.plus(SnsVerifier.ALLOWED_CLOCK_SKEW))) {
            throw new SnsVerificationException(Reason.TIMESTAMP_IN_FUTURE, "Timestamp " + timestamp
                    + " is more than " + SnsVerifier.ALLOWED_CLOCK_SKEW + " after the verification instant " + now);
        }
        X509Certificate certificate = certificates.get(certificateUrl);
        topic.checkCertificate(certificate, now);
        if (!signatureMatches(algorithm, certificate, stringToSign, signature)) {
            throw new SnsVerificationException(Reason.BAD_SIGNATURE, "Signature does not match the signed fields of "
                    + "MessageId " + Untrusted.quote(e.messageId()));
        }
        return new SnsMessage(type, e.messageId(), e.topicArn(),
                type == SnsMessage.Type.NOTIFICATION ? Optional.ofNullable(e.subject()) : Optional.empty(),
                e.message(), timestamp, Optional.ofNullable(e.token()));
    }

    /** Checks the topic (an SNS ARN on the allow-list) and then the certificate URL against the topic's region. */
    private CheckedOrigin checkOrigin(SnsEnvelope e) {
        TopicArn topic = TopicArn.parse(e.topicArn());
        if (!allowedTopicArns.isEmpty() && !allowedTopicArns.contains(topic.arn())) {
            throw new SnsVerificationException(Reason.TOPIC_NOT_ALLOWED, "TopicArn " + Untrusted.quote(topic.arn())
                    + " is not an allowed topic");
        }
        URI certificateUrl = topic.certificateUrl(e.signingCertUrl());
        return new CheckedOrigin(topic, e.signingCertUrl(), certificateUrl);
    }

    private static String algorithm(String signatureVersion) {
        if (signatureVersion == null) {
            throw new SnsVerificationException(Reason.UNSUPPORTED_VERSION, "SignatureVersion is missing");
        }
        if (signatureVersion.equals("1")) {
            return "SHA1withRSA";
        }
        if (signatureVersion.equals("2")) {
            return "SHA256withRSA";
        }
        throw new SnsVerificationException(Reason.UNSUPPORTED_VERSION,
                "SignatureVersion must be 1 or 2, was " + Untrusted.quote(signatureVersion));
    }

    private static Instant timestamp(String raw) {
        try {
            return IsoInstants.parse(raw);
        } catch (DateTimeParseException e) {
            throw new SnsVerificationException(Reason.MALFORMED, "Timestamp is not an ISO-8601 instant");
        }
    }

    private static byte[] signature(String base64) {
        if (base64 == null) {
            throw new SnsVerificationException(Reason.MALFORMED, "Signature is missing");
        }
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new SnsVerificationException(Reason.BAD_SIGNATURE, "Signature is not base64");
        }
    }

    private static boolean signatureMatches(String algorithm, X509Certificate certificate, byte[] data,
            byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            // a malformed signature value (wrong length, bad padding) is a bad signature, not a server error
            return false;
        }
    }

    /**
     * The bytes SNS signs (VOD-CONTRACT §3) for an envelope whose {@code Type} is already known to be one of the
     * three types: {@code Name\nvalue\n} for each field in a fixed order, UTF-8, from the raw values as received. The
     * raw {@code Timestamp} is used on purpose: re-formatting it breaks whole-second timestamps. Built on every
     * verification, so each value is encoded once and copied once into an array of the exact size, without building
     * the string first.
     */
    private static byte[] stringToSign(SnsEnvelope e) {
        boolean notification = e.type().equals("Notification");
        String[] fields = notification ? NOTIFICATION : SUBSCRIPTION;
        byte[][] names = notification ? NOTIFICATION_NAMES : SUBSCRIPTION_NAMES;
        byte[][] values = notification
                ? new byte[][] {bytes("Message", e.message()), bytes("MessageId", e.messageId()),
                    bytes("Subject", e.subject()), bytes("Timestamp", e.timestamp()),
                    bytes("TopicArn", e.topicArn()), bytes("Type", e.type())}
                : new byte[][] {bytes("Message", e.message()), bytes("MessageId", e.messageId()),
                    bytes("SubscribeURL", e.subscribeUrl()), bytes("Timestamp", e.timestamp()),
                    bytes("Token", e.token()), bytes("TopicArn", e.topicArn()), bytes("Type", e.type())};
        int length = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                // Subject is the one optional field: a Notification without one signs without its line.
                if (notification && fields[i].equals("Subject")) {
                    continue;
                }
                throw new SnsVerificationException(Reason.MALFORMED, fields[i] + " is missing");
            }
            length += names[i].length + values[i].length + 1;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                System.arraycopy(names[i], 0, out, at, names[i].length);
                at += names[i].length;
                System.arraycopy(values[i], 0, out, at, values[i].length);
                at += values[i].length;
                out[at++] = '\n';
            }
        }
        return out;
    }

    /**
     * The field's UTF-8 bytes. {@code getBytes} turns an unpaired surrogate into {@code ?}, so a signed {@code ?}
     * could be swapped for {@code \ud800} and still verify while the text the caller reads differs from the text
     * that was signed: a field that is not well-formed Unicode is refused instead.
     */
    private static byte[] bytes(String field, String value) {
        if (value == null) {
            return null;
        }
        int bad = Untrusted.firstLoneSurrogate(value);
        if (bad >= 0) {
            throw new SnsVerificationException(Reason.MALFORMED, field + " is not well-formed Unicode: an unpaired"
                    + " surrogate at character " + bad);
        }
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /** Each name with its newline, {@code Name\n}. */
    private static byte[][] names(String[] fields) {
        byte[][] names = new byte[fields.length][];
        for (int i = 0; i < fields.length; i++) {
            names[i] = (fields[i] + '\n').getBytes(StandardCharsets.US_ASCII);
        }
        return names;
    }
}
