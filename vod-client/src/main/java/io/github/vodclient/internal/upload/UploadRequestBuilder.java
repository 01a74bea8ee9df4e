package io.github.vodclient.internal.upload;

import io.github.vodclient.UploadValidationException;
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
 * {@link #build()} runs. Not thread-safe.
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
        RequestChecks.metadataEntry(name, value);
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
}
