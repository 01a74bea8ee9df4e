package io.github.vodclient.upload;

import io.github.vodclient.UploadValidationException;
import io.github.vodclient.internal.upload.PartSizing;
import io.github.vodclient.upload.UploadRequest.Encryption;
import java.util.OptionalLong;

/**
 * What to start a multipart upload for: the object (as for {@link UploadRequest}), the file's size and,
 * optionally, a preferred part size.
 *
 * <pre>{@code
 * MultipartRequest request = MultipartRequest.builder()
 *         .videoId("42").fileName("feature.mp4")
 *         .fileSize(Files.size(file))
 *         .metadata("video-id", "42")
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; the builder is not.
 *
 * @since 0.1.0
 */
public final class MultipartRequest {
    private final SourceObject source;
    private final long fileSize;
    private final OptionalLong partSize;

    private MultipartRequest(Builder b) {
        this.source = b.source.build();
        if (b.fileSize == null) {
            throw new UploadValidationException("fileSize", "is required");
        }
        PartSizing.fileSize(b.fileSize);
        if (b.partSize != null) {
            PartSizing.partSize(b.partSize);
        }
        this.fileSize = b.fileSize;
        this.partSize = b.partSize == null ? OptionalLong.empty() : OptionalLong.of(b.partSize);
    }

    /**
     * Starts a request.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The object to create.
     *
     * @return the object description
     */
    public SourceObject source() {
        return source;
    }

    /**
     * The whole file's size.
     *
     * @return the size in bytes, 1 byte to 5 TiB
     */
    public long fileSize() {
        return fileSize;
    }

    /**
     * The preferred part size, when set; it is raised when the file would need more than 10,000 parts.
     *
     * @return the preferred part size in bytes
     */
    public OptionalLong partSize() {
        return partSize;
    }

    /**
     * Builds a {@link MultipartRequest}; fails fast naming the field. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final SourceObject.Builder source = SourceObject.builder();
        private Long fileSize;
        private Long partSize;

        private Builder() {
        }

        /**
         * Uploads to this exact key.
         *
         * @param key the object key
         * @return this builder
         */
        public Builder key(String key) {
            source.key(key);
            return this;
        }

        /**
         * The application's video id, for the key strategy.
         *
         * @param videoId the id
         * @return this builder
         */
        public Builder videoId(String videoId) {
            source.videoId(videoId);
            return this;
        }

        /**
         * The user's file name, for the key strategy.
         *
         * @param fileName the file name
         * @return this builder
         */
        public Builder fileName(String fileName) {
            source.fileName(fileName);
            return this;
        }

        /**
         * The content type to store; default: derived from the key's extension.
         *
         * @param contentType a media type
         * @return this builder
         */
        public Builder contentType(String contentType) {
            source.contentType(contentType);
            return this;
        }

        /**
         * Adds an {@code x-amz-meta-*} value.
         *
         * @param name the metadata name
         * @param value the value
         * @return this builder
         */
        public Builder metadata(String name, String value) {
            source.metadata(name, value);
            return this;
        }

        /**
         * Requests server-side encryption.
         *
         * @param encryption the encryption
         * @return this builder
         */
        public Builder encryption(Encryption encryption) {
            source.encryption(encryption);
            return this;
        }

        /**
         * The whole file's size.
         *
         * @param fileSize 1 byte to 5 TiB
         * @return this builder
         */
        public Builder fileSize(long fileSize) {
            this.fileSize = fileSize;
            return this;
        }

        /**
         * A preferred part size (default 16 MiB).
         *
         * @param partSize 5 MiB to 5 GiB
         * @return this builder
         */
        public Builder partSize(long partSize) {
            this.partSize = partSize;
            return this;
        }

        /**
         * Validates and builds.
         *
         * @return the request
         * @throws UploadValidationException naming the field that is missing or wrong
         */
        public MultipartRequest build() {
            return new MultipartRequest(this);
        }
    }
}
