package io.github.vodclient.upload;

import java.net.URI;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A presigned single-part upload: the uploader sends {@link #method()} to {@link #url()} with every header of
 * {@link #signedHeaders()} and the file as the body, before {@link #expiresAt()}.
 *
 * <p>{@code signedHeaders} holds every signed header except {@code host} (implied by the URL). If it contains
 * {@code content-length}, HTTP clients (browsers, {@code java.net.http}) set that header themselves from the
 * body and refuse to set it by hand: send a body of exactly that size; {@link #headersToSet()} leaves it out.
 *
 * <p>The URL is a bearer credential until it expires: do not log it. {@link #toString()} leaves it out.
 *
 * <pre>{@code
 * PresignedUpload upload = uploads.presignPut(request);
 * HttpRequest.Builder put = HttpRequest.newBuilder(upload.url()).PUT(BodyPublishers.ofFile(file));
 * upload.headersToSet().forEach(put::header);
 * }</pre>
 *
 * @param method the HTTP method, always {@code PUT}
 * @param url the presigned URL (secret until it expires)
 * @param signedHeaders header names (lower case) and values the uploader must send
 * @param bucket the source bucket
 * @param key the object key the upload creates
 * @param expiresAt when S3 stops accepting the URL: the earlier of the signed expiry and the expiry of the
 *     credentials that signed it
 * @since 0.1.0
 */
public record PresignedUpload(String method, URI url, Map<String, String> signedHeaders, String bucket, String key,
        Instant expiresAt) {

    /**
     * Validates and copies.
     *
     * @param method the HTTP method
     * @param url the presigned URL
     * @param signedHeaders the headers to send
     * @param bucket the bucket
     * @param key the key
     * @param expiresAt the effective expiry
     */
    public PresignedUpload {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        signedHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(
                Objects.requireNonNull(signedHeaders, "signedHeaders")));
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /**
     * The signed headers an HTTP client must set explicitly: {@link #signedHeaders()} without
     * {@code content-length}, which clients derive from the body.
     *
     * @return header names and values
     */
    public Map<String, String> headersToSet() {
        Map<String, String> headers = new LinkedHashMap<>(signedHeaders);
        headers.remove("content-length");
        return Collections.unmodifiableMap(headers);
    }

    /**
     * Describes the upload without the URL, which is a secret.
     *
     * @return method, bucket, key, header names and expiry
     */
    @Override
    public String toString() {
        return "PresignedUpload[method=" + method + ", bucket=" + bucket + ", key=" + key + ", signedHeaders="
                + signedHeaders.keySet() + ", expiresAt=" + expiresAt + "]";
    }
}
