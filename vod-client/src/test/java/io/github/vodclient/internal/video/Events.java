package io.github.vodclient.internal.video;

import io.github.vodclient.event.CompleteEvent;
import io.github.vodclient.event.ErrorEvent;
import io.github.vodclient.event.IngestEvent;
import io.github.vodclient.event.VodEventParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Pipeline events for a given job, made from the real messages of scenario A, delivered in SNS envelopes. */
final class Events {
    static final String FIXTURE_GUID = "6e1b9e46-3d5f-4c6d-9b0a-2f9d6b8f4a11";
    static final String FIXTURE_SOURCE = "uploads/My Video (1).mp4";
    private static final VodEventParser PARSER = VodEventParser.create();

    private Events() {
    }

    static IngestEvent ingest(String guid, String sourceKey, Instant published) {
        String message = fixture("gen_A-video_sns_ingest_message-body.json");
        return (IngestEvent) deliver(rewrite(message, guid, sourceKey, published), "Ingest", guid, published);
    }

    /** A Complete of a job that started at {@code started} and was published at {@code started + 45 s}. */
    static CompleteEvent complete(String guid, String sourceKey, Instant started) {
        String message = fixture("gen_A-video_sns_complete_message-body.json")
                .replace("2025-09-01T12:00:01.512Z", started.toString());
        return (CompleteEvent) deliver(rewrite(message, guid, sourceKey, started), "Complete", guid,
                started.plusSeconds(45));
    }

    static ErrorEvent error(String guid, Instant published) {
        String message = fixture("gen_error-handler_mediaconvert-error_sns_message-body.json");
        return (ErrorEvent) deliver(rewrite(message, guid, FIXTURE_SOURCE, published), "Error", guid, published);
    }

    private static String rewrite(String message, String guid, String sourceKey, Instant ignored) {
        return message.replace(FIXTURE_GUID, guid).replace(FIXTURE_SOURCE, sourceKey);
    }

    private static Object deliver(String message, String status, String guid, Instant published) {
        String body = "{\"Type\":\"Notification\",\"MessageId\":\"" + guid + "-" + status + "\","
                + "\"TopicArn\":\"arn:aws:sns:us-east-1:111122223333:vod-stack\","
                + "\"Subject\":\"Workflow Status:: " + status + ":: " + guid + "\","
                + "\"Message\":" + quote(message) + ",\"Timestamp\":\"" + published + "\"}";
        return PARSER.parseTrustedSnsEnvelope(body);
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                default: out.append(c);
            }
        }
        return out.append('"').toString();
    }

    static String fixture(String name) {
        try (InputStream in = Events.class.getResourceAsStream("/io/github/vodclient/event/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
