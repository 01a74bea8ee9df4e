package io.github.vodclient.internal.upload;

import io.github.vodclient.UploadValidationException;
import io.github.vodclient.upload.MultipartUpload;

/** Chooses and checks multipart part sizes within S3's limits. */
public final class PartSizing {
    /** Default part size: big enough for few requests, small enough to retry cheaply on a phone. */
    public static final long DEFAULT_PART_SIZE = 16L * 1024 * 1024;
    private static final long MIB = 1024 * 1024;

    private PartSizing() {
    }

    /** Rejects a file size a multipart upload cannot create. */
    public static void fileSize(long fileSize) {
        if (fileSize < 1 || fileSize > MultipartUpload.MAX_OBJECT_SIZE) {
            throw new UploadValidationException("fileSize", "must be 1 byte to 5 TiB, was " + fileSize);
        }
    }

    /** Rejects a part size S3 does not accept. */
    public static void partSize(long partSize) {
        if (partSize < MultipartUpload.MIN_PART_SIZE || partSize > MultipartUpload.MAX_PART_SIZE) {
            throw new UploadValidationException("partSize", "must be 5 MiB to 5 GiB, was " + partSize);
        }
    }

    /** The part size for a file: the preferred size, raised (to whole MiB) when 10,000 parts would not do. */
    public static long choose(long fileSize, long preferred) {
        fileSize(fileSize);
        partSize(preferred);
        long minimum = ceilDiv(fileSize, MultipartUpload.MAX_PARTS);
        long size = Math.max(preferred, ceilDiv(minimum, MIB) * MIB);
        return Math.min(size, MultipartUpload.MAX_PART_SIZE);
    }

    /** The number of parts of a file at a part size; rejects plans over 10,000 parts. */
    public static int partCount(long fileSize, long partSize) {
        fileSize(fileSize);
        partSize(partSize);
        long count = ceilDiv(fileSize, partSize);
        if (count > MultipartUpload.MAX_PARTS) {
            throw new UploadValidationException("partSize", partSize + " bytes makes " + count
                    + " parts for a file of " + fileSize + " bytes; S3 allows at most 10000");
        }
        return (int) count;
    }

    /** Checks that a plan is within limits and that the count matches the sizes. */
    public static void check(long fileSize, long partSize, int partCount) {
        int expected = partCount(fileSize, partSize);
        if (partCount != expected) {
            throw new UploadValidationException("partCount", "must be " + expected + " for a file of " + fileSize
                    + " bytes in parts of " + partSize + ", was " + partCount);
        }
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
