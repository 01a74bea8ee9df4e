package io.github.vodclient.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** Builds the envelopes subscribers receive (VOD-CONTRACT §2) around a published message. */
final class Deliveries {
    static final String TOPIC_ARN = "arn:aws:sns:us-east-1:111122223333:vod-stack-Notifications";
    static final String TIMESTAMP = "2025-09-01T12:00:47.123Z";
    static final String CERT_URL = "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-0000.pem";

    /** What the pipeline passed to SNS Publish. */
    record Published(String subject, String message) {
    }

    private Deliveries() {
    }

    /** The event of a Lambda function subscribed to the topic: one record per message. */
    static String lambdaSns(Published... messages) {
        ObjectNode root = Fixtures.JSON.createObjectNode();
        ArrayNode records = root.putArray("Records");
        int i = 0;
        for (Published p : messages) {
            ObjectNode record = records.addObject();
            record.put("EventSource", "aws:sns");
            record.put("EventVersion", "1.0");
            record.put("EventSubscriptionArn", TOPIC_ARN + ":0b1e2c3d-0000-4000-8000-000000000000");
            ObjectNode sns = record.putObject("Sns");
            sns.put("Type", "Notification");
            sns.put("MessageId", messageId(i++));
            sns.put("TopicArn", TOPIC_ARN);
            sns.put("Subject", p.subject());
            sns.put("Message", p.message());
            sns.put("Timestamp", TIMESTAMP);
            sns.put("SignatureVersion", "1");
            sns.put("Signature", "c2lnbmF0dXJl");
            sns.put("SigningCertUrl", CERT_URL);
            sns.put("UnsubscribeUrl", "https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe");
            sns.putObject("MessageAttributes");
        }
        return write(root);
    }

    /** The body SNS POSTs to an HTTP(S) endpoint, and the SQS body of a non-raw subscription. */
    static String snsHttpBody(Published p) {
        ObjectNode body = Fixtures.JSON.createObjectNode();
        body.put("Type", "Notification");
        body.put("MessageId", messageId(0));
        body.put("TopicArn", TOPIC_ARN);
        body.put("Subject", p.subject());
        body.put("Message", p.message());
        body.put("Timestamp", TIMESTAMP);
        body.put("SignatureVersion", "1");
        body.put("Signature", "c2lnbmF0dXJl");
        body.put("SigningCertURL", CERT_URL);
        body.put("UnsubscribeURL", "https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe");
        return write(body);
    }

    /** The event of a Lambda function reading an SQS queue: one record per body. */
    static String lambdaSqs(String... bodies) {
        ObjectNode root = Fixtures.JSON.createObjectNode();
        ArrayNode records = root.putArray("Records");
        int i = 0;
        for (String body : bodies) {
            ObjectNode record = records.addObject();
            record.put("messageId", sqsMessageId(i++));
            record.put("receiptHandle", "AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a");
            record.put("body", body);
            ObjectNode attributes = record.putObject("attributes");
            attributes.put("ApproximateReceiveCount", "1");
            attributes.put("SentTimestamp", "1756728047123");
            record.putObject("messageAttributes");
            record.put("md5OfBody", "e4e68fb7bd0e697a0ae8f1bb342846b3");
            record.put("eventSource", "aws:sqs");
            record.put("eventSourceARN", "arn:aws:sqs:us-east-1:111122223333:vod-events");
            record.put("awsRegion", "us-east-1");
        }
        return write(root);
    }

    static String messageId(int i) {
        return "95df01b4-ee98-5cb9-9903-4c221d41eb5" + i;
    }

    static String sqsMessageId(int i) {
        return "059f36b4-87a3-44ab-83d2-661975830a7" + i;
    }

    private static String write(ObjectNode node) {
        try {
            return Fixtures.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
