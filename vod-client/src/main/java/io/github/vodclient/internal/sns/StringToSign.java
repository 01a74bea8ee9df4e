package io.github.vodclient.internal.sns;

import io.github.vodclient.SnsVerificationException;
import io.github.vodclient.SnsVerificationException.Reason;
import io.github.vodclient.internal.event.SnsEnvelope;
import io.github.vodclient.internal.Untrusted;
import java.nio.charset.StandardCharsets;

/**
 * The bytes SNS signs (VOD-CONTRACT §3): {@code Name\nvalue\n} for each field in a fixed order, UTF-8, from the raw
 * values as received. The raw {@code Timestamp} is used on purpose: re-formatting it breaks whole-second timestamps.
 *
 * <p>Built on every verification, so each value is encoded once and copied once into an array of the exact size,
 * without building the string first.
 */
public final class StringToSign {

    private static final String[] NOTIFICATION = {"Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type"};
    private static final String[] SUBSCRIPTION = {
        "Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type"};
    private static final byte[][] NOTIFICATION_NAMES = names(NOTIFICATION);
    private static final byte[][] SUBSCRIPTION_NAMES = names(SUBSCRIPTION);

    private StringToSign() {
    }

    /** The string to sign for an envelope whose {@code Type} is already known to be one of the three types. */
    public static byte[] of(SnsEnvelope e) {
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
