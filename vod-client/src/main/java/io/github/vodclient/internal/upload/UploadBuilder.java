package io.github.vodclient.internal.upload;

import io.github.vodclient.UploadValidationException;
import io.github.vodclient.internal.Untrusted;
import io.github.vodclient.internal.CallDeadlines;
import io.github.vodclient.upload.SourceKeyStrategy;
import io.github.vodclient.upload.VodUploads;
import io.github.vodclient.upload.WorkflowTrigger;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The builder behind {@link VodUploads#builder()}: mutable, not thread-safe. {@link #build()} takes an immutable
 * {@link UploadSettings} snapshot, so changing the builder afterwards never changes an instance already built.
 */
public final class UploadBuilder implements VodUploads.Builder {
    private String bucket;
    private Region region;
    private URI endpoint;
    private boolean pathStyle;
    private AwsCredentialsProvider credentialsProvider;
    private S3Presigner presigner;
    private S3Client s3Client;
    private SourceKeyStrategy keyStrategy = SourceKeyStrategy.standard();
    private WorkflowTrigger trigger = WorkflowTrigger.VIDEO_FILE;
    private Duration defaultExpiry = VodUploads.DEFAULT_EXPIRY;
    private long defaultPartSize = PartSizing.DEFAULT_PART_SIZE;
    private boolean strictExpiry;
    private CallDeadlines deadlines = new CallDeadlines(VodUploads.DEFAULT_API_CALL_TIMEOUT,
            VodUploads.DEFAULT_API_CALL_ATTEMPT_TIMEOUT);

    UploadBuilder() {
    }

    @Override
    public VodUploads.Builder bucket(String bucket) {
        Objects.requireNonNull(bucket, "bucket");
        if (bucket.isBlank() || bucket.contains("/")) {
            throw new UploadValidationException("bucket", "must be a bucket name, was "
                    + Untrusted.quote(bucket));
        }
        this.bucket = bucket;
        return this;
    }

    @Override
    public VodUploads.Builder region(Region region) {
        this.region = Objects.requireNonNull(region, "region");
        return this;
    }

    @Override
    public VodUploads.Builder endpointOverride(URI endpoint) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        return this;
    }

    @Override
    public VodUploads.Builder pathStyle(boolean pathStyle) {
        this.pathStyle = pathStyle;
        return this;
    }

    @Override
    public VodUploads.Builder credentialsProvider(AwsCredentialsProvider credentialsProvider) {
        this.credentialsProvider = Objects.requireNonNull(credentialsProvider, "credentialsProvider");
        return this;
    }

    @Override
    public VodUploads.Builder presigner(S3Presigner presigner) {
        this.presigner = Objects.requireNonNull(presigner, "presigner");
        return this;
    }

    @Override
    public VodUploads.Builder s3Client(S3Client s3Client) {
        this.s3Client = Objects.requireNonNull(s3Client, "s3Client");
        return this;
    }

    @Override
    public VodUploads.Builder keyStrategy(SourceKeyStrategy keyStrategy) {
        this.keyStrategy = Objects.requireNonNull(keyStrategy, "keyStrategy");
        return this;
    }

    @Override
    public VodUploads.Builder workflowTrigger(WorkflowTrigger trigger) {
        this.trigger = Objects.requireNonNull(trigger, "trigger");
        return this;
    }

    @Override
    public VodUploads.Builder defaultExpiry(Duration expiry) {
        Objects.requireNonNull(expiry, "expiry");
        RequestChecks.expiry(expiry);
        this.defaultExpiry = expiry;
        return this;
    }

    @Override
    public VodUploads.Builder defaultPartSize(long partSize) {
        PartSizing.partSize(partSize);
        this.defaultPartSize = partSize;
        return this;
    }

    @Override
    public VodUploads.Builder strictExpiry(boolean strict) {
        this.strictExpiry = strict;
        return this;
    }

    @Override
    public VodUploads.Builder apiCallTimeout(Duration timeout) {
        this.deadlines = deadlines.withApiCall(timeout);
        return this;
    }

    @Override
    public VodUploads.Builder apiCallAttemptTimeout(Duration timeout) {
        this.deadlines = deadlines.withAttempt(timeout);
        return this;
    }

    @Override
    public VodUploads build() {
        if (bucket == null) {
            throw new UploadValidationException("bucket", "is required");
        }
        return new DefaultVodUploads(new UploadSettings(bucket, region, endpoint, pathStyle, credentialsProvider,
                presigner, s3Client, keyStrategy, trigger, defaultExpiry, defaultPartSize, strictExpiry, deadlines));
    }
}
