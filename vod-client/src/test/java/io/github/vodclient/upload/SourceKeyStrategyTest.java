package io.github.vodclient.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.UploadValidationException;
import io.github.vodclient.upload.VodUploads.SourceKeyStrategy;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SourceKeyStrategyTest {
    private final SourceKeyStrategy standard = SourceKeyStrategy.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Holiday Clip.MOV|video/42/Holiday-Clip.mov",
        "My Video (1).mp4|video/42/My-Video-1.mp4",
        "Grüße aus Köln.webm|video/42/Grusse-aus-Koln.webm",
        "Søren Ærø.mp4|video/42/Soren-AEro.mp4",
        "C:\\Users\\ann\\Desktop\\take 2.MKV|video/42/take-2.mkv",
        "../../etc/passwd.mp4|video/42/passwd.mp4",
        "番組.m2ts|video/42/video.m2ts",
        "--__.mp4|video/42/video.mp4",
        "clip.final.v2.H264|video/42/clip-final-v2.h264"})
    void sourceKey_fileNames_safeKeysWithLowerCaseExtension(String fileName, String expected) {
        assertEquals(expected, standard.sourceKey("42", fileName, Optional.empty()));
    }

    @Test
    void sourceKey_noExtensionButVideoContentType_extensionFromContentType() {
        assertEquals("video/9/recording.mov", standard.sourceKey("9", "recording", Optional.of("video/quicktime")));
        assertEquals("video/9/blob.mp4", standard.sourceKey("9", "blob", Optional.of("Video/MP4; codecs=avc1")));
    }

    @Test
    void sourceKey_unknownExtensionButVideoContentType_extensionFromContentType() {
        assertEquals("video/9/clip.mp4", standard.sourceKey("9", "clip.tmp", Optional.of("video/mp4")));
    }

    @Test
    void sourceKey_unknownExtensionNoContentType_keepsFileExtensionLowerCased() {
        assertEquals("video/9/clip.avi", standard.sourceKey("9", "clip.AVI", Optional.empty()));
    }

    @Test
    void sourceKey_noExtensionNoContentType_rejectedNamingFileName() {
        UploadValidationException e = assertThrows(UploadValidationException.class,
                () -> standard.sourceKey("9", "recording", Optional.empty()));
        assertEquals("fileName", e.field());
    }

    @ParameterizedTest
    @CsvSource({"'a b'", "'../x'", "'.hidden'", "''", "'a/b'", "'x%2F'"})
    void sourceKey_unsafeVideoId_rejectedNamingVideoId(String videoId) {
        UploadValidationException e = assertThrows(UploadValidationException.class,
                () -> standard.sourceKey(videoId, "a.mp4", Optional.empty()));
        assertEquals("videoId", e.field());
    }

    @Test
    void sourceKey_veryLongName_baseNameCutTo100Characters() {
        String key = standard.sourceKey("1", "x".repeat(5000) + ".mp4", Optional.empty());
        assertEquals("video/1/" + "x".repeat(100) + ".mp4", key);
        assertTrue(key.getBytes(StandardCharsets.UTF_8).length <= 1024);
    }

    @Test
    void standard_otherPrefix_usedInKey() {
        assertEquals("uploads/in/5/a.mp4", SourceKeyStrategy.standard("uploads/in/").sourceKey("5", "a.mp4",
                Optional.empty()));
        assertEquals("5/a.mp4", SourceKeyStrategy.standard("").sourceKey("5", "a.mp4", Optional.empty()));
    }

    @Test
    void standard_prefixWithoutSlashOrWithSpaces_rejected() {
        assertThrows(UploadValidationException.class, () -> SourceKeyStrategy.standard("video"));
        assertThrows(UploadValidationException.class, () -> SourceKeyStrategy.standard("my videos/"));
        assertThrows(UploadValidationException.class, () -> SourceKeyStrategy.standard("/video/"));
    }
}
