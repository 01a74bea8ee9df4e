package io.github.vodclient.internal.upload;

import io.github.vodclient.UploadValidationException;
import io.github.vodclient.upload.WorkflowStart;
import io.github.vodclient.upload.WorkflowStart.AcceleratedTranscoding;
import io.github.vodclient.upload.WorkflowStart.ArchiveSource;
import io.github.vodclient.upload.WorkflowStart.InputRotate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The builder behind {@link WorkflowStart#builder(String)}: checks each option as it is given, the keys at build. */
public final class WorkflowStartBuilder implements WorkflowStart.Builder {
    private final String srcVideo;
    private ArchiveSource archiveSource;
    private Boolean frameCapture;
    private String jobTemplate;
    private InputRotate inputRotate;
    private AcceleratedTranscoding acceleratedTranscoding;
    private final Map<String, Object> custom = new LinkedHashMap<>();

    public WorkflowStartBuilder(String srcVideo) {
        Objects.requireNonNull(srcVideo, "srcVideo");
        if (srcVideo.isEmpty()) {
            throw new UploadValidationException("srcVideo", "is empty");
        }
        if (srcVideo.endsWith(".json")) {
            throw new UploadValidationException("srcVideo", "must be the video, not a .json metadata file");
        }
        this.srcVideo = srcVideo;
    }

    /**
     * Sets {@code archiveSource}.
     *
     * @param archiveSource where to archive the source
     * @return this builder
     */
    @Override
    public WorkflowStart.Builder archiveSource(ArchiveSource archiveSource) {
        this.archiveSource = Objects.requireNonNull(archiveSource, "archiveSource");
        return this;
    }

    /**
     * Sets {@code frameCapture}.
     *
     * @param frameCapture whether to capture thumbnails
     * @return this builder
     */
    @Override
    public WorkflowStart.Builder frameCapture(boolean frameCapture) {
        this.frameCapture = frameCapture;
        return this;
    }

    /**
     * Sets {@code jobTemplate}, a MediaConvert job template name.
     *
     * @param jobTemplate the template name
     * @return this builder
     */
    @Override
    public WorkflowStart.Builder jobTemplate(String jobTemplate) {
        Objects.requireNonNull(jobTemplate, "jobTemplate");
        if (jobTemplate.isBlank()) {
            throw new UploadValidationException("jobTemplate", "is blank");
        }
        this.jobTemplate = jobTemplate;
        return this;
    }

    /**
     * Sets {@code inputRotate}.
     *
     * @param inputRotate the rotation
     * @return this builder
     */
    @Override
    public WorkflowStart.Builder inputRotate(InputRotate inputRotate) {
        this.inputRotate = Objects.requireNonNull(inputRotate, "inputRotate");
        return this;
    }

    /**
     * Sets {@code acceleratedTranscoding}.
     *
     * @param acceleratedTranscoding the option
     * @return this builder
     */
    @Override
    public WorkflowStart.Builder acceleratedTranscoding(AcceleratedTranscoding acceleratedTranscoding) {
        this.acceleratedTranscoding = Objects.requireNonNull(acceleratedTranscoding, "acceleratedTranscoding");
        return this;
    }

    /**
     * Adds an application key; checked when {@link #build()} runs.
     *
     * @param key the key (letters, digits, {@code _}; starts with a letter)
     * @param value a string, boolean, number, or a list or map of those
     * @return this builder
     */
    @Override
    public WorkflowStart.Builder custom(String key, Object value) {
        Objects.requireNonNull(key, "custom key");
        if (custom.containsKey(key)) {
            throw new UploadValidationException("custom." + key, "is set twice");
        }
        custom.put(key, value);
        return this;
    }

    /**
     * Adds application keys.
     *
     * @param values keys and values
     * @return this builder
     */
    @Override
    public WorkflowStart.Builder custom(Map<String, ?> values) {
        Objects.requireNonNull(values, "custom").forEach(this::custom);
        return this;
    }

    /**
     * Validates and builds.
     *
     * @return the metadata file content
     * @throws UploadValidationException naming the first key the pipeline would break on
     */
    @Override
    public WorkflowStart build() {
        return new MetadataFile(srcVideo, Optional.ofNullable(archiveSource), Optional.ofNullable(frameCapture),
                Optional.ofNullable(jobTemplate), Optional.ofNullable(inputRotate),
                Optional.ofNullable(acceleratedTranscoding), MetadataKeyRules.checkAll(custom));
    }
}
