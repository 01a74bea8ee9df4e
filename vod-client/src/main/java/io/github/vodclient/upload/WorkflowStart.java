package io.github.vodclient.upload;

import io.github.vodclient.UploadValidationException;
import io.github.vodclient.internal.upload.MetadataFileJson;
import io.github.vodclient.internal.upload.MetadataKeyRules;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of a metadata file ({@code <srcVideo>.json}) that starts a workflow for a video already in the
 * source bucket: the pipeline options it supports and the application's own values, which come back as
 * top-level keys of the Complete event and the DynamoDB item.
 *
 * <pre>{@code
 * WorkflowStart start = WorkflowStart.builder("video/42/clip.mp4")
 *         .frameCapture(true)
 *         .archiveSource(WorkflowStart.ArchiveSource.GLACIER)
 *         .custom("videoId", "42")
 *         .custom("tenant", "acme")
 *         .build();
 * uploads.startWorkflow(start);   // writes video/42/clip.mp4.json
 * }</pre>
 *
 * <p>Custom keys are checked as the pipeline will use them (first letter lower-cased, then written into a
 * DynamoDB update expression): a key must start with a letter and contain only letters, digits and {@code _};
 * it must not be a DynamoDB reserved word ({@code name}, {@code status}, {@code year}, ...), a key the pipeline
 * writes itself ({@code srcVideo}, {@code guid}, ...), or collide with another key once its first letter is
 * lower-cased ({@code Title} and {@code title}). Values may be strings, booleans, numbers, lists and maps of
 * those. Immutable and thread-safe; the builder is not.
 *
 * @since 0.1.0
 */
public final class WorkflowStart {

    /**
     * Where the pipeline archives the source after encoding.
     *
     * @since 0.1.0
     */
    public enum ArchiveSource {
        /** Keep the source in S3 Standard. */
        DISABLED,
        /** Move the source to S3 Glacier. */
        GLACIER,
        /** Move the source to S3 Glacier Deep Archive. */
        DEEP_ARCHIVE
    }

    /**
     * MediaConvert accelerated transcoding.
     *
     * @since 0.1.0
     */
    public enum AcceleratedTranscoding {
        /** Always accelerated (fails for inputs that cannot be accelerated). */
        ENABLED,
        /** Never accelerated. */
        DISABLED,
        /** Accelerated when the input allows it. */
        PREFERRED
    }

    /**
     * Input rotation for MediaConvert.
     *
     * @since 0.1.0
     */
    public enum InputRotate {
        /** No rotation. */
        DEGREE_0,
        /** 90 degrees. */
        DEGREES_90,
        /** 180 degrees. */
        DEGREES_180,
        /** 270 degrees. */
        DEGREES_270,
        /** Rotate according to the file's rotation metadata. */
        AUTO
    }

    private final String srcVideo;
    private final Optional<ArchiveSource> archiveSource;
    private final Optional<Boolean> frameCapture;
    private final Optional<String> jobTemplate;
    private final Optional<InputRotate> inputRotate;
    private final Optional<AcceleratedTranscoding> acceleratedTranscoding;
    private final Map<String, Object> custom;

    private WorkflowStart(Builder b) {
        this.srcVideo = b.srcVideo;
        this.archiveSource = Optional.ofNullable(b.archiveSource);
        this.frameCapture = Optional.ofNullable(b.frameCapture);
        this.jobTemplate = Optional.ofNullable(b.jobTemplate);
        this.inputRotate = Optional.ofNullable(b.inputRotate);
        this.acceleratedTranscoding = Optional.ofNullable(b.acceleratedTranscoding);
        this.custom = Collections.unmodifiableMap(MetadataKeyRules.checkAll(b.custom));
    }

    /**
     * Starts a metadata file for a video already uploaded to the source bucket.
     *
     * @param srcVideo the video's key in the source bucket
     * @return a new builder
     */
    public static Builder builder(String srcVideo) {
        return new Builder(srcVideo);
    }

    /**
     * The video's key in the source bucket.
     *
     * @return the key
     */
    public String srcVideo() {
        return srcVideo;
    }

    /**
     * The archive option, when set.
     *
     * @return the option
     */
    public Optional<ArchiveSource> archiveSource() {
        return archiveSource;
    }

    /**
     * Whether to capture thumbnails, when set.
     *
     * @return the option
     */
    public Optional<Boolean> frameCapture() {
        return frameCapture;
    }

    /**
     * The MediaConvert job template name, when set.
     *
     * @return the template name
     */
    public Optional<String> jobTemplate() {
        return jobTemplate;
    }

    /**
     * The input rotation, when set.
     *
     * @return the option
     */
    public Optional<InputRotate> inputRotate() {
        return inputRotate;
    }

    /**
     * The accelerated-transcoding option, when set.
     *
     * @return the option
     */
    public Optional<AcceleratedTranscoding> acceleratedTranscoding() {
        return acceleratedTranscoding;
    }

    /**
     * The application's own keys and values, in insertion order, values as given (lists and maps copied).
     *
     * @return an unmodifiable map
     */
    public Map<String, Object> custom() {
        return custom;
    }

    /**
     * The metadata file's key: {@code <srcVideo>.json}.
     *
     * @return the key
     */
    public String metadataKey() {
        return srcVideo + ".json";
    }

    /**
     * The metadata file's content: compact JSON with {@code srcVideo}, the options that are set, then the custom
     * keys in insertion order.
     *
     * @return the JSON text
     */
    public String toJson() {
        return MetadataFileJson.write(this);
    }

    /**
     * Builds a {@link WorkflowStart}; fails fast with an {@link UploadValidationException} naming the key.
     * Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final String srcVideo;
        private ArchiveSource archiveSource;
        private Boolean frameCapture;
        private String jobTemplate;
        private InputRotate inputRotate;
        private AcceleratedTranscoding acceleratedTranscoding;
        private final Map<String, Object> custom = new LinkedHashMap<>();

        private Builder(String srcVideo) {
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
        public Builder archiveSource(ArchiveSource archiveSource) {
            this.archiveSource = Objects.requireNonNull(archiveSource, "archiveSource");
            return this;
        }

        /**
         * Sets {@code frameCapture}.
         *
         * @param frameCapture whether to capture thumbnails
         * @return this builder
         */
        public Builder frameCapture(boolean frameCapture) {
            this.frameCapture = frameCapture;
            return this;
        }

        /**
         * Sets {@code jobTemplate}, a MediaConvert job template name.
         *
         * @param jobTemplate the template name
         * @return this builder
         */
        public Builder jobTemplate(String jobTemplate) {
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
        public Builder inputRotate(InputRotate inputRotate) {
            this.inputRotate = Objects.requireNonNull(inputRotate, "inputRotate");
            return this;
        }

        /**
         * Sets {@code acceleratedTranscoding}.
         *
         * @param acceleratedTranscoding the option
         * @return this builder
         */
        public Builder acceleratedTranscoding(AcceleratedTranscoding acceleratedTranscoding) {
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
        public Builder custom(String key, Object value) {
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
        public Builder custom(Map<String, ?> values) {
            new LinkedHashMap<>(values).forEach(this::custom);
            return this;
        }

        /**
         * Validates and builds.
         *
         * @return the metadata file content
         * @throws UploadValidationException naming the first key the pipeline would break on
         */
        public WorkflowStart build() {
            return new WorkflowStart(this);
        }
    }
}
