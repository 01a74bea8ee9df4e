package io.github.vodclient.upload;

import java.util.Base64;
import java.util.Objects;

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
