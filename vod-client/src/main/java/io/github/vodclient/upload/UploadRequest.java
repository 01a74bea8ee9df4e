package io.github.vodclient.upload;

import io.github.vodclient.UploadValidationException;
import io.github.vodclient.internal.upload.RequestChecks;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What to upload: the object (an explicit key, or a video id and the user's file name for the
 * {@link SourceKeyStrategy}), the content type, {@code x-amz-meta-*} metadata and encryption to store with it, and
 * the size. The same request serves {@link VodUploads#presignPut} (a single PUT, the headers the uploader will be
 * bound to), {@link VodUploads#startMultipart} (the file's size is required there) and
 * {@link VodUploads#sourceKey}.
 *
 * <pre>{@code
 * UploadRequest request = UploadRequest.builder()
 *         .videoId("42")
 *         .fileName("Holiday Clip.MOV")          // -> video/42/Holiday-Clip.mov
 *         .contentLength(52_428_800)             // the client must send exactly this many bytes
 *         .metadata("video-id", "42")            // x-amz-meta-video-id
 *         .expiry(Duration.ofMinutes(30))
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Builders are not thread-safe.
 *
 * @since 0.1.0
 */
public final class UploadRequest {
    /** Largest object a single PUT may create (5 GB, S3's limit); use a multipart upload above it. */
    public static final long MAX_SINGLE_PUT_BYTES = 5L * 1000 * 1000 * 1000;

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

    private UploadRequest(Builder b) {
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
        if (b.maxSize != null) {
            RequestChecks.positive("maxSize", b.maxSize);
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
        expiry.ifPresent(RequestChecks::expiry);
        this.checksum = Optional.ofNullable(b.checksum);
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
     * The file's exact size, when set: signed as {@code Content-Length} on a single PUT (at most
     * {@link #MAX_SINGLE_PUT_BYTES}), the size a multipart upload is planned for (required there).
     *
     * @return the size in bytes
     */
    public OptionalLong contentLength() {
        return contentLength;
    }

    /**
     * The largest size this request allows, when set.
     *
     * @return the maximum in bytes
     */
    public OptionalLong maxSize() {
        return maxSize;
    }

    /**
     * The preferred part size of a multipart upload, when set; it is raised when the file would need more than
     * 10,000 parts. Only for {@link VodUploads#startMultipart}.
     *
     * @return the preferred part size in bytes
     */
    public OptionalLong partSize() {
        return partSize;
    }

    /**
     * How long the URL of a single PUT should live; absent means the {@link VodUploads} default. Only for
     * {@link VodUploads#presignPut}: part URLs get theirs from {@link VodUploads#presignParts}.
     *
     * @return the requested expiry
     */
    public Optional<Duration> expiry() {
        return expiry;
    }

    /**
     * The whole-file checksum S3 should verify, when set. Only for {@link VodUploads#presignPut}.
     *
     * @return the checksum
     */
    public Optional<Checksum> checksum() {
        return checksum;
    }

    /**
     * Builds an {@link UploadRequest}; fails fast with an {@link UploadValidationException} naming the field.
     * Not thread-safe.
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
        private Long contentLength;
        private Long maxSize;
        private Long partSize;
        private Duration expiry;
        private Checksum checksum;

        private Builder() {
        }

        /**
         * Uploads to this exact key (instead of {@link #videoId} and {@link #fileName}).
         *
         * @param key the object key in the source bucket
         * @return this builder
         */
        public Builder key(String key) {
            this.key = Objects.requireNonNull(key, "key");
            return this;
        }

        /**
         * The application's id for the video; with {@link #fileName} it chooses the key through the
         * {@link SourceKeyStrategy}.
         *
         * @param videoId the application's video id
         * @return this builder
         */
        public Builder videoId(String videoId) {
            this.videoId = Objects.requireNonNull(videoId, "videoId");
            return this;
        }

        /**
         * The user's file name, for the key's base name and extension.
         *
         * @param fileName the file name as the user chose it
         * @return this builder
         */
        public Builder fileName(String fileName) {
            this.fileName = Objects.requireNonNull(fileName, "fileName");
            return this;
        }

        /**
         * The Content-Type to sign and store; default: derived from the key's extension.
         *
         * @param contentType a media type such as {@code video/mp4}
         * @return this builder
         */
        public Builder contentType(String contentType) {
            this.contentType = Objects.requireNonNull(contentType, "contentType");
            return this;
        }

        /**
         * The file's exact size: the number of bytes the uploader of a single PUT must send (signed as
         * {@code Content-Length}), or the size a multipart upload is planned for.
         *
         * @param contentLength the size in bytes; at most {@link #MAX_SINGLE_PUT_BYTES} for a single PUT, 5 TiB
         *     for a multipart upload
         * @return this builder
         */
        public Builder contentLength(long contentLength) {
            this.contentLength = contentLength;
            return this;
        }

        /**
         * The largest upload allowed; requires {@link #contentLength}, because without a presigned POST the only
         * way S3 enforces a size is a signed {@code Content-Length}.
         *
         * @param maxSize the maximum in bytes
         * @return this builder
         */
        public Builder maxSize(long maxSize) {
            this.maxSize = maxSize;
            return this;
        }

        /**
         * A preferred part size for {@link VodUploads#startMultipart} (default: the {@link VodUploads}'s, 16 MiB).
         *
         * @param partSize 5 MiB to 5 GiB
         * @return this builder
         */
        public Builder partSize(long partSize) {
            this.partSize = partSize;
            return this;
        }

        /**
         * How long the URL of a single PUT should live, 1 second to 7 days.
         *
         * @param expiry the requested lifetime
         * @return this builder
         */
        public Builder expiry(Duration expiry) {
            this.expiry = Objects.requireNonNull(expiry, "expiry");
            return this;
        }

        /**
         * Adds one {@code x-amz-meta-<name>} value (for example the application's video id); the name is stored in
         * lower case, as S3 does.
         *
         * @param name the metadata name (letters, digits, {@code -} and {@code _})
         * @param value the value, printable US-ASCII
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
         * Adds {@code x-amz-meta-*} values.
         *
         * @param metadata names and values
         * @return this builder
         */
        public Builder metadata(Map<String, String> metadata) {
            new LinkedHashMap<>(metadata).forEach(this::metadata);
            return this;
        }

        /**
         * Server-side encryption to request.
         *
         * @param encryption SSE-S3 or SSE-KMS
         * @return this builder
         */
        public Builder encryption(Encryption encryption) {
            this.encryption = Objects.requireNonNull(encryption, "encryption");
            return this;
        }

        /**
         * A whole-file checksum S3 should verify on a single PUT.
         *
         * @param checksum the algorithm and base64 value
         * @return this builder
         */
        public Builder checksum(Checksum checksum) {
            this.checksum = Objects.requireNonNull(checksum, "checksum");
            return this;
        }

        /**
         * Validates and builds the request.
         *
         * @return the request
         * @throws UploadValidationException naming the field that is missing or wrong
         */
        public UploadRequest build() {
            return new UploadRequest(this);
        }
    }

    /**
     * A checksum of the whole file that S3 verifies on a presigned PUT; it becomes a signed
     * {@code x-amz-checksum-*} header, so the uploader must send exactly this value and S3 rejects a body that does
     * not match it.
     *
     * <pre>{@code
     * String sha256 = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
     * UploadRequest.builder().key("video/42/clip.mp4").checksum(new Checksum(Checksum.Algorithm.SHA256, sha256));
     * }</pre>
     *
     * @param algorithm the checksum algorithm
     * @param base64Value the checksum, base64-encoded as S3 expects
     * @since 0.1.0
     */
    public record Checksum(Algorithm algorithm, String base64Value) {

        /**
         * The checksum algorithms S3 supports on PUT.
         *
         * @since 0.1.0
         */
        public enum Algorithm {
            /** CRC-32 (4 bytes). */
            CRC32(4),
            /** CRC-32C (4 bytes). */
            CRC32C(4),
            /** SHA-1 (20 bytes). */
            SHA1(20),
            /** SHA-256 (32 bytes). */
            SHA256(32);

            private final int bytes;

            Algorithm(int bytes) {
                this.bytes = bytes;
            }

            /**
             * The length of the raw (decoded) checksum.
             *
             * @return the number of bytes
             */
            public int length() {
                return bytes;
            }
        }

        /**
         * Validates that the value is base64 of the algorithm's length.
         *
         * @param algorithm the checksum algorithm
         * @param base64Value the checksum, base64-encoded
         */
        public Checksum {
            Objects.requireNonNull(algorithm, "algorithm");
            Objects.requireNonNull(base64Value, "base64Value");
            byte[] raw;
            try {
                raw = Base64.getDecoder().decode(base64Value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("base64Value is not base64");
            }
            if (raw.length != algorithm.length()) {
                throw new IllegalArgumentException("base64Value must decode to " + algorithm.length() + " bytes for "
                        + algorithm + ", not " + raw.length);
            }
        }
    }

    /**
     * Server-side encryption requested for an uploaded object: SSE-S3 ({@code AES256}) or SSE-KMS ({@code aws:kms},
     * optionally with a key id). On a presigned PUT it becomes signed headers the uploader must send.
     *
     * <pre>{@code
     * UploadRequest.builder().key("video/42/clip.mp4").encryption(Encryption.kms("alias/vod-source")).build();
     * }</pre>
     *
     * @param kind which kind of server-side encryption
     * @param kmsKeyId the KMS key id, ARN or alias ({@code null} becomes absent; only with {@link Kind#SSE_KMS})
     * @since 0.1.0
     */
    public record Encryption(Kind kind, Optional<String> kmsKeyId) {

        /**
         * The kinds of server-side encryption S3 offers for presigned uploads.
         *
         * @since 0.1.0
         */
        public enum Kind {
            /** S3-managed keys, {@code x-amz-server-side-encryption: AES256}. */
            SSE_S3,
            /** KMS keys, {@code x-amz-server-side-encryption: aws:kms}. */
            SSE_KMS
        }

        /**
         * Validates the combination.
         *
         * @param kind which kind of server-side encryption
         * @param kmsKeyId the KMS key, only with {@link Kind#SSE_KMS}
         */
        public Encryption {
            Objects.requireNonNull(kind, "kind");
            kmsKeyId = kmsKeyId == null ? Optional.empty() : kmsKeyId;
            if (kmsKeyId.isPresent() && kind != Kind.SSE_KMS) {
                throw new IllegalArgumentException("kmsKeyId is only valid with SSE_KMS");
            }
            if (kmsKeyId.isPresent() && kmsKeyId.get().isBlank()) {
                throw new IllegalArgumentException("kmsKeyId is blank");
            }
        }

        /**
         * SSE-S3 with S3-managed keys.
         *
         * @return the encryption setting
         */
        public static Encryption s3() {
            return new Encryption(Kind.SSE_S3, Optional.empty());
        }

        /**
         * SSE-KMS with the account's default S3 KMS key.
         *
         * @return the encryption setting
         */
        public static Encryption kms() {
            return new Encryption(Kind.SSE_KMS, Optional.empty());
        }

        /**
         * SSE-KMS with a specific key.
         *
         * @param keyId the KMS key id, ARN or alias
         * @return the encryption setting
         */
        public static Encryption kms(String keyId) {
            return new Encryption(Kind.SSE_KMS, Optional.of(Objects.requireNonNull(keyId, "keyId")));
        }
    }
}
