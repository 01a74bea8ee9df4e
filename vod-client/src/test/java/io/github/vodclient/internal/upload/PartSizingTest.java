package io.github.vodclient.internal.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.upload.MultipartUpload;
import org.junit.jupiter.api.Test;

class PartSizingTest {
    private static final long MIB = 1024 * 1024;

    @Test
    void choose_smallFile_preferredSizeOnePart() {
        assertEquals(16 * MIB, DefaultVodUploads.partSize(1000, DefaultVodUploads.DEFAULT_PART_SIZE));
        assertEquals(1, parts(1000, 16 * MIB));
    }

    @Test
    void choose_fileNeedingMoreThanTenThousandParts_raisedToWholeMebibytes() {
        long file = 200L * 1024 * MIB; // 200 GiB: 12,800 parts at 16 MiB
        long size = DefaultVodUploads.partSize(file, 16 * MIB);

        assertEquals(21 * MIB, size);
        assertTrue(parts(file, size) <= MultipartUpload.MAX_PARTS);
    }

    @Test
    void choose_largestObject_fitsInTenThousandPartsUnderFiveGib() {
        long size = DefaultVodUploads.partSize(MultipartUpload.MAX_OBJECT_SIZE, MultipartUpload.MIN_PART_SIZE);

        assertEquals(525 * MIB, size);
        assertEquals(9987, parts(MultipartUpload.MAX_OBJECT_SIZE, size));
    }

    @Test
    void partCount_exactMultiple_noEmptyLastPart() {
        assertEquals(2, parts(10 * MIB, 5 * MIB));
        assertEquals(3, parts(10 * MIB + 1, 5 * MIB));
    }

    private static int parts(long fileSize, long partSize) {
        return MultipartUpload.resume("b", "k", "u", fileSize, partSize).partCount();
    }
}
