package io.github.vodclient.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Anchor (a): how the seed article reads a pipeline event with Jackson databind — {@code readTree} of the envelope,
 * {@code readTree} of {@code Message}, then field reads into strings. No validation, no typed times or URLs: the
 * cheapest thing that still yields the values an application stores.
 */
public final class SeedStyle {

    /** What the seed reads from a Complete message. */
    public record SeedEvent(String status, String guid, String srcVideo, String startTime, String endTime,
            String hlsUrl, String dashUrl, String cmafHlsUrl, String cmafDashUrl, String mssUrl,
            List<String> mp4Urls, List<String> thumbnailUrls, int srcWidth, int srcHeight, String subject) {
    }

    private final ObjectMapper mapper;

    public SeedStyle(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Reads the first record of a Lambda SNS event. */
    public SeedEvent readLambdaSns(String event) {
        JsonNode sns = tree(event).path("Records").path(0).path("Sns");
        return fields(tree(sns.path("Message").asText()), sns.path("Subject").asText(null));
    }

    /** Reads the first record of a Lambda SNS event given as bytes, as a Lambda {@code RequestStreamHandler} has it. */
    public SeedEvent readLambdaSns(byte[] event) {
        JsonNode sns;
        try {
            sns = mapper.readTree(event).path("Records").path(0).path("Sns");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fields(tree(sns.path("Message").asText()), sns.path("Subject").asText(null));
    }

    /** Reads a bare message (the solution's own SQS body). */
    public SeedEvent readMessage(String message) {
        return fields(tree(message), null);
    }

    private JsonNode tree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SeedEvent fields(JsonNode m, String subject) {
        String status = m.has("workflowStatus") ? m.get("workflowStatus").asText() : m.path("status").asText();
        return new SeedEvent(status, m.path("guid").asText(), m.path("srcVideo").asText(null),
                m.path("startTime").asText(null), m.path("endTime").asText(null), m.path("hlsUrl").asText(null),
                m.path("dashUrl").asText(null), m.path("cmafHlsUrl").asText(null), m.path("cmafDashUrl").asText(null),
                m.path("mssUrl").asText(null), texts(m.path("mp4Urls")), texts(m.path("thumbNailsUrls")),
                m.path("srcWidth").asInt(), m.path("srcHeight").asInt(), subject);
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>(array.size());
        for (JsonNode value : array) {
            values.add(value.asText());
        }
        return values;
    }
}
