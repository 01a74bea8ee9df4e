package io.github.vodclient.upload;

import io.github.vodclient.UploadValidationException;
import io.github.vodclient.internal.upload.RequestChecks;
import io.github.vodclient.upload.UploadRequest.Encryption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The object an upload creates, shared by {@link UploadRequest} and {@link MultipartRequest}: either an explicit
 * key or a video id plus the user's file name, and the content type, {@code x-amz-meta-*} metadata and
 * server-side encryption to store with it.
 *
 * <p>Immutable and thread-safe; the builder is not.
 *
 * @since 0.1.0
 */
public final class SourceObject {
    private final Optional<String> key;
    private final Optional<String> videoId;
    private final Optional<String> fileName;
    private final Optional<String> contentType;
    private final Map<String, String> metadata;
    private final Optional<Encryption> encryption;

    private SourceObject(Builder b) {
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
        if (b.contentType != null) {
            RequestChecks.contentType(b.contentType);
        }
        RequestChecks.metadata(b.metadata);
        this.key = Optional.ofNullable(b.key);
        this.videoId = Optional.ofNullable(b.videoId);
        this.fileName = Optional.ofNullable(b.fileName);
        this.contentType = Optional.ofNullable(b.contentType);
        this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
        this.encryption = Optional.ofNullable(b.encryption);
    }

    /**
     * Starts a description.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The explicit key, when the caller chose one.
     *
     * @return the key
     */
    public Optional<String> key() {
        return key;
    }

    /**
     * The application's video id, when the key strategy chooses the key.
     *
     * @return the video id
     */
    public Optional<String> videoId() {
        return videoId;
    }

    /**
     * The user's file name, when the key strategy chooses the key.
     *
     * @return the file name
     */
    public Optional<String> fileName() {
        return fileName;
    }

    /**
     * The content type to store, when set; otherwise it is derived from the key's extension.
     *
     * @return the media type
     */
    public Optional<String> contentType() {
        return contentType;
    }

    /**
     * The {@code x-amz-meta-*} values, names in lower case, in insertion order.
     *
     * @return an unmodifiable map
     */
    public Map<String, String> metadata() {
        return metadata;
    }

    /**
     * The server-side encryption to request, when set.
     *
     * @return the encryption
     */
    public Optional<Encryption> encryption() {
        return encryption;
    }

    /**
     * Builds a {@link SourceObject}. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private String key;
        private String videoId;
        private String fileName;
        private String contentType;
        private final Map<String, String> metadata = new LinkedHashMap<>();
        private Encryption encryption;

        private Builder() {
        }

        /**
         * Uses this exact key.
         *
         * @param key the object key
         * @return this builder
         */
        public Builder key(String key) {
            this.key = Objects.requireNonNull(key, "key");
            return this;
        }

        /**
         * The application's video id, for the key strategy.
         *
         * @param videoId the id
         * @return this builder
         */
        public Builder videoId(String videoId) {
            this.videoId = Objects.requireNonNull(videoId, "videoId");
            return this;
        }

        /**
         * The user's file name, for the key strategy.
         *
         * @param fileName the file name
         * @return this builder
         */
        public Builder fileName(String fileName) {
            this.fileName = Objects.requireNonNull(fileName, "fileName");
            return this;
        }

        /**
         * The content type to store.
         *
         * @param contentType a media type
         * @return this builder
         */
        public Builder contentType(String contentType) {
            this.contentType = Objects.requireNonNull(contentType, "contentType");
            return this;
        }

        /**
         * Adds an {@code x-amz-meta-*} value; the name is stored in lower case, as S3 does.
         *
         * @param name the metadata name
         * @param value the value
         * @return this builder
         */
        public Builder metadata(String name, String value) {
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

        /**
         * Requests server-side encryption.
         *
         * @param encryption the encryption
         * @return this builder
         */
        public Builder encryption(Encryption encryption) {
            this.encryption = Objects.requireNonNull(encryption, "encryption");
            return this;
        }

        /**
         * Validates and builds.
         *
         * @return the description
         * @throws UploadValidationException naming the field that is missing or wrong
         */
        public SourceObject build() {
            return new SourceObject(this);
        }
    }
}
