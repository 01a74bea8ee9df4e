package io.github.vodclient.testing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Signs SNS envelopes with a test key the way SNS does, written out independently of the main code's
 * {@code StringToSign} so that the two can disagree.
 */
public final class TestSigner {

    public static final String TOPIC = "arn:aws:sns:us-west-2:123456789012:vod-stack-topic";
    public static final String CERT_URL = "https://sns.us-west-2.amazonaws.com/SimpleNotificationService-0123456789abcdef"
            + "0123456789abcdef.pem";

    private TestSigner() {
    }

    /** An unsigned envelope of the given type, with the fields SNS sends, in SNS's order. */
    public static Map<String, String> envelope(String type, String message, String subject, String timestamp) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("Type", type);
        f.put("MessageId", "5f0e3a5c-1d2b-5c3e-9a6b-" + Integer.toHexString(message.hashCode() & 0xfffffff));
        if (!type.equals("Notification")) {
            f.put("Token", "2336412f37fb687f5d51e6e2425929f52e8e353134fe72d55ef8b330217d82da1400");
        }
        f.put("TopicArn", TOPIC);
        if (subject != null) {
            f.put("Subject", subject);
        }
        f.put("Message", message);
        if (!type.equals("Notification")) {
            f.put("SubscribeURL", "https://sns.us-west-2.amazonaws.com/?Action=ConfirmSubscription&TopicArn="
                    + TOPIC + "&Token=" + f.get("Token"));
        }
        f.put("Timestamp", timestamp);
        f.put("SignatureVersion", "1");
        f.put("Signature", "");
        f.put("SigningCertURL", CERT_URL);
        if (type.equals("Notification")) {
            f.put("UnsubscribeURL", "https://sns.us-west-2.amazonaws.com/?Action=Unsubscribe&SubscriptionArn="
                    + TOPIC + ":b24e11a2-06bd-4e73-aa29-0ed2de3b41b5");
        }
        return f;
    }

    /** Sets SignatureVersion and a signature over the current field values. */
    public static Map<String, String> sign(Map<String, String> fields, String version, PrivateKey key) {
        Map<String, String> signed = new LinkedHashMap<>(fields);
        signed.put("SignatureVersion", version);
        List<String> names = fields.get("Type").equals("Notification")
                ? List.of("Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type")
                : List.of("Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type");
        StringBuilder toSign = new StringBuilder();
        for (String name : names) {
            if (fields.get(name) != null) {
                toSign.append(name).append('\n').append(fields.get(name)).append('\n');
            }
        }
        try {
            Signature signature = Signature.getInstance(version.equals("2") ? "SHA256withRSA" : "SHA1withRSA");
            signature.initSign(key);
            signature.update(toSign.toString().getBytes(StandardCharsets.UTF_8));
            signed.put("Signature", Base64.getEncoder().encodeToString(signature.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return signed;
    }
}
