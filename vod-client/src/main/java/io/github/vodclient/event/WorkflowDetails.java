package io.github.vodclient.event;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How the pipeline ran a job: the workflow settings a Complete message and a table item carry.
 *
 * @param workflowName the stack's name ({@code workflowName})
 * @param workflowTrigger {@code Video} or {@code Metadata} ({@code workflowTrigger})
 * @param destBucket the bucket the outputs were written to ({@code destBucket})
 * @param cloudFront the CloudFront domain, without scheme ({@code cloudFront})
 * @param jobTemplate the MediaConvert job template used ({@code jobTemplate})
 * @param encodeJobId the MediaConvert job id ({@code encodeJobId}; legacy {@code ecodeJobId})
 * @param encodingProfile the encoding profile height chosen, e.g. 1080 ({@code encodingProfile})
 * @param srcWidth the source's width in pixels ({@code srcWidth})
 * @param srcHeight the source's height in pixels ({@code srcHeight})
 * @param frameCapture whether thumbnails were captured ({@code frameCapture})
 * @param archiveSource {@code DISABLED}, {@code GLACIER} or {@code DEEP_ARCHIVE}; the legacy booleans map to
 *     {@code GLACIER} (true) and {@code DISABLED} (false)
 * @param srcMetadataFile the metadata file that started the workflow ({@code srcMetadataFile})
 * @param mediaPackageResourceId the MediaPackage asset id when MediaPackage is on
 * @since 0.1.0
 */
public record WorkflowDetails(
        Optional<String> workflowName,
        Optional<String> workflowTrigger,
        Optional<String> destBucket,
        Optional<String> cloudFront,
        Optional<String> jobTemplate,
        Optional<String> encodeJobId,
        OptionalInt encodingProfile,
        OptionalInt srcWidth,
        OptionalInt srcHeight,
        Optional<Boolean> frameCapture,
        Optional<String> archiveSource,
        Optional<String> srcMetadataFile,
        Optional<String> mediaPackageResourceId) {

    private static final WorkflowDetails NONE = new WorkflowDetails(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(),
            OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    /**
     * Not for application code: this constructor changes whenever the pipeline adds a field the library models;
     * use {@link #builder()}, whose existing setters stay.
     *
     * <p>Validates that no component is null.
     *
     * @param workflowName the stack's name
     * @param workflowTrigger how the workflow was started
     * @param destBucket the output bucket
     * @param cloudFront the CloudFront domain
     * @param jobTemplate the job template
     * @param encodeJobId the MediaConvert job id
     * @param encodingProfile the encoding profile
     * @param srcWidth the source width
     * @param srcHeight the source height
     * @param frameCapture whether thumbnails were captured
     * @param archiveSource the archive setting
     * @param srcMetadataFile the metadata file
     * @param mediaPackageResourceId the MediaPackage asset id
     */
    public WorkflowDetails {
        Objects.requireNonNull(workflowName, "workflowName");
        Objects.requireNonNull(workflowTrigger, "workflowTrigger");
        Objects.requireNonNull(destBucket, "destBucket");
        Objects.requireNonNull(cloudFront, "cloudFront");
        Objects.requireNonNull(jobTemplate, "jobTemplate");
        Objects.requireNonNull(encodeJobId, "encodeJobId");
        Objects.requireNonNull(encodingProfile, "encodingProfile");
        Objects.requireNonNull(srcWidth, "srcWidth");
        Objects.requireNonNull(srcHeight, "srcHeight");
        Objects.requireNonNull(frameCapture, "frameCapture");
        Objects.requireNonNull(archiveSource, "archiveSource");
        Objects.requireNonNull(srcMetadataFile, "srcMetadataFile");
        Objects.requireNonNull(mediaPackageResourceId, "mediaPackageResourceId");
    }

    /**
     * No details at all.
     *
     * @return the empty instance
     */
    public static WorkflowDetails none() {
        return NONE;
    }

    /**
     * A builder, the construction path that survives new components:
     * for tests and tools that make details the pipeline did not send.
     *
     * <pre>{@code
     * WorkflowDetails details = WorkflowDetails.builder().workflowTrigger("Video").srcWidth(1920).srcHeight(1080)
     *         .build();
     * }</pre>
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link WorkflowDetails} field by field; a component not set is empty (or its documented default). Not
     * thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private Optional<String> workflowName = Optional.empty();
        private Optional<String> workflowTrigger = Optional.empty();
        private Optional<String> destBucket = Optional.empty();
        private Optional<String> cloudFront = Optional.empty();
        private Optional<String> jobTemplate = Optional.empty();
        private Optional<String> encodeJobId = Optional.empty();
        private OptionalInt encodingProfile = OptionalInt.empty();
        private OptionalInt srcWidth = OptionalInt.empty();
        private OptionalInt srcHeight = OptionalInt.empty();
        private Optional<Boolean> frameCapture = Optional.empty();
        private Optional<String> archiveSource = Optional.empty();
        private Optional<String> srcMetadataFile = Optional.empty();
        private Optional<String> mediaPackageResourceId = Optional.empty();

        private Builder() {
        }

        /**
         * Sets {@link WorkflowDetails#workflowName()}.
         *
         * @param workflowName the stack's name
         * @return this builder
         */
        public Builder workflowName(String workflowName) {
            this.workflowName = Optional.of(Objects.requireNonNull(workflowName, "workflowName"));
            return this;
        }

        /**
         * Sets {@link WorkflowDetails#workflowTrigger()}.
         *
         * @param workflowTrigger {@code Video} or {@code Metadata}
         * @return this builder
         */
        public Builder workflowTrigger(String workflowTrigger) {
            this.workflowTrigger = Optional.of(Objects.requireNonNull(workflowTrigger, "workflowTrigger"));
            return this;
        }

        /**
         * Sets {@link WorkflowDetails#destBucket()}.
         *
         * @param destBucket the output bucket
         * @return this builder
         */
        public Builder destBucket(String destBucket) {
            this.destBucket = Optional.of(Objects.requireNonNull(destBucket, "destBucket"));
            return this;
        }

        /**
         * Sets {@link WorkflowDetails#cloudFront()}.
         *
         * @param cloudFront the CloudFront domain, without scheme
         * @return this builder
         */
        public Builder cloudFront(String cloudFront) {
            this.cloudFront = Optional.of(Objects.requireNonNull(cloudFront, "cloudFront"));
            return this;
        }

        /**
         * Sets {@link WorkflowDetails#jobTemplate()}.
         *
         * @param jobTemplate the job template
         * @return this builder
         */
        public Builder jobTemplate(String jobTemplate) {
            this.jobTemplate = Optional.of(Objects.requireNonNull(jobTemplate, "jobTemplate"));
            return this;
        }

        /**
         * Sets {@link WorkflowDetails#encodeJobId()}.
         *
         * @param encodeJobId the MediaConvert job id
         * @return this builder
         */
        public Builder encodeJobId(String encodeJobId) {
            this.encodeJobId = Optional.of(Objects.requireNonNull(encodeJobId, "encodeJobId"));
            return this;
        }

        /**
         * Sets {@link WorkflowDetails#encodingProfile()}.
         *
         * @param encodingProfile the encoding profile height
         * @return this builder
         */
        public Builder encodingProfile(int encodingProfile) {
            this.encodingProfile = OptionalInt.of(encodingProfile);
            return this;
        }

        /**
         * Sets {@link WorkflowDetails#srcWidth()}.
         *
         * @param srcWidth the source width in pixels
         * @return this builder
         */
        public Builder srcWidth(int srcWidth) {
            this.srcWidth = OptionalInt.of(srcWidth);
            return this;
        }

        /**
         * Sets {@link WorkflowDetails#srcHeight()}.
         *
         * @param srcHeight the source height in pixels
         * @return this builder
         */
        public Builder srcHeight(int srcHeight) {
            this.srcHeight = OptionalInt.of(srcHeight);
            return this;
        }

        /**
         * Sets {@link WorkflowDetails#frameCapture()}.
         *
         * @param frameCapture whether thumbnails were captured
         * @return this builder
         */
        public Builder frameCapture(boolean frameCapture) {
            this.frameCapture = Optional.of(frameCapture);
            return this;
        }

        /**
         * Sets {@link WorkflowDetails#archiveSource()}.
         *
         * @param archiveSource {@code DISABLED}, {@code GLACIER} or {@code DEEP_ARCHIVE}
         * @return this builder
         */
        public Builder archiveSource(String archiveSource) {
            this.archiveSource = Optional.of(Objects.requireNonNull(archiveSource, "archiveSource"));
            return this;
        }

        /**
         * Sets {@link WorkflowDetails#srcMetadataFile()}.
         *
         * @param srcMetadataFile the metadata file
         * @return this builder
         */
        public Builder srcMetadataFile(String srcMetadataFile) {
            this.srcMetadataFile = Optional.of(Objects.requireNonNull(srcMetadataFile, "srcMetadataFile"));
            return this;
        }

        /**
         * Sets {@link WorkflowDetails#mediaPackageResourceId()}.
         *
         * @param mediaPackageResourceId the MediaPackage asset id
         * @return this builder
         */
        public Builder mediaPackageResourceId(String mediaPackageResourceId) {
            this.mediaPackageResourceId = Optional.of(Objects.requireNonNull(mediaPackageResourceId,
                    "mediaPackageResourceId"));
            return this;
        }

        /**
         * Builds the workflowDetails.
         *
         * @return a new WorkflowDetails
         */
        public WorkflowDetails build() {
            return new WorkflowDetails(workflowName, workflowTrigger, destBucket, cloudFront, jobTemplate, encodeJobId,
                    encodingProfile, srcWidth, srcHeight, frameCapture, archiveSource, srcMetadataFile,
                    mediaPackageResourceId);
        }
    }
}
