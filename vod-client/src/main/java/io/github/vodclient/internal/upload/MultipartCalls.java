package io.github.vodclient.internal.upload;

import io.github.vodclient.UploadValidationException;
import io.github.vodclient.upload.MultipartUpload.PresignedPart;
import io.github.vodclient.upload.MultipartUpload.UploadedPart;
import io.github.vodclient.upload.MultipartUpload;
import io.github.vodclient.upload.UploadRequest.Encryption;
import io.github.vodclient.upload.UploadRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.ListPartsRequest;
import software.amazon.awssdk.services.s3.model.Part;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedUploadPartRequest;
import software.amazon.awssdk.services.s3.presigner.model.UploadPartPresignRequest;

/** Multipart uploads: start, part URLs, list, complete, abort. Thread-safe. */
final class MultipartCalls {
    private final UploadSettings config;
    private final AwsClients clients;
    private final Clock clock;

    MultipartCalls(UploadSettings config, AwsClients clients, Clock clock) {
        this.config = config;
        this.clients = clients;
        this.clock = clock;
    }

    MultipartUpload start(UploadRequest request) {
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
        String key = DefaultVodUploads.resolveKey(config, request);
        long partSize = PartSizing.choose(fileSize, request.partSize().orElse(config.defaultPartSize()));
        CreateMultipartUploadRequest.Builder create = CreateMultipartUploadRequest.builder()
                .bucket(config.bucket()).key(key);
        DefaultVodUploads.contentType(request, key).ifPresent(create::contentType);
        if (!request.metadata().isEmpty()) {
            create.metadata(request.metadata());
        }
        request.encryption().ifPresent(e -> {
            if (e.kind() == Encryption.Kind.SSE_S3) {
                create.serverSideEncryption(ServerSideEncryption.AES256);
            } else {
                create.serverSideEncryption(ServerSideEncryption.AWS_KMS);
                e.kmsKeyId().ifPresent(create::ssekmsKeyId);
            }
        });
        CreateMultipartUploadResponse created = clients.client().createMultipartUpload(create.build());
        return MultipartUpload.resume(config.bucket(), key, created.uploadId(), fileSize, partSize);
    }

    List<PresignedPart> presignParts(MultipartUpload upload, int firstPart, int lastPart, Duration expiry) {
        checkBucket(upload);
        RequestChecks.expiry(expiry);
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
                    .overrideConfiguration(o -> signing.pin(o))
                    .build();
            PresignedUploadPartRequest presigned = presigner.presignUploadPart(UploadPartPresignRequest.builder()
                    .signatureDuration(expiry).uploadPartRequest(part).build());
            parts.add(new PresignedPart(n, SignedHeaders.url(presigned), SignedHeaders.of(presigned),
                    upload.partOffset(n), upload.partSize(n), signing.effectiveExpiry(presigned.expiration())));
        }
        return Collections.unmodifiableList(parts);
    }

    List<UploadedPart> listParts(MultipartUpload upload) {
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

    void complete(MultipartUpload upload, List<UploadedPart> parts) {
        checkBucket(upload);
        List<UploadedPart> sorted = new ArrayList<>(parts);
        sorted.sort(Comparator.comparingInt(UploadedPart::partNumber));
        // S3 completes with whatever parts it is given; a missing part would silently truncate the video.
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
                throw new UploadValidationException("parts", "part " + part.partNumber() + " has " + part.size().getAsLong()
                        + " bytes, the plan says " + upload.partSize(part.partNumber()));
            }
        }
        if (sorted.size() != upload.partCount()) {
            throw new UploadValidationException("parts", "part " + (sorted.size() + 1) + " is missing ("
                    + sorted.size() + " of " + upload.partCount() + " parts given)");
        }
        List<CompletedPart> completed = new ArrayList<>(sorted.size());
        for (UploadedPart part : sorted) {
            completed.add(CompletedPart.builder().partNumber(part.partNumber()).eTag(part.eTag()).build());
        }
        clients.client().completeMultipartUpload(b -> b.bucket(upload.bucket()).key(upload.key())
                .uploadId(upload.uploadId()).multipartUpload(m -> m.parts(completed)));
    }

    void abort(String key, String uploadId) {
        clients.client().abortMultipartUpload(b -> b.bucket(config.bucket()).key(key).uploadId(uploadId));
    }

    private void checkBucket(MultipartUpload upload) {
        if (!upload.bucket().equals(config.bucket())) {
            throw new UploadValidationException("bucket", "the upload is in bucket '" + upload.bucket()
                    + "', this VodUploads uses '" + config.bucket() + "'");
        }
    }
}
