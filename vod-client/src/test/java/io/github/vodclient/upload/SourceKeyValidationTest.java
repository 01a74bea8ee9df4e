package io.github.vodclient.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.UploadValidationException;
import io.github.vodclient.upload.VodUploads.WorkflowTrigger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Key checks that need no S3: {@link VodUploads#sourceKey} creates no AWS client. */
class SourceKeyValidationTest {
    private final VodUploads videoMode = VodUploads.builder().bucket("vod-source").build();
    private final VodUploads metadataMode = VodUploads.builder().bucket("vod-source")
            .workflowTrigger(WorkflowTrigger.METADATA_FILE).build();

    @AfterEach
    void tearDown() {
        videoMode.close();
        metadataMode.close();
    }

    private static UploadRequest key(String key) {
        return UploadRequest.builder().key(key).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"in/a.mp4", "in/a.MP4", "a.mov", "A.MOV", "x/y.m2ts", "z.M3U8", "clip.mpeg", "c.h264",
        "c.webm", "c.mxf", "c.mkv", "c.wmv", "c.m4v", "c.mpg"})
    void sourceKey_extensionThePipelineProcesses_accepted(String key) {
        assertEquals(key, videoMode.sourceKey(key(key)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"in/a.Mov", "in/a.mP4", "a.avi", "a", "dir.mp4/a", "a.mp4.json"})
    void sourceKey_extensionThePipelineIgnores_rejectedSayingSo(String key) {
        UploadValidationException e = assertThrows(UploadValidationException.class,
                () -> videoMode.sourceKey(key(key)));

        assertEquals("key", e.field());
        assertTrue(e.getMessage().contains("'" + key + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("ignores") || e.getMessage().contains("metadata file"),
                e.getMessage());
    }

    @Test
    void sourceKey_mixedCaseExtension_messageNamesExtensionAndRule() {
        UploadValidationException e = assertThrows(UploadValidationException.class,
                () -> videoMode.sourceKey(key("video/1/clip.Mov")));

        assertEquals("key: the key 'video/1/clip.Mov' has extension '.Mov', which the pipeline ignores: it starts a"
                + " workflow only for .mpg .mp4 .m4v .mov .m2ts .wmv .mxf .mkv .m3u8 .mpeg .webm .h264, all lower"
                + " case or all upper case (set workflowTrigger(VodUploads.WorkflowTrigger.METADATA_FILE) for other"
                + " files)", e.getMessage());
    }

    @Test
    void sourceKey_metadataFileMode_anyExtensionButJsonAccepted() {
        assertEquals("in/a.Mov", metadataMode.sourceKey(key("in/a.Mov")));
        assertEquals("in/a.avi", metadataMode.sourceKey(key("in/a.avi")));
        assertThrows(UploadValidationException.class, () -> metadataMode.sourceKey(key("in/a.json")));
    }

    @Test
    void sourceKey_videoIdAndFileNameWithUnsupportedExtension_rejectedNamingFileName() {
        UploadValidationException e = assertThrows(UploadValidationException.class,
                () -> videoMode.sourceKey(UploadRequest.builder().videoId("1").fileName("clip.avi").build()));

        assertEquals("fileName", e.field());
        assertEquals("video/1/clip.avi", metadataMode.sourceKey(
                UploadRequest.builder().videoId("1").fileName("clip.avi").build()));
    }

    @Test
    void sourceKey_tooLongOrControlCharacters_rejected() {
        assertThrows(UploadValidationException.class, () -> videoMode.sourceKey(key("a".repeat(1021) + ".mp4")));
        assertEquals(1024, videoMode.sourceKey(key("a".repeat(1020) + ".mp4")).length());
        assertThrows(UploadValidationException.class, () -> videoMode.sourceKey(key("a\nb.mp4")));
        assertThrows(UploadValidationException.class, () -> videoMode.sourceKey(key("/a.mp4")));
    }

    @Test
    void sourceKey_customStrategyReturningIgnoredKey_rejected() {
        try (VodUploads uploads = VodUploads.builder().bucket("b")
                .keyStrategy((id, name, type) -> "custom/" + id + ".MoV").build()) {
            assertThrows(UploadValidationException.class, () -> uploads.sourceKey(
                    UploadRequest.builder().videoId("1").fileName("a.mov").build()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x.mp4", "./x.mp4", "a/../../x.mp4", "a/./x.mp4", "a/..", "in/../x.mp4"})
    void sourceKey_dotSegment_rejectedAsUploadValidation(String key) {
        UploadValidationException e = assertThrows(UploadValidationException.class,
                () -> videoMode.sourceKey(key(key)));

        assertEquals("key", e.field());
        assertTrue(e.getMessage().contains("'.' or '..' path segment"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a..b.mp4", "...x.mp4", ".hidden/x.mp4", "a/.x.mp4", "v1.0/x.mp4"})
    void sourceKey_dotsThatAreNotSegments_accepted(String key) {
        assertEquals(key, videoMode.sourceKey(key(key)));
    }

    @Test
    void presignPut_dotSegmentKey_rejectedBeforeSigning() {
        assertThrows(UploadValidationException.class, () -> videoMode.presignPut(
                UploadRequest.builder().key("a/../../x.mp4").build()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"in/\ud800.mp4", "in/a\udc00b.mp4", "in/\ud83d.mp4"})
    void presignPut_keyWithLoneSurrogate_rejectedAsNotWellFormed(String key) {
        UploadValidationException e = assertThrows(UploadValidationException.class, () -> videoMode.presignPut(
                UploadRequest.builder().key(key).build()));
        assertThrows(UploadValidationException.class, () -> videoMode.sourceKey(key(key)));

        assertEquals("key", e.field());
        assertTrue(e.getMessage().contains("unpaired surrogate"), e.getMessage());
    }

    @Test
    void sourceKey_pairedSurrogates_accepted() {
        assertEquals("in/\ud83c\udfac.mp4", videoMode.sourceKey(key("in/\ud83c\udfac.mp4")));
    }
}
