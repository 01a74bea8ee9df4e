package io.github.vodclient.examples.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import io.github.vodclient.UploadValidationException;
import io.github.vodclient.upload.MultipartUpload;
import io.github.vodclient.upload.VodUploads.PresignedUpload;
import io.github.vodclient.upload.UploadRequest;
import io.github.vodclient.upload.MultipartUpload.UploadedPart;
import io.github.vodclient.upload.VodUploads;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The upload API the page calls before it sends a byte: {@code POST /api/uploads} with the file's name, size and type
 * checks the file as the pipeline would (a size over the limit, an extension the pipeline ignores such as
 * {@code .Mov}: 400 with the reason), creates the video row, and answers a presigned PUT or, from the multipart
 * threshold on, a multipart plan with a presigned URL per part. The browser uploads straight to S3, then calls
 * {@code POST /api/uploads/<id>/complete} with the parts' ETags, or {@code .../abort} to cancel.
 */
final class UploadHandler {
    static final String PATH = "/api/uploads";

    private final VodUploads uploads;
    private final WebVideos videos;
    private final WebSettings settings;
    /** Multipart uploads in flight, by video id. */
    private final Map<String, MultipartUpload> multipart = new ConcurrentHashMap<>();

    UploadHandler(VodUploads uploads, WebVideos videos, WebSettings settings) {
        this.uploads = Objects.requireNonNull(uploads, "uploads");
        this.videos = Objects.requireNonNull(videos, "videos");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    void handle(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            WebServer.text(exchange, 405, "POST only");
            return;
        }
        String rest = exchange.getRequestURI().getPath().substring(PATH.length());
        String[] path = rest.isEmpty() || rest.equals("/") ? new String[0] : rest.substring(1).split("/");
        try {
            if (path.length == 0) {
                start(exchange, WebJson.readObject(WebServer.body(exchange)));
            } else if (path.length == 2 && path[1].equals("complete")) {
                complete(exchange, path[0], WebJson.readObject(WebServer.body(exchange)));
            } else if (path.length == 2 && path[1].equals("abort")) {
                abort(exchange, path[0]);
            } else {
                WebServer.text(exchange, 404, "no such upload action");
            }
        } catch (UploadValidationException | IllegalArgumentException e) {
            WebServer.json(exchange, 400, WebJson.write(g -> {
                g.writeStartObject();
                g.writeStringField("error", e.getMessage());
                g.writeEndObject();
            }));
        } catch (SdkException e) {
            WebServer.json(exchange, 502, WebJson.write(g -> {
                g.writeStartObject();
                g.writeStringField("error", "S3 refused: " + e.getMessage());
                g.writeEndObject();
            }));
        }
    }

    private void start(HttpExchange exchange, Map<String, Object> request) throws IOException {
        String fileName = WebJson.string(request, "fileName");
        long size = WebJson.number(request, "size");
        if (size <= 0) {
            throw new IllegalArgumentException(fileName + " is empty");
        }
        if (size > settings.maxUploadBytes()) {
            throw new IllegalArgumentException(fileName + " is " + megabytes(size) + "; this application accepts"
                    + " files up to " + megabytes(settings.maxUploadBytes()));
        }
        String videoId = "v-" + UUID.randomUUID().toString().substring(0, 8);
        String contentType = request.get("contentType") instanceof String type && !type.isBlank() ? type : null;
        if (size < settings.multipartThreshold()) {
            UploadRequest.Builder put = UploadRequest.builder().videoId(videoId).fileName(fileName).contentLength(size);
            if (contentType != null) {
                put.contentType(contentType);
            }
            PresignedUpload upload = uploads.presignPut(put.build());
            videos.create(videoId, fileName, upload.key());
            WebServer.json(exchange, 200, WebJson.write(g -> {
                g.writeStartObject();
                g.writeStringField("videoId", videoId);
                g.writeStringField("mode", "put");
                g.writeStringField("method", upload.method());
                g.writeStringField("url", upload.url().toString());
                writeHeaders(g, upload.headersToSet());
                g.writeEndObject();
            }));
            return;
        }
        UploadRequest.Builder plan = UploadRequest.builder().videoId(videoId).fileName(fileName).contentLength(size)
                .partSize(settings.partSize());
        if (contentType != null) {
            plan.contentType(contentType);
        }
        MultipartUpload upload = uploads.startMultipart(plan.build());
        var parts = uploads.presignParts(upload);
        multipart.put(videoId, upload);
        videos.create(videoId, fileName, upload.key());
        WebServer.json(exchange, 200, WebJson.write(g -> {
            g.writeStartObject();
            g.writeStringField("videoId", videoId);
            g.writeStringField("mode", "multipart");
            g.writeNumberField("parallelParts", settings.parallelParts());
            g.writeArrayFieldStart("parts");
            for (var part : parts) {
                g.writeStartObject();
                g.writeNumberField("partNumber", part.partNumber());
                g.writeStringField("url", part.url().toString());
                g.writeNumberField("offset", part.offset());
                g.writeNumberField("size", part.size());
                writeHeaders(g, part.signedHeaders());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
    }

    private void complete(HttpExchange exchange, String videoId, Map<String, Object> request) throws IOException {
        MultipartUpload upload = multipart.get(videoId);
        if (upload == null) {
            throw new IllegalArgumentException("no multipart upload in flight for " + videoId);
        }
        if (!(request.get("parts") instanceof List<?> list)) {
            throw new IllegalArgumentException("parts must be a list of {partNumber, eTag}");
        }
        List<UploadedPart> parts = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> part) || !(part.get("partNumber") instanceof Long number)
                    || !(part.get("eTag") instanceof String eTag)) {
                throw new IllegalArgumentException("parts must be a list of {partNumber, eTag}");
            }
            parts.add(UploadedPart.of(Math.toIntExact(number), eTag));
        }
        uploads.completeMultipart(upload, parts);
        multipart.remove(videoId);
        WebServer.text(exchange, 200, "completed");
    }

    private void abort(HttpExchange exchange, String videoId) throws IOException {
        MultipartUpload upload = multipart.remove(videoId);
        if (upload != null) {
            uploads.abortMultipart(upload);
        }
        if (videos.find(videoId).isPresent()) {
            videos.cancel(videoId);
        }
        WebServer.text(exchange, 200, upload != null ? "aborted" : "cancelled");
    }

    /** The signed headers the browser must send; it sets Host and Content-Length itself and may not set them. */
    private static void writeHeaders(JsonGenerator g, Map<String, String> headers) throws IOException {
        g.writeObjectFieldStart("headers");
        for (Map.Entry<String, String> header : headers.entrySet()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!name.equals("host") && !name.equals("content-length")) {
                g.writeStringField(header.getKey(), header.getValue());
            }
        }
        g.writeEndObject();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
