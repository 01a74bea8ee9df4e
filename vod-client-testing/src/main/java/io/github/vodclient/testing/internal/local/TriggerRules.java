package io.github.vodclient.testing.internal.local;

import io.github.vodclient.upload.VodUploads.WorkflowTrigger;
import java.util.List;
import java.util.Locale;

/**
 * Which new objects start a workflow (VOD-CONTRACT §5): the S3 notification's suffix filters, one per extension in
 * lower case and one in upper case, so {@code clip.MP4} starts a workflow and {@code clip.Mp4} does not; in
 * metadata-file mode only keys ending in {@code json} (case-sensitive).
 */
final class TriggerRules {
    static final List<String> VIDEO_EXTENSIONS = List.of(".mpg", ".mp4", ".m4v", ".mov", ".m2ts", ".wmv", ".mxf",
            ".mkv", ".m3u8", ".mpeg", ".webm", ".h264");

    private TriggerRules() {
    }

    /** Whether an object with this key starts a workflow on a stack in this mode. */
    static boolean starts(WorkflowTrigger mode, String key) {
        if (mode == WorkflowTrigger.METADATA_FILE) {
            return key.endsWith("json");
        }
        for (String extension : VIDEO_EXTENSIONS) {
            if (key.endsWith(extension) || key.endsWith(extension.toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
