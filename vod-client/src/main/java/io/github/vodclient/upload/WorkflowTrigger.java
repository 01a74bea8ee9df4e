package io.github.vodclient.upload;

/**
 * How the pipeline stack starts a workflow, which decides which source keys are acceptable.
 *
 * @since 0.1.0
 */
public enum WorkflowTrigger {
    /**
     * The stack's default: uploading a video file whose extension is one of {@code .mpg .mp4 .m4v .mov .m2ts
     * .wmv .mxf .mkv .m3u8 .mpeg .webm .h264}, all lower case or all upper case, starts the workflow. Keys with
     * any other extension (including mixed case such as {@code .Mov}) are rejected, because the pipeline would
     * silently ignore them.
     */
    VIDEO_FILE,
    /**
     * The stack's MetadataFile mode: a {@code <key>.json} metadata file starts the workflow (see
     * {@link VodUploads#startWorkflow(WorkflowStart)}), so the video itself may have any extension.
     */
    METADATA_FILE
}
