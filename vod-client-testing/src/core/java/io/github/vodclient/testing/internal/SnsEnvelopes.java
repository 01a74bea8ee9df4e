package io.github.vodclient.testing.internal;

import io.github.vodclient.testing.SnsTestMessages.Published;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * SNS envelopes (VOD-CONTRACT §2) and their signatures (§3), written out from the contract, independently of the
 * library's verifier, so that a test can catch the two disagreeing.
 */
public final class SnsEnvelopes {
    private static final List<String> NOTIFICATION_SIGNED = List.of("Message", "MessageId", "Subject", "Timestamp",
            "TopicArn", "Type");
    private static final List<String> CONFIRMATION_SIGNED = List.of("Message", "MessageId", "SubscribeURL",
            "Timestamp", "Token", "TopicArn", "Type");
    // SNS's field order in an HTTP body; Signature, SignatureVersion and SigningCertURL are added when signing
    private static final List<String> HTTP_ORDER = List.of("Type", "MessageId", "Token", "TopicArn", "Subject",
            "Message", "SubscribeURL", "Timestamp", "SignatureVersion", "Signature", "SigningCertURL",
            "UnsubscribeURL");

    private SnsEnvelopes() {
    }

    /**
     * The unsigned fields of a Notification.
     *
     * @param topicArn the topic
     * @param published the subject and message
     * @param at when SNS sent it
     * @return the fields
     */
    public static Map<String, String> notification(String topicArn, Published published, Instant at) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("Type", "Notification");
        f.put("MessageId", UUID.randomUUID().toString());
        f.put("TopicArn", topicArn);
        f.put("Subject", published.subject());
        f.put("Message", published.message());
        f.put("Timestamp", at.truncatedTo(ChronoUnit.MILLIS).toString());
        f.put("UnsubscribeURL", endpoint(topicArn) + "/?Action=Unsubscribe&SubscriptionArn=" + topicArn
                + ":b24e11a2-06bd-4e73-aa29-0ed2de3b41b5");
        return f;
    }

    /**
     * The unsigned fields of a SubscriptionConfirmation or UnsubscribeConfirmation.
     *
     * @param type the type
     * @param topicArn the topic
     * @param at when SNS sent it
     * @return the fields
     */
    public static Map<String, String> confirmation(String type, String topicArn, Instant at) {
        String token = HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
        Map<String, String> f = new LinkedHashMap<>();
        f.put("Type", type);
        f.put("MessageId", UUID.randomUUID().toString());
        f.put("Token", token);
        f.put("TopicArn", topicArn);
        f.put("Message", type.equals("SubscriptionConfirmation")
                ? "You have chosen to subscribe to the topic " + topicArn
                        + ".\nTo confirm the subscription, visit the SubscribeURL included in this message."
                : "You have chosen to deactivate subscription " + topicArn
                        + ":b24e11a2-06bd-4e73-aa29-0ed2de3b41b5.\nTo cancel this operation and restore the "
                        + "subscription, visit the SubscribeURL included in this message.");
        f.put("SubscribeURL", endpoint(topicArn) + "/?Action=ConfirmSubscription&TopicArn=" + topicArn + "&Token="
                + token);
        f.put("Timestamp", at.truncatedTo(ChronoUnit.MILLIS).toString());
        return f;
    }

    /**
     * Signs the fields as SNS does: the string to sign of the type's fields, with SHA1withRSA (version 1) or
     * SHA256withRSA (version 2).
     *
     * @param unsigned the fields
     * @param version {@code 1} or {@code 2}
     * @param certificateUrl the {@code SigningCertURL}
     * @param key the signing key
     * @return the fields with {@code SignatureVersion}, {@code Signature} and {@code SigningCertURL}, in SNS's order
     */
    public static Map<String, String> sign(Map<String, String> unsigned, String version, URI certificateUrl,
            PrivateKey key) {
        List<String> signedNames = "Notification".equals(unsigned.get("Type")) ? NOTIFICATION_SIGNED
                : CONFIRMATION_SIGNED;
        StringBuilder toSign = new StringBuilder();
        for (String name : signedNames) {
            String value = unsigned.get(name);
            if (value != null) {
                toSign.append(name).append('\n').append(value).append('\n');
            }
        }
        Map<String, String> all = new LinkedHashMap<>(unsigned);
        all.putIfAbsent("SignatureVersion", version);
        all.putIfAbsent("SigningCertURL", certificateUrl.toString());
        try {
            Signature signature = Signature.getInstance(version.equals("1") ? "SHA1withRSA" : "SHA256withRSA");
            signature.initSign(key);
            signature.update(toSign.toString().getBytes(StandardCharsets.UTF_8));
            all.put("Signature", Base64.getEncoder().encodeToString(signature.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the test key", e);
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String name : HTTP_ORDER) {
            if (all.containsKey(name)) {
                ordered.put(name, all.remove(name));
            }
        }
        ordered.putAll(all);
        return ordered;
    }

    /**
     * The HTTP POST body of signed fields.
     *
     * @param fields the signed fields
     * @return the JSON body
     */
    public static String httpBody(Map<String, String> fields) {
        return JsonText.SNS.write(fields);
    }

    /**
     * The HTTP headers SNS sends with a body.
     *
     * @param fields the fields
     * @return the headers
     */
    public static Map<String, String> httpHeaders(Map<String, String> fields) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "text/plain; charset=UTF-8");
        headers.put("x-amz-sns-message-type", fields.get("Type"));
        headers.put("x-amz-sns-message-id", fields.get("MessageId"));
        headers.put("x-amz-sns-topic-arn", fields.get("TopicArn"));
        return headers;
    }

    /**
     * A Lambda SNS event: one record per envelope, in the Lambda spellings {@code SigningCertUrl} and
     * {@code UnsubscribeUrl}.
     *
     * @param topicArn the topic
     * @param envelopes the signed fields of each envelope
     * @return the event's JSON
     */
    public static String lambdaSnsEvent(String topicArn, List<Map<String, String>> envelopes) {
        List<Object> records = new ArrayList<>();
        for (Map<String, String> fields : envelopes) {
            Map<String, Object> sns = new LinkedHashMap<>();
            fields.forEach((name, value) -> sns.put(name.equals("SigningCertURL") ? "SigningCertUrl"
                    : name.equals("UnsubscribeURL") ? "UnsubscribeUrl" : name, value));
            sns.put("MessageAttributes", Map.of());
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("EventSource", "aws:sns");
            record.put("EventVersion", "1.0");
            record.put("EventSubscriptionArn", topicArn + ":0b1e2c3d-0000-4000-8000-000000000000");
            record.put("Sns", sns);
            records.add(record);
        }
        return JsonText.SNS.write(Map.of("Records", records));
    }

    /**
     * A Lambda SQS event: one record per body, from a queue in the topic's region and account.
     *
     * @param topicArn the topic, whose region and account the queue shares
     * @param bodies the message bodies
     * @return the event's JSON
     */
    public static String lambdaSqsEvent(String topicArn, String... bodies) {
        String[] arn = topicArn.split(":");
        List<Object> records = new ArrayList<>();
        long sent = System.currentTimeMillis();
        for (String body : bodies) {
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("ApproximateReceiveCount", "1");
            attributes.put("SentTimestamp", String.valueOf(sent));
            attributes.put("SenderId", "AIDAIENQZJOLO23YVJ4VO");
            attributes.put("ApproximateFirstReceiveTimestamp", String.valueOf(sent + 2));
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("messageId", UUID.randomUUID().toString());
            record.put("receiptHandle", "AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a" + records.size());
            record.put("body", body);
            record.put("attributes", attributes);
            record.put("messageAttributes", Map.of());
            record.put("md5OfBody", md5(body));
            record.put("eventSource", "aws:sqs");
            record.put("eventSourceARN", "arn:" + arn[1] + ":sqs:" + arn[3] + ":" + arn[4] + ":vod-events");
            record.put("awsRegion", arn[3]);
            records.add(record);
        }
        return JsonText.SNS.write(Map.of("Records", records));
    }

    private static String endpoint(String topicArn) {
        String[] arn = topicArn.split(":");
        return "https://sns." + arn[3] + ".amazonaws.com" + (arn[1].equals("aws-cn") ? ".cn" : "");
    }

    private static String md5(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
