package io.github.vodclient.upload;

import io.github.vodclient.UploadValidationException;
import io.github.vodclient.internal.upload.WorkflowStartBuilder;
import java.util.Map;
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
 * those. Immutable and thread-safe; the builder is not. Build one with {@link #builder(String)}; the interface is
 * not meant to be implemented by users.
 *
 * @since 0.1.0
 */
public interface WorkflowStart {

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

    /**
     * Starts a metadata file for a video already uploaded to the source bucket.
     *
     * @param srcVideo the video's key in the source bucket
     * @return a new builder
     * @throws UploadValidationException when the key is empty or names a {@code .json} file
     */
    static Builder builder(String srcVideo) {
        return new WorkflowStartBuilder(srcVideo);
    }

    /**
     * The video's key in the source bucket.
     *
     * @return the key
     */
    String srcVideo();

    /**
     * The archive option, when set.
     *
     * @return the option
     */
    Optional<ArchiveSource> archiveSource();

    /**
     * Whether to capture thumbnails, when set.
     *
     * @return the option
     */
    Optional<Boolean> frameCapture();

    /**
     * The MediaConvert job template name, when set.
     *
     * @return the template name
     */
    Optional<String> jobTemplate();

    /**
     * The input rotation, when set.
     *
     * @return the option
     */
    Optional<InputRotate> inputRotate();

    /**
     * The accelerated-transcoding option, when set.
     *
     * @return the option
     */
    Optional<AcceleratedTranscoding> acceleratedTranscoding();

    /**
     * The application's own keys and values, in insertion order, values as given (lists and maps copied).
     *
     * @return an unmodifiable map
     */
    Map<String, Object> custom();

    /**
     * The metadata file's key: {@code <srcVideo>.json}.
     *
     * @return the key
     */
    default String metadataKey() {
        return srcVideo() + ".json";
    }

    /**
     * The metadata file's content: compact JSON with {@code srcVideo}, the options that are set, then the custom
     * keys in insertion order.
     *
     * @return the JSON text
     */
    String toJson();

    /**
     * Builds a {@link WorkflowStart}; fails fast with an {@link UploadValidationException} naming the key.
     * Not thread-safe.
     *
     * @since 0.1.0
     */
    interface Builder {

        /**
         * Sets {@code archiveSource}.
         *
         * @param archiveSource where to archive the source
         * @return this builder
         */
        Builder archiveSource(ArchiveSource archiveSource);

        /**
         * Sets {@code frameCapture}.
         *
         * @param frameCapture whether to capture thumbnails
         * @return this builder
         */
        Builder frameCapture(boolean frameCapture);

        /**
         * Sets {@code jobTemplate}, a MediaConvert job template name.
         *
         * @param jobTemplate the template name
         * @return this builder
         */
        Builder jobTemplate(String jobTemplate);

        /**
         * Sets {@code inputRotate}.
         *
         * @param inputRotate the rotation
         * @return this builder
         */
        Builder inputRotate(InputRotate inputRotate);

        /**
         * Sets {@code acceleratedTranscoding}.
         *
         * @param acceleratedTranscoding the option
         * @return this builder
         */
        Builder acceleratedTranscoding(AcceleratedTranscoding acceleratedTranscoding);

        /**
         * Adds an application key; checked when {@link #build()} runs.
         *
         * @param key the key (letters, digits, {@code _}; starts with a letter)
         * @param value a string, boolean, number, or a list or map of those
         * @return this builder
         */
        Builder custom(String key, Object value);

        /**
         * Adds application keys.
         *
         * @param values keys and values
         * @return this builder
         */
        Builder custom(Map<String, ?> values);

        /**
         * Validates and builds.
         *
         * @return the metadata file content
         * @throws UploadValidationException naming the first key the pipeline would break on
         */
        WorkflowStart build();
    }
}
