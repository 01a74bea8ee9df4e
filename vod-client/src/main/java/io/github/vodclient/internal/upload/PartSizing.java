package io.github.vodclient.internal.upload;

import io.github.vodclient.UploadValidationException;
import io.github.vodclient.upload.MultipartUpload;

/**
 * Chooses the part size of a new multipart upload within S3's limits; {@link MultipartUpload} itself checks a plan
 * it is given.
 */
public final class PartSizing {
    /** Default part size: big enough for few requests, small enough to retry cheaply on a phone. */
    public static final long DEFAULT_PART_SIZE = 16L * 1024 * 1024;
    private static final long MIB = 1024 * 1024;

    private PartSizing() {
    }

    /** Rejects a file size a multipart upload cannot create. */
    private static void fileSize(long fileSize) {
        if (fileSize < 1 || fileSize > MultipartUpload.MAX_OBJECT_SIZE) {
            throw new UploadValidationException("contentLength", "must be 1 byte to 5 TiB for a multipart upload, was "
                    + fileSize);
        }
    }

    /** Rejects a part size S3 does not accept. */
    private static void partSize(long partSize) {
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

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
