package io.github.vodclient.internal.upload;

import io.github.vodclient.UploadValidationException;
import io.github.vodclient.internal.Untrusted;
import io.github.vodclient.upload.VodUploads.WorkflowTrigger;
import io.github.vodclient.upload.WorkflowStart;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Writes {@code <srcVideo>.json} after checking that the video is in the bucket. */
final class MetadataFileWriter {
    private final String bucket;
    private final AwsClients clients;

    MetadataFileWriter(String bucket, AwsClients clients) {
        this.bucket = bucket;
        this.clients = clients;
    }

    String write(WorkflowStart start) {
        SourceKeys.check("srcVideo", start.srcVideo(), WorkflowTrigger.METADATA_FILE, true);
        try {
            clients.client().headObject(b -> b.bucket(bucket).key(start.srcVideo()));
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                // The pipeline fails the workflow when srcVideo is missing; refuse before starting it.
                throw new UploadValidationException("srcVideo", "no object " + Untrusted.quote(start.srcVideo())
                        + " in bucket " + Untrusted.quote(bucket) + "; upload the video before writing its metadata file");
            }
            throw e;
        }
        byte[] json = MetadataFileJson.write(start).getBytes(StandardCharsets.UTF_8);
        String key = start.metadataKey();
        clients.client().putObject(b -> b.bucket(bucket).key(key).contentType("application/json"),
                RequestBody.fromBytes(json));
        return key;
    }
}
