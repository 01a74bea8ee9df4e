package io.github.vodclient.upload;

import java.util.Objects;
import java.util.Optional;

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
