package io.github.vodclient.examples.cli;

import io.github.vodclient.upload.UploadRequest;
import io.github.vodclient.upload.VodUploads.PresignedUpload;
import io.github.vodclient.upload.VodUploads;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vod presign}: prints a presigned single-part PUT as one JSON object. */
@Command(name = "presign", mixinStandardHelpOptions = true,
        description = {
            "Presign a single-part PUT into the source bucket and print"
                + " {\"method\",\"url\",\"headers\",\"bucket\",\"key\",\"expiresAt\"}.",
            "The uploader must send every header in \"headers\" (content-length: a body of exactly that size).",
            "Credentials: the AWS SDK's default chain. Exit 2 with one 'error:' line for unusable input."})
final class PresignCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private S3Options s3;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Target target;

    @Option(names = "--content-type", paramLabel = "TYPE", description = "Content-Type to sign (default: from the"
            + " extension).")
    private String contentType;

    @Option(names = "--content-length", paramLabel = "BYTES", description = "Exact size the uploader must send.")
    private Long contentLength;

    @Option(names = "--expires", paramLabel = "DURATION", converter = CliDurations.UrlExpiry.class,
            description = "URL lifetime: 90s, 15m, 2h, 7d or PT15M (default: 15m; 1s to 7d).")
    private Duration expires;

    @Option(names = "--metadata", paramLabel = "NAME=VALUE", description = "x-amz-meta-NAME to sign; repeatable.")
    private Map<String, String> metadata = new LinkedHashMap<>();

    /** Either an exact key or a video id with the user's file name. */
    static final class Target {
        @Option(names = "--key", required = true, paramLabel = "KEY", description = "Exact object key.")
        String key;

        @ArgGroup(exclusive = false)
        ById byId;
    }

    /** Video id and file name, for the default key strategy. */
    static final class ById {
        @Option(names = "--video-id", required = true, paramLabel = "ID", description = "Application's video id.")
        String videoId;

        @Option(names = "--file-name", required = true, paramLabel = "NAME", description = "The user's file name.")
        String fileName;
    }

    @Override
    public Integer call() {
        UploadRequest.Builder request = UploadRequest.builder();
        if (target.key != null) {
            request.key(target.key);
        } else {
            request.videoId(target.byId.videoId).fileName(target.byId.fileName);
        }
        if (contentType != null) {
            request.contentType(contentType);
        }
        if (contentLength != null) {
            request.contentLength(contentLength);
        }
        if (expires != null) {
            request.expiry(expires);
        }
        request.metadata(metadata);
        UploadRequest built = request.build();
        try (VodUploads uploads = s3.open()) {
            PresignedUpload upload = uploads.presignPut(built);
            UploadJson.write(spec.commandLine().getOut(), upload);
        }
        return 0;
    }
}
