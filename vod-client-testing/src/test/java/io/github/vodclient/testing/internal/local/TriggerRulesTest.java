package io.github.vodclient.testing.internal.local;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.upload.VodUploads.WorkflowTrigger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The S3 notification's suffix filters of VOD-CONTRACT §5. */
class TriggerRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"a.mp4", "a.MP4", "dir/My Video (1).mov", "a.MOV", "a.mpeg", "a.h264", "a.H264", "a.webm",
        "a.m3u8", "a.mxf", "a.m2ts", "a.wmv", "a.mkv", "a.m4v", "a.mpg"})
    void starts_videoModeListedExtension_true(String key) {
        assertTrue(TriggerRules.starts(WorkflowTrigger.VIDEO_FILE, key));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.Mp4", "a.Mov", "a.avi", "a.json", "a.mp4.txt", "mp4", "a.jpg"})
    void starts_videoModeOtherKey_false(String key) {
        assertFalse(TriggerRules.starts(WorkflowTrigger.VIDEO_FILE, key));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.json", "dir/b.json", "json"})
    void starts_metadataModeJsonSuffix_true(String key) {
        assertTrue(TriggerRules.starts(WorkflowTrigger.METADATA_FILE, key));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.mp4", "a.JSON", "a.Json"})
    void starts_metadataModeOtherKey_false(String key) {
        assertFalse(TriggerRules.starts(WorkflowTrigger.METADATA_FILE, key));
    }
}
