package io.github.vodclient.upload;

import io.github.vodclient.UploadValidationException;
import java.net.URI;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A started multipart upload and its part plan: parts 1 to {@code partCount - 1} are {@code partSize} bytes,
 * the last part is the rest.
 *
 * <p>Hand {@code key}, {@code uploadId}, {@code partSize} and {@code partCount} to the uploader; keep them to
 * resume ({@link VodUploads#listParts(MultipartUpload)}) and to complete or abort. A server that only stored the
 * key, upload id and file size can rebuild this record with {@link #resume}.
 *
 * @param bucket the source bucket
 * @param key the object key the upload creates
 * @param uploadId S3's id for the upload
 * @param fileSize the whole file's size in bytes
 * @param partSize the size of every part but the last, 5 MiB to 5 GiB
 * @param partCount the number of parts, 1 to 10,000
 * @since 0.1.0
 */
public record MultipartUpload(String bucket, String key, String uploadId, long fileSize, long partSize,
        int partCount) {
    /** Smallest part S3 accepts (except the last part): 5 MiB. */
    public static final long MIN_PART_SIZE = 5L * 1024 * 1024;
    /** Largest part S3 accepts: 5 GiB. */
    public static final long MAX_PART_SIZE = 5L * 1024 * 1024 * 1024;
    /** Most parts in one upload. */
    public static final int MAX_PARTS = 10_000;
    /** Largest object a multipart upload may create: 5 TiB. */
    public static final long MAX_OBJECT_SIZE = 5L * 1024 * 1024 * 1024 * 1024;

    /**
     * Validates that the plan is within S3's limits and consistent.
     *
     * @throws UploadValidationException naming {@code fileSize}, {@code partSize} or {@code partCount} when it is
     *     outside S3's limits or does not match the other two
     *
     * @param bucket the bucket
     * @param key the key
     * @param uploadId the upload id
     * @param fileSize the file size
     * @param partSize the part size
     * @param partCount the part count
     */
    public MultipartUpload {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(uploadId, "uploadId");
        int expected = partCount(fileSize, partSize);
        if (partCount != expected) {
            throw new UploadValidationException("partCount", "must be " + expected + " for a file of " + fileSize
                    + " bytes in parts of " + partSize + ", was " + partCount);
        }
    }

    /**
     * Rebuilds the plan of an upload from its key, upload id, file size and part size (the values
     * {@link VodUploads#startMultipart(UploadRequest)} returned).
     *
     * @param bucket the bucket
     * @param key the key
     * @param uploadId the upload id
     * @param fileSize the file size
     * @param partSize the part size the upload was started with
     * @return the upload with its part count
     */
    public static MultipartUpload resume(String bucket, String key, String uploadId, long fileSize, long partSize) {
        return new MultipartUpload(bucket, key, uploadId, fileSize, partSize, partCount(fileSize, partSize));
    }

    /** The number of parts of a file at a part size; rejects sizes outside S3's limits and over 10,000 parts. */
    private static int partCount(long fileSize, long partSize) {
        if (fileSize < 1 || fileSize > MAX_OBJECT_SIZE) {
            throw new UploadValidationException("fileSize", "must be 1 byte to 5 TiB, was " + fileSize);
        }
        if (partSize < MIN_PART_SIZE || partSize > MAX_PART_SIZE) {
            throw new UploadValidationException("partSize", "must be 5 MiB to 5 GiB, was " + partSize);
        }
        long count = (fileSize + partSize - 1) / partSize;
        if (count > MAX_PARTS) {
            throw new UploadValidationException("partSize", partSize + " bytes makes " + count
                    + " parts for a file of " + fileSize + " bytes; S3 allows at most 10000");
        }
        return (int) count;
    }

    /**
     * Where a part starts in the file.
     *
     * @param partNumber 1 to {@link #partCount()}
     * @return the offset in bytes
     */
    public long partOffset(int partNumber) {
        checkPart(partNumber);
        return (partNumber - 1) * partSize;
    }

    /**
     * The size of a part: {@link #partSize()}, or the rest of the file for the last part.
     *
     * @param partNumber 1 to {@link #partCount()}
     * @return the size in bytes
     */
    public long partSize(int partNumber) {
        checkPart(partNumber);
        return partNumber < partCount ? partSize : fileSize - (partCount - 1) * partSize;
    }

    private void checkPart(int partNumber) {
        if (partNumber < 1 || partNumber > partCount) {
            throw new IllegalArgumentException("partNumber must be 1 to " + partCount + ", was " + partNumber);
        }
    }

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
     * @param expiresAt when S3 stops accepting the URL (effective, as for
     *     {@link VodUploads.PresignedUpload#expiresAt()})
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

    /**
     * A part S3 has received: its number and the {@code ETag} S3 returned for it (quotes included, as S3 sends it).
     *
     * @param partNumber the part number, 1 to 10,000
     * @param eTag the part's ETag
     * @param size the part's size in bytes, when known (S3's part list has it; a browser's report does not)
     * @since 0.1.0
     */
    public record UploadedPart(int partNumber, String eTag, OptionalLong size) {

        /**
         * Validates.
         *
         * @param partNumber the part number
         * @param eTag the ETag
         * @param size the size, when known
         */
        public UploadedPart {
            if (partNumber < 1 || partNumber > MultipartUpload.MAX_PARTS) {
                throw new IllegalArgumentException("partNumber must be 1 to 10000, was " + partNumber);
            }
            Objects.requireNonNull(eTag, "eTag");
            if (eTag.isBlank()) {
                throw new IllegalArgumentException("eTag is blank");
            }
            Objects.requireNonNull(size, "size");
            if (size.isPresent() && size.getAsLong() < 0) {
                throw new IllegalArgumentException("size must not be negative, was " + size.getAsLong());
            }
        }

        /**
         * A part as a browser reports it: number and ETag, size unknown.
         *
         * @param partNumber the part number
         * @param eTag the ETag response header of the part's PUT
         * @return the part
         */
        public static UploadedPart of(int partNumber, String eTag) {
            return new UploadedPart(partNumber, eTag, OptionalLong.empty());
        }
    }
}
