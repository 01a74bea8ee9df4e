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
     * Validates that no component is null.
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
}
