package io.github.vodclient.internal.upload;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.vodclient.internal.Json;
import io.github.vodclient.upload.WorkflowStart;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link WorkflowStart} a {@link WorkflowStartBuilder} builds: immutable, its custom keys already checked and
 * deeply copied; and the metadata file's JSON: {@code srcVideo}, the options that are set, then the custom keys, in
 * that order.
 */
record MetadataFile(String srcVideo, Optional<WorkflowStart.ArchiveSource> archiveSource,
        Optional<Boolean> frameCapture, Optional<String> jobTemplate, Optional<WorkflowStart.InputRotate> inputRotate,
        Optional<WorkflowStart.AcceleratedTranscoding> acceleratedTranscoding, Map<String, Object> custom)
        implements WorkflowStart {

    MetadataFile {
        Objects.requireNonNull(srcVideo, "srcVideo");
        custom = Collections.unmodifiableMap(custom);
    }

    @Override
    public String toJson() {
        return json(this);
    }

    /**
     * The metadata file's JSON (compact, UTF-8 when encoded).
     *
     * @param start the content
     * @return the JSON text
     */
    static String json(WorkflowStart start) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.factory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("srcVideo", start.srcVideo());
            if (start.archiveSource().isPresent()) {
                g.writeStringField("archiveSource", start.archiveSource().get().name());
            }
            if (start.frameCapture().isPresent()) {
                g.writeBooleanField("frameCapture", start.frameCapture().get());
            }
            if (start.jobTemplate().isPresent()) {
                g.writeStringField("jobTemplate", start.jobTemplate().get());
            }
            if (start.inputRotate().isPresent()) {
                g.writeStringField("inputRotate", start.inputRotate().get().name());
            }
            if (start.acceleratedTranscoding().isPresent()) {
                g.writeStringField("acceleratedTranscoding", start.acceleratedTranscoding().get().name());
            }
            for (Map.Entry<String, Object> e : start.custom().entrySet()) {
                g.writeFieldName(e.getKey());
                value(g, e.getValue());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes the value types {@link WorkflowStartBuilder} lets through. */
    private static void value(JsonGenerator g, Object value) throws IOException {
        if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (value instanceof BigInteger i) {
            g.writeNumber(i);
        } else if (value instanceof Double || value instanceof Float) {
            g.writeNumber(((Number) value).doubleValue());
        } else if (value instanceof Number n) {
            g.writeNumber(n.longValue());
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                value(g, item);
            }
            g.writeEndArray();
        } else {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                g.writeFieldName((String) e.getKey());
                value(g, e.getValue());
            }
            g.writeEndObject();
        }
    }
}
