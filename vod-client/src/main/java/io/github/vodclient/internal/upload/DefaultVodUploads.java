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
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.ListPartsRequest;
import software.amazon.awssdk.services.s3.model.Part;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;
import software.amazon.awssdk.services.s3.presigner.model.PresignedUploadPartRequest;
import software.amazon.awssdk.services.s3.presigner.model.PutObjectPresignRequest;
import software.amazon.awssdk.services.s3.presigner.model.UploadPartPresignRequest;

/**
 * The default {@link VodUploads}: presigned PUTs, multipart uploads (start, part URLs, list, complete, abort) and
 * metadata-file starts. Thread-safe: its state is final apart from the lazily created clients.
 */
public final class DefaultVodUploads implements VodUploads {
    /** Default part size: big enough for few requests, small enough to retry cheaply on a phone. */
    static final long DEFAULT_PART_SIZE = 16L * 1024 * 1024;
    private static final long MIB = 1024 * 1024;

    private final UploadSettings config;
    private final AwsClients clients;
    private final Clock clock = Clock.systemUTC();

    /**
     * An instance of these settings; its AWS clients are created on first use.
     *
     * @param config the settings, as built
     */
    public DefaultVodUploads(UploadSettings config) {
        this.config = config;
        this.clients = new AwsClients(config);
    }

    @Override
    public String bucket() {
        return config.bucket();
    }

    @Override
    public String sourceKey(UploadRequest request) {
        return resolveKey(Objects.requireNonNull(request, "request"));
    }

    /** The key of an upload: explicit or from the strategy, checked against S3's and the pipeline's rules. */
    private String resolveKey(UploadRequest source) {
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
        DefaultSourceKeyStrategy.check(field, key, config.trigger());
        return key;
    }

    /** The content type to store: the caller's, or the one that goes with the key's extension. */
    private static Optional<String> contentType(UploadRequest source, String key) {
        return source.contentType()
                .or(() -> DefaultSourceKeyStrategy.contentType(DefaultSourceKeyStrategy.extensionOf(key)));
    }

    /** The {@code x-amz-server-side-encryption} value of a request's encryption. */
    private static ServerSideEncryption sse(Encryption encryption) {
        return encryption.kind() == Encryption.Kind.SSE_S3 ? ServerSideEncryption.AES256
                : ServerSideEncryption.AWS_KMS;
    }

    @Override
    public PresignedUpload presignPut(UploadRequest request) {
        if (request.partSize().isPresent()) {
            throw new UploadValidationException("partSize", "is for startMultipart; a single PUT has no parts");
        }
        if (request.contentLength().isPresent()
                && request.contentLength().getAsLong() > UploadRequest.MAX_SINGLE_PUT_BYTES) {
            throw new UploadValidationException("contentLength", request.contentLength().getAsLong() + " bytes is"
                    + " over the 5 GB limit of a single PUT; use startMultipart");
        }
        String key = resolveKey(request);
        Duration expiry = request.expiry().orElse(config.defaultExpiry());
        SigningCredentials signing = SigningCredentials.resolve(clients.signingCredentials(), expiry,
                config.strictExpiry(), clock, "s3://" + config.bucket() + "/" + key);
        PutObjectRequest.Builder put = PutObjectRequest.builder().bucket(config.bucket()).key(key);
        contentType(request, key).ifPresent(put::contentType);
        request.contentLength().ifPresent(put::contentLength);
        if (!request.metadata().isEmpty()) {
            put.metadata(request.metadata());
        }
        request.encryption().ifPresent(e -> {
            put.serverSideEncryption(sse(e));
            e.kmsKeyId().ifPresent(put::ssekmsKeyId);
        });
        request.checksum().ifPresent(c -> {
            Checksum.Algorithm algorithm = c.algorithm();
            // if, not switch: a switch on another class's enum costs a synthetic class
            if (algorithm == Checksum.Algorithm.CRC32) {
                put.checksumCRC32(c.base64Value());
            } else if (algorithm == Checksum.Algorithm.CRC32C) {
                put.checksumCRC32C(c.base64Value());
            } else if (algorithm == Checksum.Algorithm.SHA1) {
                put.checksumSHA1(c.base64Value());
            } else if (algorithm == Checksum.Algorithm.SHA256) {
                put.checksumSHA256(c.base64Value());
            } else {
                throw new IllegalStateException("unknown checksum algorithm " + algorithm);
            }
        });
        put.overrideConfiguration(signing::pin);
        PresignedPutObjectRequest presigned = clients.presigner().presignPutObject(PutObjectPresignRequest.builder()
                .signatureDuration(expiry)
                .putObjectRequest(put.build())
                .build());
        return new PresignedUpload(presigned.httpRequest().method().name(), SigningCredentials.url(presigned),
                SigningCredentials.signedHeaders(presigned), config.bucket(), key,
                signing.effectiveExpiry(presigned.expiration()));
    }

    @Override
    public MultipartUpload startMultipart(UploadRequest request) {
        if (request.contentLength().isEmpty()) {
            throw new UploadValidationException("contentLength", "is required: the file's size plans the parts");
        }
        if (request.expiry().isPresent()) {
            throw new UploadValidationException("expiry", "is for presignPut; give part URLs theirs in presignParts");
        }
        if (request.checksum().isPresent()) {
            throw new UploadValidationException("checksum", "is for presignPut; a multipart upload has no"
                    + " whole-file checksum here");
        }
        long fileSize = request.contentLength().getAsLong();
        String key = resolveKey(request);
        long partSize = partSize(fileSize, request.partSize().orElse(config.defaultPartSize()));
        CreateMultipartUploadRequest.Builder create = CreateMultipartUploadRequest.builder()
                .bucket(config.bucket()).key(key);
        contentType(request, key).ifPresent(create::contentType);
        if (!request.metadata().isEmpty()) {
            create.metadata(request.metadata());
        }
        request.encryption().ifPresent(e -> {
            create.serverSideEncryption(sse(e));
            e.kmsKeyId().ifPresent(create::ssekmsKeyId);
        });
        String uploadId = clients.client().createMultipartUpload(create.build()).uploadId();
        return MultipartUpload.resume(config.bucket(), key, uploadId, fileSize, partSize);
    }

    /**
     * The part size of a new multipart upload: the preferred size, raised (to whole MiB) when 10,000 parts would not
     * do; {@link MultipartUpload} itself checks a plan it is given.
     */
    static long partSize(long fileSize, long preferred) {
        if (fileSize < 1 || fileSize > MultipartUpload.MAX_OBJECT_SIZE) {
            throw new UploadValidationException("contentLength", "must be 1 byte to 5 TiB for a multipart upload, was "
                    + fileSize);
        }
        if (preferred < MultipartUpload.MIN_PART_SIZE || preferred > MultipartUpload.MAX_PART_SIZE) {
            throw new UploadValidationException("partSize", "must be 5 MiB to 5 GiB, was " + preferred);
        }
        long minimum = -Math.floorDiv(-fileSize, MultipartUpload.MAX_PARTS); // ceiling
        long size = Math.max(preferred, -Math.floorDiv(-minimum, MIB) * MIB);
        return Math.min(size, MultipartUpload.MAX_PART_SIZE);
    }

    @Override
    public List<PresignedPart> presignParts(MultipartUpload upload) {
        return presignParts(upload, 1, upload.partCount(), config.defaultExpiry());
    }

    @Override
    public List<PresignedPart> presignParts(MultipartUpload upload, int firstPart, int lastPart, Duration expiry) {
        checkBucket(upload);
        UploadRequestBuilder.checkExpiry(expiry);
        if (firstPart < 1 || lastPart > upload.partCount() || firstPart > lastPart) {
            throw new UploadValidationException("parts", "range " + firstPart + " to " + lastPart
                    + " is not within 1 to " + upload.partCount());
        }
        SigningCredentials signing = SigningCredentials.resolve(clients.signingCredentials(), expiry,
                config.strictExpiry(), clock, "s3://" + upload.bucket() + "/" + upload.key() + " (multipart)");
        S3Presigner presigner = clients.presigner();
        List<PresignedPart> parts = new ArrayList<>(lastPart - firstPart + 1);
        for (int n = firstPart; n <= lastPart; n++) {
            UploadPartRequest part = UploadPartRequest.builder()
                    .bucket(upload.bucket()).key(upload.key()).uploadId(upload.uploadId())
                    .partNumber(n).contentLength(upload.partSize(n))
                    .overrideConfiguration(signing::pin)
                    .build();
            PresignedUploadPartRequest presigned = presigner.presignUploadPart(UploadPartPresignRequest.builder()
                    .signatureDuration(expiry).uploadPartRequest(part).build());
            parts.add(new PresignedPart(n, SigningCredentials.url(presigned),
                    SigningCredentials.signedHeaders(presigned), upload.partOffset(n), upload.partSize(n),
                    signing.effectiveExpiry(presigned.expiration())));
        }
        return Collections.unmodifiableList(parts);
    }

    @Override
    public List<UploadedPart> listParts(MultipartUpload upload) {
        checkBucket(upload);
        List<UploadedPart> parts = new ArrayList<>();
        for (Part part : clients.client().listPartsPaginator(ListPartsRequest.builder()
                .bucket(upload.bucket()).key(upload.key()).uploadId(upload.uploadId()).build()).parts()) {
            parts.add(new UploadedPart(part.partNumber(), part.eTag(),
                    part.size() == null ? OptionalLong.empty() : OptionalLong.of(part.size())));
        }
        parts.sort(Comparator.comparingInt(UploadedPart::partNumber));
        return Collections.unmodifiableList(parts);
    }

    @Override
    public void completeMultipart(MultipartUpload upload, List<UploadedPart> parts) {
        checkBucket(upload);
        List<UploadedPart> sorted = new ArrayList<>(parts);
        sorted.sort(Comparator.comparingInt(UploadedPart::partNumber));
        // S3 completes with whatever parts it is given; a missing part would silently truncate the video.
        List<CompletedPart> completed = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            UploadedPart part = sorted.get(i);
            if (part.partNumber() > upload.partCount()) {
                throw new UploadValidationException("parts", "part " + part.partNumber() + " is beyond the last"
                        + " part " + upload.partCount());
            }
            if (part.partNumber() != i + 1) {
                throw new UploadValidationException("parts", part.partNumber() == i ? "part " + i
                        + " is listed twice" : "part " + (i + 1) + " is missing");
            }
            if (part.size().isPresent() && part.size().getAsLong() != upload.partSize(part.partNumber())) {
                throw new UploadValidationException("parts", "part " + part.partNumber() + " has "
                        + part.size().getAsLong() + " bytes, the plan says " + upload.partSize(part.partNumber()));
            }
            completed.add(CompletedPart.builder().partNumber(part.partNumber()).eTag(part.eTag()).build());
        }
        if (sorted.size() != upload.partCount()) {
            throw new UploadValidationException("parts", "part " + (sorted.size() + 1) + " is missing ("
                    + sorted.size() + " of " + upload.partCount() + " parts given)");
        }
        clients.client().completeMultipartUpload(b -> b.bucket(upload.bucket()).key(upload.key())
                .uploadId(upload.uploadId()).multipartUpload(m -> m.parts(completed)));
    }

    @Override
    public void abortMultipart(String key, String uploadId) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(uploadId, "uploadId");
        clients.client().abortMultipartUpload(b -> b.bucket(config.bucket()).key(key).uploadId(uploadId));
    }

    private void checkBucket(MultipartUpload upload) {
        if (!upload.bucket().equals(config.bucket())) {
            throw new UploadValidationException("bucket", "the upload is in bucket '" + upload.bucket()
                    + "', this VodUploads uses '" + config.bucket() + "'");
        }
    }

    /** Writes {@code <srcVideo>.json} after checking that the video is in the bucket. */
    @Override
    public String startWorkflow(WorkflowStart start) {
        DefaultSourceKeyStrategy.check("srcVideo", start.srcVideo(), WorkflowTrigger.METADATA_FILE);
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
