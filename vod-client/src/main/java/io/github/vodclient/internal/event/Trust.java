package io.github.vodclient.internal.event;

import io.github.vodclient.VodParseException;
import io.github.vodclient.internal.IsoInstants;
import io.github.vodclient.internal.Untrusted;
import io.github.vodclient.sns.SnsMessage;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Whether an SNS envelope met on the delivery route is believed as it is, or verified first: the one trust policy
 * of {@link io.github.vodclient.event.VodEventParser} (trusted) and {@link io.github.vodclient.VodClient}
 * (verified by its {@link io.github.vodclient.sns.SnsVerifier}). A Lambda SNS record is always trusted: SNS itself
 * invoked the function. Bodies without an envelope (raw delivery, the solution's own queue, bare messages) carry no
 * signature to check.
 */
@FunctionalInterface
public interface Trust {

    /** Believes every envelope: for input from a trusted source. */
    Trust TRUSTED = Trust::read;

    /**
     * The message of an envelope, after whatever check this policy asks for.
     *
     * @param envelope the envelope's raw fields
     * @param path how errors name the envelope, e.g. {@code input} or {@code Records[2].body}
     * @return the message
     * @throws VodParseException when a required field is missing or unusable
     * @throws io.github.vodclient.SnsVerificationException when the envelope must not be trusted
     */
    SnsMessage message(SnsEnvelope envelope, String path);

    /** The message of an envelope, unverified: the required fields present and readable. */
    static SnsMessage read(SnsEnvelope e, String path) {
        String message = required(e.message(), path, "Message");
        SnsMessage.Type type = e.type() == null ? SnsMessage.Type.NOTIFICATION
                : SnsMessage.Type.fromWireName(e.type()).orElseThrow(() -> new VodParseException(path
                        + ".Type must be Notification, SubscriptionConfirmation or UnsubscribeConfirmation, was "
                        + Untrusted.quote(e.type())));
        return new SnsMessage(type, required(e.messageId(), path, "MessageId"),
                required(e.topicArn(), path, "TopicArn"), Optional.ofNullable(e.subject()),
                message,
                instant(required(e.timestamp(), path, "Timestamp"), path, "Timestamp"),
                Optional.ofNullable(e.token()));
    }

    /** The value of the field {@code parent.field}; the path is built only on error. */
    private static String required(String value, String parent, String field) {
        if (value == null) {
            throw new VodParseException(parent + "." + field + " is missing");
        }
        return value;
    }

    private static Instant instant(String value, String parent, String field) {
        try {
            return IsoInstants.parse(value);
        } catch (DateTimeParseException e) {
            throw new VodParseException(parent + "." + field + " is not an ISO-8601 instant: "
                    + Untrusted.quote(value));
        }
    }
}
