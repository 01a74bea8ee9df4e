package io.github.vodclient.upload;

import java.net.URI;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A presigned URL for one part of a multipart upload: PUT exactly {@link #size()} bytes (the part's slice of the
 * file) to {@link #url()} and keep the {@code ETag} response header for
 * {@link VodUploads#completeMultipart(MultipartUpload, java.util.List)}.
 *
 * <p>{@code signedHeaders} is {@code content-length} (the part size, which HTTP clients set from the body). The
 * URL is a bearer credential until it expires; {@link #toString()} leaves it out.
 *
 * @param partNumber the part number, 1 to 10,000
 * @param url the presigned URL (secret until it expires)
 * @param signedHeaders header names (lower case) and values the uploader must send, without {@code host}
 * @param offset where the part starts in the file, in bytes
 * @param size the part's size in bytes
 * @param expiresAt when S3 stops accepting the URL (effective, as for {@link PresignedUpload#expiresAt()})
 * @since 0.1.0
 */
public record PresignedPart(int partNumber, URI url, Map<String, String> signedHeaders, long offset, long size,
        Instant expiresAt) {

    /**
     * Validates and copies.
     *
     * @param partNumber the part number
     * @param url the presigned URL
     * @param signedHeaders the headers to send
     * @param offset the part's start in the file
     * @param size the part's size
     * @param expiresAt the effective expiry
     */
    public PresignedPart {
        if (partNumber < 1 || partNumber > MultipartUpload.MAX_PARTS) {
            throw new IllegalArgumentException("partNumber must be 1 to 10000, was " + partNumber);
        }
        Objects.requireNonNull(url, "url");
        signedHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(
                Objects.requireNonNull(signedHeaders, "signedHeaders")));
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /**
     * Describes the part without the URL, which is a secret.
     *
     * @return part number, range and expiry
     */
    @Override
    public String toString() {
        return "PresignedPart[partNumber=" + partNumber + ", offset=" + offset + ", size=" + size + ", expiresAt="
                + expiresAt + "]";
    }
}
