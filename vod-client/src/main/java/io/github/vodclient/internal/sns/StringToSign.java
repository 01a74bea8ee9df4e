package io.github.vodclient.internal.sns;

import io.github.vodclient.SnsVerificationException;
import io.github.vodclient.SnsVerificationException.Reason;
import io.github.vodclient.internal.SnsEnvelope;
import java.nio.charset.StandardCharsets;

/**
 * The bytes SNS signs (VOD-CONTRACT §3): {@code Name\nvalue\n} for each field in a fixed order, UTF-8, from the raw
 * values as received. The raw {@code Timestamp} is used on purpose: re-formatting it breaks whole-second timestamps.
 */
public final class StringToSign {

    private StringToSign() {
    }

    /** The string to sign for an envelope whose {@code Type} is already known to be one of the three types. */
    public static byte[] of(SnsEnvelope e) {
        StringBuilder s = new StringBuilder(256 + length(e.message()));
        append(s, "Message", e.message(), true);
        append(s, "MessageId", e.messageId(), true);
        if (e.type().equals("Notification")) {
            append(s, "Subject", e.subject(), false);
            append(s, "Timestamp", e.timestamp(), true);
        } else {
            append(s, "SubscribeURL", e.subscribeUrl(), true);
            append(s, "Timestamp", e.timestamp(), true);
            append(s, "Token", e.token(), true);
        }
        append(s, "TopicArn", e.topicArn(), true);
        append(s, "Type", e.type(), true);
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void append(StringBuilder s, String name, String value, boolean required) {
        if (value == null) {
            if (required) {
                throw new SnsVerificationException(Reason.MALFORMED, name + " is missing");
            }
            return;
        }
        s.append(name).append('\n').append(value).append('\n');
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }
}
