package io.github.vodclient.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The inputs every benchmark reads: the pipeline's real Complete message (fixture {@code gen_A-video_sns_complete.json}
 * from the solution v6.1.13), wrapped in the envelope a Lambda subscribed to the topic receives, and the solution's
 * own SQS body ({@code gen_A-video_sqs_message-body.json}, ~30 KB).
 */
public final class Fixtures {
    static final JsonFactory JSON = new JsonFactory();
    public static final String TOPIC_ARN = "arn:aws:sns:us-west-2:123456789012:vod-stack-Notifications";
    public static final String CERT_URL = "https://sns.us-west-2.amazonaws.com/SimpleNotificationService-"
            + "0123456789abcdef0123456789abcdef.pem";
    public static final String TIMESTAMP = "2025-09-01T12:05:31.207Z";
    public static final String MESSAGE_ID = "5f0e3a5c-1d2b-5c3e-9a6b-7d8e9f0a1b2c";
    public static final String UNSUBSCRIBE_URL = "https://sns.us-west-2.amazonaws.com/?Action=Unsubscribe"
            + "&SubscriptionArn=" + TOPIC_ARN + ":b24e11a2-06bd-4e73-aa29-0ed2de3b41b5";
    /** The guid of fixture scenario A. */
    public static final String GUID = "6e1b9e46-3d5f-4c6d-9b0a-2f9d6b8f4a11";
    /** The decoded source key of fixture scenario A. */
    public static final String SOURCE_KEY = "uploads/My Video (1).mp4";

    private Fixtures() {
    }

    /**
     * A fixture of the library's test-jar, where the project keeps one copy of each: {@code event/...} or
     * {@code job/...}.
     */
    public static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/io/github/vodclient/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Complete message and subject as the pipeline published them. */
    public static Map<String, String> published() {
        Map<String, String> fields = new LinkedHashMap<>();
        try (JsonParser p = JSON.createParser(resource("event/gen_A-video_sns_complete.json"))) {
            p.nextToken();
            String name;
            while ((name = p.nextFieldName()) != null) {
                p.nextToken();
                fields.put(name, p.getText());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fields;
    }

    /** The solution's own SQS body: the whole final workflow state. */
    public static String sqsBody() {
        return resource("event/gen_A-video_sqs_message-body.json");
    }

    /** A 2048-bit RSA signature's size in base64, so that envelopes are as long as real ones. */
    static String placeholderSignature() {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** The event of a Lambda function subscribed to the topic, one record, as Lambda sends it (~2.5 KB). */
    public static String lambdaSnsEvent() {
        Map<String, String> published = published();
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("Records");
            g.writeStartObject();
            g.writeStringField("EventSource", "aws:sns");
            g.writeStringField("EventVersion", "1.0");
            g.writeStringField("EventSubscriptionArn", TOPIC_ARN + ":0b1e2c3d-0000-4000-8000-000000000000");
            g.writeObjectFieldStart("Sns");
            g.writeStringField("Type", "Notification");
            g.writeStringField("MessageId", MESSAGE_ID);
            g.writeStringField("TopicArn", TOPIC_ARN);
            g.writeStringField("Subject", published.get("Subject"));
            g.writeStringField("Message", published.get("Message"));
            g.writeStringField("Timestamp", TIMESTAMP);
            g.writeStringField("SignatureVersion", "1");
            g.writeStringField("Signature", placeholderSignature());
            g.writeStringField("SigningCertUrl", CERT_URL);
            g.writeStringField("UnsubscribeUrl", UNSUBSCRIBE_URL);
            g.writeObjectFieldStart("MessageAttributes");
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes string fields as one JSON object. */
    public static String json(Map<String, String> fields) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            for (Map.Entry<String, String> e : fields.entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
