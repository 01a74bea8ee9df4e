package io.github.vodclient.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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

    /**
     * Takes the field if it is an envelope field.
     *
     * @return false when the name is not an envelope field (the value is left unread)
     */
    boolean accept(String name, JsonToken t, JsonParser p, String path) throws IOException {
        switch (name) {
            case "Type": type = JsonReading.string(p, t, path + ".Type"); return true;
            case "MessageId": messageId = JsonReading.string(p, t, path + ".MessageId"); return true;
            case "TopicArn": topicArn = JsonReading.string(p, t, path + ".TopicArn"); return true;
            case "Subject": subject = JsonReading.string(p, t, path + ".Subject"); return true;
            case "Message": message = JsonReading.string(p, t, path + ".Message"); return true;
            case "Timestamp": timestamp = JsonReading.string(p, t, path + ".Timestamp"); return true;
            case "SignatureVersion":
                signatureVersion = JsonReading.text(p, t, path + ".SignatureVersion");
                return true;
            case "Signature": signature = JsonReading.string(p, t, path + ".Signature"); return true;
            case "SigningCertURL":
            case "SigningCertUrl":
                signingCertUrl = JsonReading.string(p, t, path + "." + name);
                return true;
            case "UnsubscribeURL":
            case "UnsubscribeUrl":
                unsubscribeUrl = JsonReading.string(p, t, path + "." + name);
                return true;
            case "Token": token = JsonReading.string(p, t, path + ".Token"); return true;
            case "SubscribeURL": subscribeUrl = JsonReading.string(p, t, path + ".SubscribeURL"); return true;
            case "MessageAttributes":
                p.skipChildren();
                return true;
            default:
                return false;
        }
    }

    /** An SNS envelope has a Message and says what it is (Type) or where it came from (TopicArn). */
    boolean looksLikeEnvelope() {
        return message != null && (type != null || topicArn != null);
    }

    SnsEnvelope build() {
        return new SnsEnvelope(type, messageId, topicArn, subject, message, timestamp, signatureVersion, signature,
                signingCertUrl, unsubscribeUrl, token, subscribeUrl);
    }
}
