package io.github.vodclient.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.vodclient.event.CompleteEvent;
import io.github.vodclient.event.ErrorEvent;
import io.github.vodclient.event.IngestEvent;
import io.github.vodclient.event.MediaUrl;
import io.github.vodclient.event.PlaybackUrls;
import io.github.vodclient.event.UnknownEvent;
import io.github.vodclient.event.VodEvent;
import io.github.vodclient.event.WorkflowEvent;
import io.github.vodclient.sns.SnsMessage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes an event as the flat JSON object {@code vod parse} prints; absent values are omitted. */
final class EventJson {

    private EventJson() {
    }

    static void write(VodEvent event, JsonGenerator g) throws IOException {
        g.writeStartObject();
        if (event instanceof WorkflowEvent workflow) {
            g.writeStringField("status", workflow.status().name());
            g.writeStringField("rawStatus", workflow.rawStatus());
            g.writeStringField("guid", workflow.guid());
        } else {
            UnknownEvent unknown = (UnknownEvent) event;
            g.writeStringField("status", "UNKNOWN");
            string(g, "rawStatus", unknown.rawStatus());
            string(g, "guid", unknown.guid());
            g.writeStringField("reason", unknown.reason());
        }
        if (event instanceof IngestEvent ingest) {
            g.writeStringField("srcVideo", ingest.srcVideo());
        } else if (event instanceof CompleteEvent complete) {
            string(g, "srcVideo", complete.srcVideo());
            string(g, "srcBucket", complete.srcBucket());
            string(g, "startTime", complete.startTime().map(Object::toString));
            string(g, "endTime", complete.endTime().map(Object::toString));
            playback(g, complete.playback());
            if (!complete.custom().isEmpty()) {
                g.writeFieldName("custom");
                value(g, complete.custom());
            }
        } else if (event instanceof ErrorEvent error) {
            string(g, "errorAt", error.errorAt());
            string(g, "errorMessage", error.errorMessage());
            string(g, "errorDetails", error.errorDetails());
        }
        Optional<SnsMessage> sns = event.sns();
        if (sns.isPresent()) {
            g.writeObjectFieldStart("sns");
            g.writeStringField("messageId", sns.get().messageId());
            g.writeStringField("topicArn", sns.get().topicArn());
            string(g, "subject", sns.get().subject());
            g.writeStringField("timestamp", sns.get().timestamp().toString());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    static void playback(JsonGenerator g, PlaybackUrls playback) throws IOException {
        url(g, "hlsUrl", playback.hls());
        url(g, "dashUrl", playback.dash());
        url(g, "mssUrl", playback.mss());
        url(g, "cmafHlsUrl", playback.cmafHls());
        url(g, "cmafDashUrl", playback.cmafDash());
        urls(g, "mp4Urls", playback.mp4());
        urls(g, "thumbnailUrls", playback.thumbnails());
        if (!playback.egressEndpoints().isEmpty()) {
            g.writeObjectFieldStart("egressEndpoints");
            for (Map.Entry<String, MediaUrl> e : playback.egressEndpoints().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue().uri().toString());
            }
            g.writeEndObject();
        }
    }

    static void string(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        }
    }

    static void url(JsonGenerator g, String name, Optional<MediaUrl> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get().uri().toString());
        }
    }

    static void urls(JsonGenerator g, String name, List<MediaUrl> values) throws IOException {
        if (!values.isEmpty()) {
            g.writeArrayFieldStart(name);
            for (MediaUrl url : values) {
                g.writeString(url.uri().toString());
            }
            g.writeEndArray();
        }
    }

    /** Writes a custom-metadata value: the plain Java values the library produces. */
    static void value(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Number n) {
            g.writeNumber(n.toString());
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                value(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else {
            g.writeString(value.toString());
        }
    }
}
