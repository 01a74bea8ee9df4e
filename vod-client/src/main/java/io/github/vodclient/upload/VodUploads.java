package io.github.vodclient.upload;

import io.github.vodclient.UploadValidationException;
import io.github.vodclient.internal.upload.DefaultSourceKeyStrategy;
import io.github.vodclient.internal.upload.UploadBuilder;
import io.github.vodclient.upload.MultipartUpload.PresignedPart;
import io.github.vodclient.upload.MultipartUpload.UploadedPart;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Uploads into the pipeline's source bucket that the pipeline will actually process: presigned single-part PUTs,
 * multipart uploads with presigned part URLs, and metadata-file workflow starts.
 *
 * <pre>{@code
 * try (VodUploads uploads = VodUploads.builder().bucket("vod-source").region(Region.EU_WEST_1).build()) {
 *     PresignedUpload put = uploads.presignPut(UploadRequest.builder()
 *             .videoId("42").fileName("Holiday Clip.MOV").contentLength(size)
 *             .metadata("video-id", "42").build());
 *     // hand put.method(), put.url(), put.signedHeaders(), put.expiresAt() to the browser
 * }
 * }</pre>
 *
 * <p>Every source key is checked before anything is signed: with {@link WorkflowTrigger#VIDEO_FILE} (the
 * default) a key whose extension the pipeline ignores is rejected. The effective expiry of a URL is the earlier of
 * the requested expiry and the expiry of the session credentials that signed it; when the credentials cut it
 * short a warning is logged, or, in {@link Builder#strictExpiry(boolean) strict mode}, the call fails.
 *
 * <p>Thread-safe: create one per bucket and share it; it reuses one {@link S3Presigner} and one {@link S3Client}.
 * Clients it creates itself (lazily, with the JDK-based {@code UrlConnectionHttpClient}) are closed by
 * {@link #close()}; clients passed to the builder are never closed. Presigned URLs, signatures and session tokens
 * never appear in its log messages or exception messages. Errors from S3 itself are the SDK's exceptions.
 *
 * @since 0.1.0
 */
public interface VodUploads extends AutoCloseable {

    /** Default life of a presigned URL: 15 minutes. */
    Duration DEFAULT_EXPIRY = Duration.ofMinutes(15);

    /**
     * Default deadline of one S3 call of the client this instance creates, retries included: 25 seconds, inside the
     * 29 seconds API Gateway gives a Lambda behind it.
     */
    Duration DEFAULT_API_CALL_TIMEOUT = Duration.ofSeconds(25);

    /** Default deadline of one attempt of an S3 call of the client this instance creates: 10 seconds. */
    Duration DEFAULT_API_CALL_ATTEMPT_TIMEOUT = Duration.ofSeconds(10);

    /**
     * Starts configuring an instance.
     *
     * @return a new builder
     */
    static Builder builder() {
        return new UploadBuilder();
    }

    /**
     * The source bucket.
     *
     * @return the bucket name
     */
    String bucket();

    /**
     * The key an upload of this request would get, checked as {@link #presignPut} checks it; only the key, or the
     * video id, file name and content type, are read.
     *
     * @param request the upload
     * @return the key
     * @throws UploadValidationException if the key would be refused or ignored
     */
    String sourceKey(UploadRequest request);

    /**
     * Presigns a single-part PUT (files up to 5 GB; use {@link #startMultipart} above that).
     *
     * @param request what to presign
     * @return the method, URL, headers to send, key and effective expiry
     * @throws UploadValidationException for input S3 or the pipeline would refuse or ignore (a
     *     {@code contentLength} over 5 GB, a {@code partSize}), or, in strict mode, when the credentials expire
     *     before the requested expiry
     */
    PresignedUpload presignPut(UploadRequest request);

    /**
     * Starts a multipart upload (a server-side call to S3) and chooses its part plan.
     *
     * @param request the object and its {@code contentLength} (the file's size), optionally a {@code partSize}
     * @return the upload id and part plan
     * @throws UploadValidationException for input S3 or the pipeline would refuse or ignore, when
     *     {@code contentLength} is missing, or when the request sets what only a single PUT uses
     *     ({@code expiry}: give it to {@link #presignParts(MultipartUpload, int, int, Duration)}; {@code checksum})
     */
    MultipartUpload startMultipart(UploadRequest request);

    /**
     * Presigns every part of an upload with the default expiry.
     *
     * @param upload the upload
     * @return one URL per part, in part order
     */
    List<PresignedPart> presignParts(MultipartUpload upload);

    /**
     * Presigns a range of parts (to hand URLs out in batches, or again after they expired).
     *
     * @param upload the upload
     * @param firstPart the first part number, from 1
     * @param lastPart the last part number, inclusive, at most {@link MultipartUpload#partCount()}
     * @param expiry how long the URLs should live, 1 second to 7 days
     * @return one URL per part, in part order
     * @throws UploadValidationException for a bad range or expiry, or, in strict mode, when the credentials
     *     expire before the requested expiry
     */
    List<PresignedPart> presignParts(MultipartUpload upload, int firstPart, int lastPart, Duration expiry);

    /**
     * Lists the parts S3 already has (to resume an interrupted upload).
     *
     * @param upload the upload
     * @return the parts received so far, by part number, with their ETags and sizes
     */
    List<UploadedPart> listParts(MultipartUpload upload);

    /**
     * Completes an upload; S3 then creates the object, which starts the workflow.
     *
     * @param upload the upload
     * @param parts every part, 1 to {@link MultipartUpload#partCount()}, in any order, with the ETags S3
     *     returned
     * @throws UploadValidationException when a part is missing, repeated, out of range or (when its size is
     *     known) not the planned size: S3 would otherwise create a truncated object
     */
    void completeMultipart(MultipartUpload upload, List<UploadedPart> parts);

    /**
     * Aborts an upload; S3 discards the parts received.
     *
     * @param upload the upload
     */
    default void abortMultipart(MultipartUpload upload) {
        if (!upload.bucket().equals(bucket())) {
            throw new UploadValidationException("bucket", "the upload is in bucket '" + upload.bucket()
                    + "', this VodUploads uses '" + bucket() + "'");
        }
        abortMultipart(upload.key(), upload.uploadId());
    }

    /**
     * Aborts an upload known only by key and upload id (for example one found by listing stale uploads).
     *
     * @param key the object key
     * @param uploadId S3's id for the upload
     */
    void abortMultipart(String key, String uploadId);

    /**
     * Writes a metadata file ({@code <srcVideo>.json}) next to a video already in the bucket, which starts a
     * workflow on stacks in MetadataFile mode.
     *
     * @param start the metadata file's content
     * @return the metadata file's key
     * @throws UploadValidationException when {@code srcVideo} is not in the bucket
     */
    String startWorkflow(WorkflowStart start);

    /** Closes the AWS clients this instance created; caller-supplied clients stay open. */
    @Override
    void close();

    /**
     * Configures a {@link VodUploads}. Not thread-safe.
     *
     * @since 0.1.0
     */
    interface Builder {

        /**
         * The pipeline's source bucket (required).
         *
         * @param bucket the bucket name
         * @return this builder
         */
        Builder bucket(String bucket);

        /**
         * The bucket's region; default: the SDK's region chain (or {@code us-east-1} with an endpoint override).
         *
         * @param region the region
         * @return this builder
         */
        Builder region(Region region);

        /**
         * An S3-compatible endpoint instead of AWS (for example S3Proxy or LocalStack in tests).
         *
         * @param endpoint the endpoint URL
         * @return this builder
         */
        Builder endpointOverride(URI endpoint);

        /**
         * Path-style URLs ({@code https://host/bucket/key}) instead of virtual-hosted style.
         *
         * @param pathStyle whether to use path-style access
         * @return this builder
         */
        Builder pathStyle(boolean pathStyle);

        /**
         * The credentials that sign URLs and make S3 calls; default: the SDK's default chain. Used for presigning
         * even with a caller-supplied presigner, so that the effective expiry can be computed.
         *
         * @param credentialsProvider the provider (not closed by this instance)
         * @return this builder
         */
        Builder credentialsProvider(AwsCredentialsProvider credentialsProvider);

        /**
         * Uses the caller's presigner, which this instance never closes. Without
         * {@link #credentialsProvider}, the presigner's own credentials sign and the expiry of session
         * credentials cannot be taken into account.
         *
         * @param presigner the presigner
         * @return this builder
         */
        Builder presigner(S3Presigner presigner);

        /**
         * Uses the caller's S3 client for multipart and metadata-file calls; this instance never closes it.
         *
         * @param s3Client the client
         * @return this builder
         */
        Builder s3Client(S3Client s3Client);

        /**
         * How keys are chosen from a video id and file name; default {@link SourceKeyStrategy#standard()}.
         *
         * @param keyStrategy the strategy
         * @return this builder
         */
        Builder keyStrategy(SourceKeyStrategy keyStrategy);

        /**
         * How the stack starts workflows; default {@link WorkflowTrigger#VIDEO_FILE}.
         *
         * @param trigger the trigger mode
         * @return this builder
         */
        Builder workflowTrigger(WorkflowTrigger trigger);

        /**
         * Expiry for requests that do not set one; default {@link #DEFAULT_EXPIRY}.
         *
         * @param expiry 1 second to 7 days
         * @return this builder
         */
        Builder defaultExpiry(Duration expiry);

        /**
         * Part size for multipart requests that do not set one; default 16 MiB.
         *
         * @param partSize 5 MiB to 5 GiB
         * @return this builder
         */
        Builder defaultPartSize(long partSize);

        /**
         * Fail instead of warning when the signing credentials expire before the requested expiry.
         *
         * @param strict whether to fail
         * @return this builder
         */
        Builder strictExpiry(boolean strict);

        /**
         * Sets the deadline of one S3 call (multipart create, list, complete, abort; metadata-file head and put) of
         * the client this instance creates, retries included; default {@link #DEFAULT_API_CALL_TIMEOUT} (25 s).
         * Completing a multipart upload of very many parts can take longer: raise it for that. A caller's client
         * keeps its own configuration; presigning makes no call.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        Builder apiCallTimeout(Duration timeout);

        /**
         * Sets the deadline of one attempt of an S3 call of the client this instance creates; default
         * {@link #DEFAULT_API_CALL_ATTEMPT_TIMEOUT} (10 s).
         *
         * @param timeout a positive duration
         * @return this builder
         */
        Builder apiCallAttemptTimeout(Duration timeout);

        /**
         * Validates and builds; no AWS client is created until first needed.
         *
         * @return the instance
         * @throws UploadValidationException naming a missing or invalid setting
         */
        VodUploads build();
    }

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

    /**
     * Chooses the source-bucket key for a video from the application's video id and the user's file name.
     *
     * <p>Whatever a strategy returns is still checked by {@link VodUploads}: keys S3 refuses, and (with
     * {@link WorkflowTrigger#VIDEO_FILE}) keys whose extension the pipeline ignores, are rejected. Implementations
     * must be thread-safe and fast (no I/O), and throw {@link io.github.vodclient.UploadValidationException} naming
     * {@code videoId} or {@code fileName} for input they cannot map.
     *
     * <pre>{@code
     * VodUploads uploads = VodUploads.builder()
     *         .bucket("vod-source")
     *         .keyStrategy((videoId, fileName, contentType) -> "tenants/acme/" + videoId + ".mp4")
     *         .build();
     * }</pre>
     *
     * @since 0.1.0
     */
    @FunctionalInterface
    interface SourceKeyStrategy {

        /**
         * The key for a video.
         *
         * @param videoId the application's id for the video
         * @param fileName the file name as the user chose it (any characters)
         * @param contentType the content type the client declared, if any
         * @return the object key
         */
        String sourceKey(String videoId, String fileName, Optional<String> contentType);

        /**
         * The default strategy: {@code video/<videoId>/<safe-base-name>.<ext>}.
         *
         * <p>The base name keeps ASCII letters, digits, {@code -} and {@code _} (accents are stripped, every other
         * run of characters becomes one {@code -}; an empty result becomes {@code video}; at most 100 characters), so
         * the pipeline's output URLs, which it does not percent-encode, stay valid. The extension comes from the file
         * name when it is a video format the pipeline knows, otherwise from the content type, otherwise the file's
         * own extension; it is lower-cased ({@code Holiday Clip.MOV} becomes {@code Holiday-Clip.mov}). The video id
         * must be 1 to 128 characters of letters, digits, {@code -}, {@code _} and {@code .}, not starting with
         * {@code .}.
         *
         * @return the default strategy
         */
        static SourceKeyStrategy standard() {
            return new DefaultSourceKeyStrategy("video/");
        }

        /**
         * The default strategy under another prefix: {@code <prefix><videoId>/<safe-base-name>.<ext>}.
         *
         * @param prefix the key prefix, empty or ending in {@code /}, such as {@code "uploads/"}
         * @return the strategy
         */
        static SourceKeyStrategy standard(String prefix) {
            return new DefaultSourceKeyStrategy(prefix);
        }
    }

    /**
     * A presigned single-part upload: the uploader sends {@link #method()} to {@link #url()} with every header of
     * {@link #signedHeaders()} and the file as the body, before {@link #expiresAt()}.
     *
     * <p>{@code signedHeaders} holds every signed header except {@code host} (implied by the URL). If it contains
     * {@code content-length}, HTTP clients (browsers, {@code java.net.http}) set that header themselves from the
     * body and refuse to set it by hand: send a body of exactly that size; {@link #headersToSet()} leaves it out.
     *
     * <p>The URL is a bearer credential until it expires: do not log it. {@link #toString()} leaves it out.
     *
     * <pre>{@code
     * PresignedUpload upload = uploads.presignPut(request);
     * HttpRequest.Builder put = HttpRequest.newBuilder(upload.url()).PUT(BodyPublishers.ofFile(file));
     * upload.headersToSet().forEach(put::header);
     * }</pre>
     *
     * @param method the HTTP method, always {@code PUT}
     * @param url the presigned URL (secret until it expires)
     * @param signedHeaders header names (lower case) and values the uploader must send
     * @param bucket the source bucket
     * @param key the object key the upload creates
     * @param expiresAt when S3 stops accepting the URL: the earlier of the signed expiry and the expiry of the
     *     credentials that signed it
     * @since 0.1.0
     */
    record PresignedUpload(String method, URI url, Map<String, String> signedHeaders, String bucket, String key,
            Instant expiresAt) {

        /**
         * Validates and copies.
         *
         * @param method the HTTP method
         * @param url the presigned URL
         * @param signedHeaders the headers to send
         * @param bucket the bucket
         * @param key the key
         * @param expiresAt the effective expiry
         */
        public PresignedUpload {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(url, "url");
            signedHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(
                    Objects.requireNonNull(signedHeaders, "signedHeaders")));
            Objects.requireNonNull(bucket, "bucket");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }

        /**
         * The signed headers an HTTP client must set explicitly: {@link #signedHeaders()} without
         * {@code content-length}, which clients derive from the body.
         *
         * @return header names and values
         */
        public Map<String, String> headersToSet() {
            Map<String, String> headers = new LinkedHashMap<>(signedHeaders);
            headers.remove("content-length");
            return Collections.unmodifiableMap(headers);
        }

        /**
         * Describes the upload without the URL, which is a secret.
         *
         * @return method, bucket, key, header names and expiry
         */
        @Override
        public String toString() {
            return "PresignedUpload[method=" + method + ", bucket=" + bucket + ", key=" + key + ", signedHeaders="
                    + signedHeaders.keySet() + ", expiresAt=" + expiresAt + "]";
        }
    }
}
