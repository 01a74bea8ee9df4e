package io.github.vodclient.internal.upload;

import io.github.vodclient.UploadValidationException;
import io.github.vodclient.internal.Untrusted;
import io.github.vodclient.upload.MultipartUpload;
import io.github.vodclient.upload.UploadRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The {@link UploadRequest} an {@link UploadRequestBuilder} builds: checked as a whole, then immutable. Equality is
 * identity, as it always was for a request.
 */
final class DefaultUploadRequest implements UploadRequest {
    /** S3's limit for all user-defined metadata of an object (names and values, UTF-8). */
    private static final int MAX_METADATA_BYTES = 2048;
    private final Optional<String> key;
    private final Optional<String> videoId;
    private final Optional<String> fileName;
    private final Optional<String> contentType;
    private final Map<String, String> metadata;
    private final Optional<Encryption> encryption;
    private final OptionalLong contentLength;
    private final OptionalLong maxSize;
    private final OptionalLong partSize;
    private final Optional<Duration> expiry;
    private final Optional<Checksum> checksum;

    DefaultUploadRequest(UploadRequestBuilder b) {
        boolean byName = b.videoId != null || b.fileName != null;
        if (b.key != null && byName) {
            throw new UploadValidationException("key", "set either key or videoId and fileName, not both");
        }
        if (b.key == null && !byName) {
            throw new UploadValidationException("key", "is required (or videoId and fileName)");
        }
        if (byName && b.videoId == null) {
            throw new UploadValidationException("videoId", "is required with fileName");
        }
        if (byName && b.fileName == null) {
            throw new UploadValidationException("fileName", "is required with videoId");
        }
        if (b.contentType != null && (b.contentType.isBlank() || !UploadRequestBuilder.isPrintableAscii(b.contentType)
                || b.contentType.indexOf('/') < 1)) {
            throw new UploadValidationException("contentType", "must be a media type such as video/mp4, was "
                    + Untrusted.quote(b.contentType));
        }
        int metadataBytes = 0;
        for (Map.Entry<String, String> e : b.metadata.entrySet()) {
            metadataBytes += e.getKey().getBytes(StandardCharsets.UTF_8).length + e.getValue().length();
        }
        if (metadataBytes > MAX_METADATA_BYTES) {
            throw new UploadValidationException("metadata", "is " + metadataBytes + " bytes, over S3's limit of "
                    + MAX_METADATA_BYTES);
        }
        if (b.maxSize != null) {
            if (b.maxSize <= 0) {
                throw new UploadValidationException("maxSize", "must be positive, was " + b.maxSize);
            }
            if (b.contentLength == null) {
                throw new UploadValidationException("contentLength", "is required when maxSize is set: S3 can only"
                        + " bound a presigned PUT by a signed Content-Length");
            }
        }
        if (b.contentLength != null) {
            if (b.contentLength < 0) {
                throw new UploadValidationException("contentLength", "must not be negative, was " + b.contentLength);
            }
            if (b.contentLength > MultipartUpload.MAX_OBJECT_SIZE) {
                throw new UploadValidationException("contentLength", b.contentLength + " bytes is over the 5 TiB"
                        + " limit of an S3 object");
            }
            if (b.maxSize != null && b.contentLength > b.maxSize) {
                throw new UploadValidationException("contentLength", b.contentLength
                        + " bytes is over maxSize " + b.maxSize);
            }
        }
        if (b.partSize != null && (b.partSize < MultipartUpload.MIN_PART_SIZE
                || b.partSize > MultipartUpload.MAX_PART_SIZE)) {
            throw new UploadValidationException("partSize", "must be 5 MiB to 5 GiB, was " + b.partSize);
        }
        this.key = Optional.ofNullable(b.key);
        this.videoId = Optional.ofNullable(b.videoId);
        this.fileName = Optional.ofNullable(b.fileName);
        this.contentType = Optional.ofNullable(b.contentType);
        this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
        this.encryption = Optional.ofNullable(b.encryption);
        this.contentLength = b.contentLength == null ? OptionalLong.empty() : OptionalLong.of(b.contentLength);
        this.maxSize = b.maxSize == null ? OptionalLong.empty() : OptionalLong.of(b.maxSize);
        this.partSize = b.partSize == null ? OptionalLong.empty() : OptionalLong.of(b.partSize);
        this.expiry = Optional.ofNullable(b.expiry);
        expiry.ifPresent(UploadRequestBuilder::checkExpiry);
        this.checksum = Optional.ofNullable(b.checksum);
    }

    @Override
    public Optional<String> key() {
        return key;
    }

    @Override
    public Optional<String> videoId() {
        return videoId;
    }

    @Override
    public Optional<String> fileName() {
        return fileName;
    }

    @Override
    public Optional<String> contentType() {
        return contentType;
    }

    @Override
    public Map<String, String> metadata() {
        return metadata;
    }

    @Override
    public Optional<Encryption> encryption() {
        return encryption;
    }

    @Override
    public OptionalLong contentLength() {
        return contentLength;
    }

    @Override
    public OptionalLong maxSize() {
        return maxSize;
    }

    @Override
    public OptionalLong partSize() {
        return partSize;
    }

    @Override
    public Optional<Duration> expiry() {
        return expiry;
    }

    @Override
    public Optional<Checksum> checksum() {
        return checksum;
    }
}
