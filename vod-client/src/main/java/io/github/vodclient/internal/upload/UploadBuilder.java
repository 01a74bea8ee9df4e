package io.github.vodclient.internal.upload;

import io.github.vodclient.internal.CallDeadlines;
import io.github.vodclient.internal.Untrusted;
import io.github.vodclient.upload.MultipartUpload;
import io.github.vodclient.upload.VodUploads.SourceKeyStrategy;
import io.github.vodclient.upload.VodUploads.WorkflowTrigger;
import io.github.vodclient.upload.VodUploads;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The builder behind {@link VodUploads#builder()}: mutable, not thread-safe, validates each setting as it is given.
 * {@link #settings()} takes the immutable {@link UploadSettings} an instance is built from, so changing the builder
 * afterwards never changes an instance already built.
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
    private long defaultPartSize = DefaultVodUploads.DEFAULT_PART_SIZE;
    private boolean strictExpiry;
    private static final CallDeadlines DEFAULT_DEADLINES = new CallDeadlines(VodUploads.DEFAULT_API_CALL_TIMEOUT,
            VodUploads.DEFAULT_API_CALL_ATTEMPT_TIMEOUT);
    private Duration apiCallTimeout; // null: not set, the default applies
    private Duration attemptTimeout;

    /** A builder with the defaults. */
    public UploadBuilder() {
    }

    @Override
    public VodUploads.Builder bucket(String bucket) {
        Objects.requireNonNull(bucket, "bucket");
        if (bucket.isBlank() || bucket.contains("/")) {
            throw new IllegalArgumentException("bucket must be a bucket name, was " + Untrusted.quote(bucket));
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
        this.trigger = Objects.requireNonNull(trigger, "workflowTrigger");
        return this;
    }

    @Override
    public VodUploads.Builder defaultExpiry(Duration expiry) {
        Objects.requireNonNull(expiry, "defaultExpiry");
        if (expiry.compareTo(Duration.ofSeconds(1)) < 0 || expiry.compareTo(Duration.ofDays(7)) > 0) {
            throw new IllegalArgumentException("defaultExpiry must be 1 second to 7 days, was " + expiry);
        }
        this.defaultExpiry = expiry;
        return this;
    }

    @Override
    public VodUploads.Builder defaultPartSize(long partSize) {
        if (partSize < MultipartUpload.MIN_PART_SIZE || partSize > MultipartUpload.MAX_PART_SIZE) {
            throw new IllegalArgumentException("defaultPartSize must be 5 MiB to 5 GiB, was " + partSize);
        }
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
        this.apiCallTimeout = CallDeadlines.positive(timeout, "apiCallTimeout");
        return this;
    }

    @Override
    public VodUploads.Builder apiCallAttemptTimeout(Duration timeout) {
        this.attemptTimeout = CallDeadlines.positive(timeout, "apiCallAttemptTimeout");
        return this;
    }

    /** Whether a bucket was named (a {@code VodClient} without one has no uploads). */
    public boolean hasBucket() {
        return bucket != null;
    }

    /**
     * The settings as they stand.
     *
     * @return the immutable snapshot
     * @throws IllegalStateException when the bucket is missing, or an endpoint is given next to the caller's S3
     *     client and presigner, which it could not apply to
     */
    public UploadSettings settings() {
        return settings(null, null, null, null);
    }

    /**
     * The settings as they stand, with what this builder left unset filled from a {@code VodClient}'s client-wide
     * settings (each may be {@code null}); none applies when the caller gave both S3 client and presigner, which
     * keep their own. This builder stays as the caller left it.
     *
     * @return the immutable snapshot
     * @throws IllegalStateException when the bucket is missing, or an endpoint is given next to the caller's S3
     *     client and presigner, which it could not apply to
     */
    public UploadSettings settings(Region defaultRegion, AwsCredentialsProvider defaultCredentials,
            Duration defaultApiCallTimeout, Duration defaultAttemptTimeout) {
        if (bucket == null) {
            throw new IllegalStateException("bucket is required");
        }
        if (s3Client != null && presigner != null) {
            if (endpoint != null) {
                throw new IllegalStateException("endpointOverride configures the clients VodUploads creates and"
                        + " cannot be combined with the caller's s3Client and presigner: configure the endpoint on"
                        + " those");
            }
            defaultRegion = null;
            defaultCredentials = null;
            defaultApiCallTimeout = null;
            defaultAttemptTimeout = null;
        }
        return new UploadSettings(bucket, region != null ? region : defaultRegion, endpoint, pathStyle,
                credentialsProvider != null ? credentialsProvider : defaultCredentials, presigner, s3Client,
                keyStrategy, trigger, defaultExpiry, defaultPartSize, strictExpiry,
                CallDeadlines.of(apiCallTimeout != null ? apiCallTimeout : defaultApiCallTimeout,
                        attemptTimeout != null ? attemptTimeout : defaultAttemptTimeout, DEFAULT_DEADLINES));
    }

    @Override
    public VodUploads build() {
        return new DefaultVodUploads(settings());
    }
}
