package io.github.vodclient.upload;

import java.util.Objects;
import java.util.OptionalLong;

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
