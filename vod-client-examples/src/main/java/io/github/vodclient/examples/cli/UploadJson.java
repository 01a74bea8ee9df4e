package io.github.vodclient.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.vodclient.upload.MultipartUpload.PresignedPart;
import io.github.vodclient.upload.MultipartUpload;
import io.github.vodclient.upload.VodUploads.PresignedUpload;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Writes the upload commands' JSON output, one object per line. */
final class UploadJson {

    private UploadJson() {
    }

    /** {@code {"method","url","headers","bucket","key","expiresAt"}}. */
    static void write(PrintWriter out, PresignedUpload upload) {
        print(out, g -> {
            g.writeStartObject();
            g.writeStringField("method", upload.method());
            g.writeStringField("url", upload.url().toString());
            headers(g, upload.signedHeaders());
            g.writeStringField("bucket", upload.bucket());
            g.writeStringField("key", upload.key());
            g.writeStringField("expiresAt", upload.expiresAt().toString());
            g.writeEndObject();
        });
    }

    /** {@code {"bucket","key","uploadId","fileSize","partSize","partCount"}}. */
    static void write(PrintWriter out, MultipartUpload upload) {
        print(out, g -> {
            g.writeStartObject();
            g.writeStringField("bucket", upload.bucket());
            g.writeStringField("key", upload.key());
            g.writeStringField("uploadId", upload.uploadId());
            g.writeNumberField("fileSize", upload.fileSize());
            g.writeNumberField("partSize", upload.partSize());
            g.writeNumberField("partCount", upload.partCount());
            g.writeEndObject();
        });
    }

    /** {@code {"key","uploadId","parts":[{"partNumber","method","url","headers","offset","size","expiresAt"}]}}. */
    static void write(PrintWriter out, MultipartUpload upload, List<PresignedPart> parts) {
        print(out, g -> {
            g.writeStartObject();
            g.writeStringField("key", upload.key());
            g.writeStringField("uploadId", upload.uploadId());
            g.writeArrayFieldStart("parts");
            for (PresignedPart part : parts) {
                g.writeStartObject();
                g.writeNumberField("partNumber", part.partNumber());
                g.writeStringField("method", "PUT");
                g.writeStringField("url", part.url().toString());
                headers(g, part.signedHeaders());
                g.writeNumberField("offset", part.offset());
                g.writeNumberField("size", part.size());
                g.writeStringField("expiresAt", part.expiresAt().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** Any flat object of strings and numbers, for the short results. */
    static void write(PrintWriter out, Map<String, Object> fields) {
        print(out, g -> {
            g.writeStartObject();
            for (Map.Entry<String, Object> e : fields.entrySet()) {
                if (e.getValue() instanceof Number n) {
                    g.writeNumberField(e.getKey(), n.longValue());
                } else {
                    g.writeStringField(e.getKey(), String.valueOf(e.getValue()));
                }
            }
            g.writeEndObject();
        });
    }

    private static void headers(JsonGenerator g, Map<String, String> headers) throws IOException {
        g.writeObjectFieldStart("headers");
        for (Map.Entry<String, String> e : headers.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static void print(PrintWriter out, Body body) {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }
}
