package io.github.vodclient.internal.event;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.vodclient.internal.JsonReading;
import java.io.IOException;

/** Collects the fields of an SNS envelope as they stream past. Not thread-safe. */
final class EnvelopeFields {
    String type;
    String messageId;
    String topicArn;
    String subject;
    String message;
    String timestamp;
    String signatureVersion;
    String signature;
    String signingCertUrl;
    String unsubscribeUrl;
    String token;
    String subscribeUrl;
    /** The first envelope field seen twice (either spelling counts as the same field); null when none. */
    String duplicate;
    private int seen;

    /**
     * Takes the field if it is an envelope field.
     *
     * @return false when the name is not an envelope field (the value is left unread)
     */
    boolean accept(String name, JsonToken t, JsonParser p, String path) throws IOException {
        noteRepeat(name);
        switch (name) {
            case "Type": type = JsonReading.strictString(p, t, path, "Type"); return true;
            case "MessageId": messageId = JsonReading.strictString(p, t, path, "MessageId"); return true;
            case "TopicArn": topicArn = JsonReading.strictString(p, t, path, "TopicArn"); return true;
            case "Subject": subject = JsonReading.strictString(p, t, path, "Subject"); return true;
            case "Message": message = JsonReading.strictString(p, t, path, "Message"); return true;
            case "Timestamp": timestamp = JsonReading.strictString(p, t, path, "Timestamp"); return true;
            case "SignatureVersion":
                signatureVersion = JsonReading.lenientString(p, t, path, "SignatureVersion");
                return true;
            case "Signature": signature = JsonReading.strictString(p, t, path, "Signature"); return true;
            case "SigningCertURL":
            case "SigningCertUrl":
                signingCertUrl = JsonReading.strictString(p, t, path, name);
                return true;
            case "UnsubscribeURL":
            case "UnsubscribeUrl":
                unsubscribeUrl = JsonReading.strictString(p, t, path, name);
                return true;
            case "Token": token = JsonReading.strictString(p, t, path, "Token"); return true;
            case "SubscribeURL": subscribeUrl = JsonReading.strictString(p, t, path, "SubscribeURL"); return true;
            case "MessageAttributes":
                p.skipChildren();
                return true;
            default:
                return false;
        }
    }

    /**
     * Remembers a repeated field. Parsing keeps the last value as before; signature verification refuses such an
     * envelope, because another JSON reader (the application's own) might take the first value instead.
     */
    private void noteRepeat(String name) {
        int bit = bit(name);
        if (bit != 0 && (seen & bit) != 0 && duplicate == null) {
            duplicate = name;
        }
        seen |= bit;
    }

    private static int bit(String name) {
        switch (name) {
            case "Type": return 1;
            case "MessageId": return 1 << 1;
            case "TopicArn": return 1 << 2;
            case "Subject": return 1 << 3;
            case "Message": return 1 << 4;
            case "Timestamp": return 1 << 5;
            case "SignatureVersion": return 1 << 6;
            case "Signature": return 1 << 7;
            case "SigningCertURL":
            case "SigningCertUrl":
                return 1 << 8;
            case "UnsubscribeURL":
            case "UnsubscribeUrl":
                return 1 << 9;
            case "Token": return 1 << 10;
            case "SubscribeURL": return 1 << 11;
            default: return 0;
        }
    }

    /** An SNS envelope has a Message and says what it is (Type) or where it came from (TopicArn). */
    boolean looksLikeEnvelope() {
        return message != null && (type != null || topicArn != null);
    }

    SnsEnvelope build() {
        return new SnsEnvelope(type, messageId, topicArn, subject, message, timestamp, signatureVersion, signature,
                signingCertUrl, unsubscribeUrl, token, subscribeUrl, duplicate);
    }
}
