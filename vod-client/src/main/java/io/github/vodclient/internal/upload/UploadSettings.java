package io.github.vodclient.internal.upload;

import io.github.vodclient.internal.CallDeadlines;
import io.github.vodclient.upload.VodUploads.SourceKeyStrategy;
import io.github.vodclient.upload.VodUploads.WorkflowTrigger;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * A {@link io.github.vodclient.upload.VodUploads}' settings as built: an immutable snapshot of its
 * {@link UploadBuilder}, the only configuration the instance reads. {@code region}, {@code endpoint},
 * {@code credentialsProvider}, {@code presigner} and {@code s3Client} are {@code null} when not set (the SDK's
 * defaults apply); the other components are never null.
 */
public record UploadSettings(
        String bucket,
        Region region,
        URI endpoint,
        boolean pathStyle,
        AwsCredentialsProvider credentialsProvider,
        S3Presigner presigner,
        S3Client s3Client,
        SourceKeyStrategy keyStrategy,
        WorkflowTrigger trigger,
        Duration defaultExpiry,
        long defaultPartSize,
        boolean strictExpiry,
        CallDeadlines deadlines) {

    public UploadSettings {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(keyStrategy, "keyStrategy");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(defaultExpiry, "defaultExpiry");
        Objects.requireNonNull(deadlines, "deadlines");
    }
}
