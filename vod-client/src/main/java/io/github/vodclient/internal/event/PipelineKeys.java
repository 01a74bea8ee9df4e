package io.github.vodclient.internal.event;

import java.util.Set;

/** The top-level keys the pipeline itself writes; every other key of a Complete message is custom metadata. */
final class PipelineKeys {
    /** Keys that are the pipeline's own but are not modelled as typed fields (they stay in the raw message). */
    private static final Set<String> UNMODELLED = Set.of(
            "jobTemplate_2160p", "jobTemplate_1080p", "jobTemplate_720p", "inputRotate", "acceleratedTranscoding",
            "enableSns", "enableSqs", "enableMediaPackage", "frameCaptureHeight",
            "frameCaptureWidth", "isCustomTemplate", "customTemplate", "encodingJob", "encodingOutput",
            "hlsPlaylist", "dashPlaylist", "mssPlaylist", "cmafDashPlaylist", "cmafHlsPlaylist", "mp4Outputs",
            "thumbNails", "thumbNail");

    private PipelineKeys() {
    }

    static boolean isPipelineKey(String name) {
        return UNMODELLED.contains(name);
    }
}
