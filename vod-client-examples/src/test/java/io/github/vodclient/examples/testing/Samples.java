package io.github.vodclient.examples.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The module's {@code samples/} deliveries, and Lambda events built in their shape. */
public final class Samples {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Samples() {
    }

    /** A sample file as text. */
    public static String read(String name) {
        try {
            return Files.readString(Path.of("samples", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code Message} of the first record of a Lambda SNS sample. */
    public static String message(String lambdaSnsSample) {
        return tree(read(lambdaSnsSample)).at("/Records/0/Sns/Message").asText();
    }

    /** A Lambda SNS sample with its message's {@code srcVideo} replaced. */
    public static String withSourceKey(String lambdaSnsSample, String sourceKey) {
        return lambdaSnsEvent(lambdaSnsSample, message(lambdaSnsSample)
                .replace("\"srcVideo\": \"" + TestVideos.SAMPLE_KEY + "\"", "\"srcVideo\": \"" + sourceKey + "\""));
    }

    /** A Lambda SNS event in the shape of a sample, with one record per message. */
    public static String lambdaSnsEvent(String sample, String... messages) {
        ObjectNode root = (ObjectNode) tree(read(sample));
        ObjectNode template = (ObjectNode) root.at("/Records/0");
        ArrayNode records = root.putArray("Records");
        for (String message : messages) {
            ObjectNode record = template.deepCopy();
            ((ObjectNode) record.get("Sns")).put("Message", message);
            records.add(record);
        }
        return write(root);
    }

    /** One SQS message: its id (null for none) and body. */
    public record SqsRecord(String messageId, String body) {
    }

    /** A Lambda SQS event in the shape of {@code lambda-sqs-batch.json}, with these messages in order. */
    public static String lambdaSqsEvent(SqsRecord... messages) {
        ObjectNode root = (ObjectNode) tree(read("lambda-sqs-batch.json"));
        ObjectNode template = (ObjectNode) root.at("/Records/0");
        ArrayNode records = root.putArray("Records");
        for (SqsRecord message : messages) {
            ObjectNode record = template.deepCopy().put("body", message.body());
            if (message.messageId() == null) {
                record.remove("messageId");
            } else {
                record.put("messageId", message.messageId());
            }
            records.add(record);
        }
        return write(root);
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
