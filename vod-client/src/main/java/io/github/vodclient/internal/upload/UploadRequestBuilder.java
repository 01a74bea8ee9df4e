package io.github.vodclient.internal.upload;

import io.github.vodclient.UploadValidationException;
import io.github.vodclient.internal.Untrusted;
import io.github.vodclient.upload.UploadRequest;
import io.github.vodclient.upload.UploadRequest.Checksum;
import io.github.vodclient.upload.UploadRequest.Encryption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The builder behind {@link UploadRequest#builder()}: checks each metadata entry as it is given, the rest when
 * {@link #build()} runs ({@link DefaultUploadRequest}). Not thread-safe.
 */
public final class UploadRequestBuilder implements UploadRequest.Builder {
    String key;
    String videoId;
    String fileName;
    String contentType;
    final Map<String, String> metadata = new LinkedHashMap<>();
    Encryption encryption;
    Long contentLength;
    Long maxSize;
    Long partSize;
    Duration expiry;
    Checksum checksum;

    /** An empty request. */
    public UploadRequestBuilder() {
    }

    @Override
    public UploadRequest.Builder key(String key) {
        this.key = Objects.requireNonNull(key, "key");
        return this;
    }

    @Override
    public UploadRequest.Builder videoId(String videoId) {
        this.videoId = Objects.requireNonNull(videoId, "videoId");
        return this;
    }

    @Override
    public UploadRequest.Builder fileName(String fileName) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        return this;
    }

    @Override
    public UploadRequest.Builder contentType(String contentType) {
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        return this;
    }

    @Override
    public UploadRequest.Builder contentLength(long contentLength) {
        this.contentLength = contentLength;
        return this;
    }

    @Override
    public UploadRequest.Builder maxSize(long maxSize) {
        this.maxSize = maxSize;
        return this;
    }

    @Override
    public UploadRequest.Builder partSize(long partSize) {
        this.partSize = partSize;
        return this;
    }

    @Override
    public UploadRequest.Builder expiry(Duration expiry) {
        this.expiry = Objects.requireNonNull(expiry, "expiry");
        return this;
    }

    @Override
    public UploadRequest.Builder metadata(String name, String value) {
        Objects.requireNonNull(name, "metadata name");
        Objects.requireNonNull(value, "metadata value");
        if (name.isEmpty() || !name.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
            throw new UploadValidationException("metadata." + Untrusted.escape(name),
                    "name must be letters, digits, '-' and '_'");
        }
        if (!isPrintableAscii(value)) {
            throw new UploadValidationException("metadata." + name, "value must be printable US-ASCII"
                    + " (S3 returns other characters RFC 2047-encoded)");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (metadata.containsKey(lower)) {
            throw new UploadValidationException("metadata." + name, "is set twice (S3 metadata names are"
                    + " case-insensitive)");
        }
        metadata.put(lower, value);
        return this;
    }

    @Override
    public UploadRequest.Builder metadata(Map<String, String> metadata) {
        new LinkedHashMap<>(metadata).forEach(this::metadata);
        return this;
    }

    @Override
    public UploadRequest.Builder encryption(Encryption encryption) {
        this.encryption = Objects.requireNonNull(encryption, "encryption");
        return this;
    }

    @Override
    public UploadRequest.Builder checksum(Checksum checksum) {
        this.checksum = Objects.requireNonNull(checksum, "checksum");
        return this;
    }

    @Override
    public UploadRequest build() {
        return new DefaultUploadRequest(this);
    }

    /** Rejects an expiry outside 1 second to 7 days (S3's shortest, SigV4's longest presigned URL life). */
    static void checkExpiry(Duration expiry) {
        if (expiry.compareTo(Duration.ofSeconds(1)) < 0 || expiry.compareTo(Duration.ofDays(7)) > 0) {
            throw new UploadValidationException("expiry", "must be between 1 second and 7 days, was " + expiry);
        }
    }

    static boolean isPrintableAscii(String s) {
        return s.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }
}
