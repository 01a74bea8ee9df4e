package io.github.vodclient.internal.upload;

import io.github.vodclient.UploadValidationException;
import io.github.vodclient.internal.Untrusted;
import io.github.vodclient.upload.MultipartUpload.PresignedPart;
import io.github.vodclient.upload.MultipartUpload.UploadedPart;
import io.github.vodclient.upload.MultipartUpload;
import io.github.vodclient.upload.UploadRequest.Checksum;
import io.github.vodclient.upload.UploadRequest.Encryption;
import io.github.vodclient.upload.UploadRequest;
import io.github.vodclient.upload.VodUploads.PresignedUpload;
import io.github.vodclient.upload.VodUploads.WorkflowTrigger;
import io.github.vodclient.upload.VodUploads;
import io.github.vodclient.upload.WorkflowStart;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;
import software.amazon.awssdk.services.s3.presigner.model.PutObjectPresignRequest;

/** The default {@link VodUploads}. Thread-safe: its state is final apart from the lazily created clients. */
public final class DefaultVodUploads implements VodUploads {
    private final UploadSettings config;
    private final AwsClients clients;
    private final MultipartCalls multipart;
    private final Clock clock = Clock.systemUTC();

    /**
     * An instance of these settings; its AWS clients are created on first use.
     *
     * @param config the settings, as built
     */
    public DefaultVodUploads(UploadSettings config) {
        this.config = config;
        this.clients = new AwsClients(config);
        this.multipart = new MultipartCalls(config, clients, clock);
    }

    @Override
    public String bucket() {
        return config.bucket();
    }

    @Override
    public String sourceKey(UploadRequest request) {
        return resolveKey(config, Objects.requireNonNull(request, "request"));
    }

    /** The key of an upload: explicit or from the strategy, checked against S3's and the pipeline's rules. */
    static String resolveKey(UploadSettings config, UploadRequest source) {
        String field;
        String key;
        if (source.key().isPresent()) {
            field = "key";
            key = source.key().get();
        } else {
            field = "fileName";
            key = config.keyStrategy().sourceKey(source.videoId().orElseThrow(), source.fileName().orElseThrow(),
                    source.contentType());
            if (key == null) {
                throw new UploadValidationException(field, "the key strategy returned no key");
            }
        }
        SourceKeys.check(field, key, config.trigger(), config.trigger() == WorkflowTrigger.METADATA_FILE);
        return key;
    }

    /** The content type to store: the caller's, or the one that goes with the key's extension. */
    static Optional<String> contentType(UploadRequest source, String key) {
        return source.contentType().or(() -> VideoFormats.contentType(VideoFormats.extensionOf(key)));
    }

    @Override
    public PresignedUpload presignPut(UploadRequest request) {
        if (request.partSize().isPresent()) {
            throw new UploadValidationException("partSize", "is for startMultipart; a single PUT has no parts");
        }
        if (request.contentLength().isPresent() && request.contentLength().getAsLong() > UploadRequest.MAX_SINGLE_PUT_BYTES) {
            throw new UploadValidationException("contentLength", request.contentLength().getAsLong() + " bytes is"
                    + " over the 5 GB limit of a single PUT; use startMultipart");
        }
        String key = resolveKey(config, request);
        Duration expiry = request.expiry().orElse(config.defaultExpiry());
        SigningCredentials signing = SigningCredentials.resolve(clients.signingCredentials(), expiry,
                config.strictExpiry(), clock, "s3://" + config.bucket() + "/" + key);
        PutObjectRequest.Builder put = PutObjectRequest.builder().bucket(config.bucket()).key(key);
        contentType(request, key).ifPresent(put::contentType);
        request.contentLength().ifPresent(put::contentLength);
        if (!request.metadata().isEmpty()) {
            put.metadata(request.metadata());
        }
        request.encryption().ifPresent(e -> encryption(put, e));
        request.checksum().ifPresent(c -> checksum(put, c));
        put.overrideConfiguration(o -> signing.pin(o));
        PresignedPutObjectRequest presigned = clients.presigner().presignPutObject(PutObjectPresignRequest.builder()
                .signatureDuration(expiry)
                .putObjectRequest(put.build())
                .build());
        return new PresignedUpload(presigned.httpRequest().method().name(), SignedHeaders.url(presigned),
                SignedHeaders.of(presigned), config.bucket(), key, signing.effectiveExpiry(presigned.expiration()));
    }

    private static void encryption(PutObjectRequest.Builder put, Encryption encryption) {
        if (encryption.kind() == Encryption.Kind.SSE_S3) {
            put.serverSideEncryption(ServerSideEncryption.AES256);
        } else {
            put.serverSideEncryption(ServerSideEncryption.AWS_KMS);
            encryption.kmsKeyId().ifPresent(put::ssekmsKeyId);
        }
    }

    private static void checksum(PutObjectRequest.Builder put, Checksum checksum) {
        switch (checksum.algorithm()) {
            case CRC32 -> put.checksumCRC32(checksum.base64Value());
            case CRC32C -> put.checksumCRC32C(checksum.base64Value());
            case SHA1 -> put.checksumSHA1(checksum.base64Value());
            case SHA256 -> put.checksumSHA256(checksum.base64Value());
            default -> throw new IllegalStateException("unknown checksum algorithm " + checksum.algorithm());
        }
    }

    @Override
    public MultipartUpload startMultipart(UploadRequest request) {
        return multipart.start(request);
    }

    @Override
    public List<PresignedPart> presignParts(MultipartUpload upload) {
        return multipart.presignParts(upload, 1, upload.partCount(), config.defaultExpiry());
    }

    @Override
    public List<PresignedPart> presignParts(MultipartUpload upload, int firstPart, int lastPart, Duration expiry) {
        return multipart.presignParts(upload, firstPart, lastPart, expiry);
    }

    @Override
    public List<UploadedPart> listParts(MultipartUpload upload) {
        return multipart.listParts(upload);
    }

    @Override
    public void completeMultipart(MultipartUpload upload, List<UploadedPart> parts) {
        multipart.complete(upload, parts);
    }

    @Override
    public void abortMultipart(String key, String uploadId) {
        multipart.abort(Objects.requireNonNull(key, "key"), Objects.requireNonNull(uploadId, "uploadId"));
    }

    /** Writes {@code <srcVideo>.json} after checking that the video is in the bucket. */
    @Override
    public String startWorkflow(WorkflowStart start) {
        SourceKeys.check("srcVideo", start.srcVideo(), WorkflowTrigger.METADATA_FILE, true);
        String bucket = config.bucket();
        try {
            clients.client().headObject(b -> b.bucket(bucket).key(start.srcVideo()));
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                // The pipeline fails the workflow when srcVideo is missing; refuse before starting it.
                throw new UploadValidationException("srcVideo", "no object " + Untrusted.quote(start.srcVideo())
                        + " in bucket " + Untrusted.quote(bucket)
                        + "; upload the video before writing its metadata file");
            }
            throw e;
        }
        byte[] json = MetadataFile.json(start).getBytes(StandardCharsets.UTF_8);
        String key = start.metadataKey();
        clients.client().putObject(b -> b.bucket(bucket).key(key).contentType("application/json"),
                RequestBody.fromBytes(json));
        return key;
    }

    @Override
    public void close() {
        clients.close();
    }

    @Override
    public String toString() {
        return "VodUploads[bucket=" + config.bucket() + ", trigger=" + config.trigger() + "]";
    }
}
