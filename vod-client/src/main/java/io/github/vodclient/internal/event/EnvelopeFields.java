package io.github.vodclient.internal.event;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.vodclient.internal.JsonReading;
import java.io.IOException;

/** Collects the fields of an SNS envelope as they stream past. Not thread-safe. */
final class EnvelopeFields {
    private static final int TYPE = 1;
    private static final int MESSAGE_ID = 1 << 1;
    private static final int TOPIC_ARN = 1 << 2;
    private static final int SUBJECT = 1 << 3;
    private static final int MESSAGE = 1 << 4;
    private static final int TIMESTAMP = 1 << 5;
    private static final int SIGNATURE_VERSION = 1 << 6;
    private static final int SIGNATURE = 1 << 7;
    private static final int SIGNING_CERT_URL = 1 << 8;
    private static final int UNSUBSCRIBE_URL = 1 << 9;
    private static final int TOKEN = 1 << 10;
    private static final int SUBSCRIBE_URL = 1 << 11;

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
     * Takes the field if it is an envelope field. A field seen twice (either spelling counts as the same field) is
     * remembered: parsing keeps the last value as before; signature verification refuses such an envelope, because
     * another JSON reader (the application's own) might take the first value instead.
     *
     * @return false when the name is not an envelope field (the value is left unread)
     */
    boolean accept(String name, JsonToken t, JsonParser p, String path) throws IOException {
        int field = field(name);
        if (field == 0) {
            if (name.equals("MessageAttributes")) {
                p.skipChildren();
                return true;
            }
            return false;
        }
        if ((seen & field) != 0 && duplicate == null) {
            duplicate = name;
        }
        seen |= field;
        Object v = JsonReading.value(p, t, false);
        String text = field == SIGNATURE_VERSION ? JsonReading.lenientString(v, path, name)
                : JsonReading.strictString(v, path, name);
        switch (field) {
            case TYPE: type = text; break;
            case MESSAGE_ID: messageId = text; break;
            case TOPIC_ARN: topicArn = text; break;
            case SUBJECT: subject = text; break;
            case MESSAGE: message = text; break;
            case TIMESTAMP: timestamp = text; break;
            case SIGNATURE_VERSION: signatureVersion = text; break;
            case SIGNATURE: signature = text; break;
            case SIGNING_CERT_URL: signingCertUrl = text; break;
            case UNSUBSCRIBE_URL: unsubscribeUrl = text; break;
            case TOKEN: token = text; break;
            default: subscribeUrl = text;
        }
        return true;
    }

    /** The envelope field a name is, as a bit of {@link #seen}; 0 for any other name. */
    private static int field(String name) {
        switch (name) {
            case "Type": return TYPE;
            case "MessageId": return MESSAGE_ID;
            case "TopicArn": return TOPIC_ARN;
            case "Subject": return SUBJECT;
            case "Message": return MESSAGE;
            case "Timestamp": return TIMESTAMP;
            case "SignatureVersion": return SIGNATURE_VERSION;
            case "Signature": return SIGNATURE;
            case "SigningCertURL":
            case "SigningCertUrl":
                return SIGNING_CERT_URL;
            case "UnsubscribeURL":
            case "UnsubscribeUrl":
                return UNSUBSCRIBE_URL;
            case "Token": return TOKEN;
            case "SubscribeURL": return SUBSCRIBE_URL;
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
