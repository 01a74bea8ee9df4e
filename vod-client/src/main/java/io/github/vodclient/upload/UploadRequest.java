package io.github.vodclient.upload;

import io.github.vodclient.UploadValidationException;
import io.github.vodclient.internal.upload.UploadRequestBuilder;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What to upload: the object (an explicit key, or a video id and the user's file name for the
 * {@link VodUploads.SourceKeyStrategy}), the content type, {@code x-amz-meta-*} metadata and encryption to store
 * with it, and the size. The same request serves {@link VodUploads#presignPut} (a single PUT, the headers the
 * uploader will be bound to), {@link VodUploads#startMultipart} (the file's size is required there) and
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
 * <p>Immutable and thread-safe. Builders are not thread-safe. Build one with {@link #builder()}; the interface is
 * not meant to be implemented by users.
 *
 * @since 0.1.0
 */
public interface UploadRequest {
    /** Largest object a single PUT may create (5 GB, S3's limit); use a multipart upload above it. */
    long MAX_SINGLE_PUT_BYTES = 5L * 1000 * 1000 * 1000;

    /**
     * Starts a request.
     *
     * @return a new builder
     */
    static Builder builder() {
        return new UploadRequestBuilder();
    }

    /**
     * The explicit key, when the caller chose one.
     *
     * @return the key
     */
    Optional<String> key();

    /**
     * The application's video id, when the key strategy chooses the key.
     *
     * @return the video id
     */
    Optional<String> videoId();

    /**
     * The user's file name, when the key strategy chooses the key.
     *
     * @return the file name
     */
    Optional<String> fileName();

    /**
     * The content type to store, when set; otherwise it is derived from the key's extension.
     *
     * @return the media type
     */
    Optional<String> contentType();

    /**
     * The {@code x-amz-meta-*} values, names in lower case, in insertion order.
     *
     * @return an unmodifiable map
     */
    Map<String, String> metadata();

    /**
     * The server-side encryption to request, when set.
     *
     * @return the encryption
     */
    Optional<Encryption> encryption();

    /**
     * The file's exact size, when set: signed as {@code Content-Length} on a single PUT (at most
     * {@link #MAX_SINGLE_PUT_BYTES}), the size a multipart upload is planned for (required there).
     *
     * @return the size in bytes
     */
    OptionalLong contentLength();

    /**
     * The largest size this request allows, when set.
     *
     * @return the maximum in bytes
     */
    OptionalLong maxSize();

    /**
     * The preferred part size of a multipart upload, when set; it is raised when the file would need more than
     * 10,000 parts. Only for {@link VodUploads#startMultipart}.
     *
     * @return the preferred part size in bytes
     */
    OptionalLong partSize();

    /**
     * How long the URL of a single PUT should live; absent means the {@link VodUploads} default. Only for
     * {@link VodUploads#presignPut}: part URLs get theirs from {@link VodUploads#presignParts}.
     *
     * @return the requested expiry
     */
    Optional<Duration> expiry();

    /**
     * The whole-file checksum S3 should verify, when set. Only for {@link VodUploads#presignPut}.
     *
     * @return the checksum
     */
    Optional<Checksum> checksum();

    /**
     * Builds an {@link UploadRequest}; fails fast with an {@link UploadValidationException} naming the field.
     * Not thread-safe.
     *
     * @since 0.1.0
     */
    interface Builder {

        /**
         * Uploads to this exact key (instead of {@link #videoId} and {@link #fileName}).
         *
         * @param key the object key in the source bucket
         * @return this builder
         */
        Builder key(String key);

        /**
         * The application's id for the video; with {@link #fileName} it chooses the key through the
         * {@link VodUploads.SourceKeyStrategy}.
         *
         * @param videoId the application's video id
         * @return this builder
         */
        Builder videoId(String videoId);

        /**
         * The user's file name, for the key's base name and extension.
         *
         * @param fileName the file name as the user chose it
         * @return this builder
         */
        Builder fileName(String fileName);

        /**
         * The Content-Type to sign and store; default: derived from the key's extension.
         *
         * @param contentType a media type such as {@code video/mp4}
         * @return this builder
         */
        Builder contentType(String contentType);

        /**
         * The file's exact size: the number of bytes the uploader of a single PUT must send (signed as
         * {@code Content-Length}), or the size a multipart upload is planned for.
         *
         * @param contentLength the size in bytes; at most {@link #MAX_SINGLE_PUT_BYTES} for a single PUT, 5 TiB
         *     for a multipart upload
         * @return this builder
         */
        Builder contentLength(long contentLength);

        /**
         * The largest upload allowed; requires {@link #contentLength}, because without a presigned POST the only
         * way S3 enforces a size is a signed {@code Content-Length}.
         *
         * @param maxSize the maximum in bytes
         * @return this builder
         */
        Builder maxSize(long maxSize);

        /**
         * A preferred part size for {@link VodUploads#startMultipart} (default: the {@link VodUploads}'s, 16 MiB).
         *
         * @param partSize 5 MiB to 5 GiB
         * @return this builder
         */
        Builder partSize(long partSize);

        /**
         * How long the URL of a single PUT should live, 1 second to 7 days.
         *
         * @param expiry the requested lifetime
         * @return this builder
         */
        Builder expiry(Duration expiry);

        /**
         * Adds one {@code x-amz-meta-<name>} value (for example the application's video id); the name is stored in
         * lower case, as S3 does.
         *
         * @param name the metadata name (letters, digits, {@code -} and {@code _})
         * @param value the value, printable US-ASCII
         * @return this builder
         */
        Builder metadata(String name, String value);

        /**
         * Adds {@code x-amz-meta-*} values.
         *
         * @param metadata names and values
         * @return this builder
         */
        Builder metadata(Map<String, String> metadata);

        /**
         * Server-side encryption to request.
         *
         * @param encryption SSE-S3 or SSE-KMS
         * @return this builder
         */
        Builder encryption(Encryption encryption);

        /**
         * A whole-file checksum S3 should verify on a single PUT.
         *
         * @param checksum the algorithm and base64 value
         * @return this builder
         */
        Builder checksum(Checksum checksum);

        /**
         * Validates and builds the request.
         *
         * @return the request
         * @throws UploadValidationException naming the field that is missing or wrong
         */
        UploadRequest build();
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
