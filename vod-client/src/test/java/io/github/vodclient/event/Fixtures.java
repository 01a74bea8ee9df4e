package io.github.vodclient.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the fixtures under src/test/resources/io/github/vodclient/event/. */
final class Fixtures {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String GUID = "6e1b9e46-3d5f-4c6d-9b0a-2f9d6b8f4a11";
    /** The real AWS-signed deliveries, kept once, with the sns package's tests that verify them. */
    static final String REAL_SNS = "/io/github/vodclient/sns/sns-real/awsv2/";

    private Fixtures() {
    }

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A {@code {Subject, Message}} fixture: what the pipeline passed to SNS Publish. */
    static Deliveries.Published published(String name) {
        try {
            JsonNode node = JSON.readTree(text(name));
            return new Deliveries.Published(node.get("Subject").asText(), node.get("Message").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
