package io.github.vodclient.examples.cli;

import io.github.vodclient.UploadValidationException;
import io.github.vodclient.upload.MultipartUpload.UploadedPart;
import io.github.vodclient.upload.MultipartUpload;
import io.github.vodclient.upload.UploadRequest;
import io.github.vodclient.upload.VodUploads;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code vod multipart start|urls|complete|abort}: the multipart flow, one JSON object per command. */
@Command(name = "multipart", mixinStandardHelpOptions = true,
        description = {
            "Multipart uploads for large files: 'start' (server side) prints the upload id and part plan,"
                + " 'urls' presigns part URLs, the uploader PUTs each part and keeps its ETag, 'complete' or"
                + " 'abort' finishes. Credentials: the AWS SDK's default chain."},
        subcommands = {MultipartCommand.Start.class, MultipartCommand.Urls.class, MultipartCommand.Complete.class,
            MultipartCommand.Abort.class})
final class MultipartCommand {

    /** The upload a command works on, as 'start' printed it. */
    static final class Upload {
        @Option(names = "--key", required = true, paramLabel = "KEY", description = "The upload's object key.")
        String key;

        @Option(names = "--upload-id", required = true, paramLabel = "ID", description = "The upload id.")
        String uploadId;

        @Option(names = "--file-size", required = true, paramLabel = "BYTES", description = "The file's size.")
        long fileSize;

        @Option(names = "--part-size", required = true, paramLabel = "BYTES",
                description = "The part size 'start' chose.")
        long partSize;

        MultipartUpload resume(String bucket) {
            return MultipartUpload.resume(bucket, key, uploadId, fileSize, partSize);
        }
    }

    /** {@code vod multipart start}. */
    @Command(name = "start", mixinStandardHelpOptions = true,
            description = "Start a multipart upload; prints {\"bucket\",\"key\",\"uploadId\",\"fileSize\","
                    + "\"partSize\",\"partCount\"}.")
    static final class Start implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        S3Options s3;

        @ArgGroup(exclusive = true, multiplicity = "1")
        PresignCommand.Target target;

        @Option(names = "--file-size", required = true, paramLabel = "BYTES", description = "The file's size.")
        long fileSize;

        @Option(names = "--part-size", paramLabel = "BYTES", description = "Preferred part size (default 16 MiB).")
        Long partSize;

        @Option(names = "--content-type", paramLabel = "TYPE", description = "Content-Type to store.")
        String contentType;

        @Option(names = "--metadata", paramLabel = "NAME=VALUE", description = "x-amz-meta-NAME; repeatable.")
        Map<String, String> metadata = new LinkedHashMap<>();

        @Override
        public Integer call() {
            UploadRequest.Builder request = UploadRequest.builder().contentLength(fileSize);
            if (target.key != null) {
                request.key(target.key);
            } else {
                request.videoId(target.byId.videoId).fileName(target.byId.fileName);
            }
            if (partSize != null) {
                request.partSize(partSize);
            }
            if (contentType != null) {
                request.contentType(contentType);
            }
            metadata.forEach(request::metadata);
            UploadRequest built = request.build();
            try (VodUploads uploads = s3.open()) {
                UploadJson.write(spec.commandLine().getOut(), uploads.startMultipart(built));
            }
            return 0;
        }
    }

    /** {@code vod multipart urls}. */
    @Command(name = "urls", mixinStandardHelpOptions = true,
            description = "Presign part URLs (all, or --from/--to); prints {\"key\",\"uploadId\",\"parts\":[...]}.")
    static final class Urls implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        S3Options s3;

        @Mixin
        Upload upload;

        @Option(names = "--from", paramLabel = "N", defaultValue = "1", description = "First part (default 1).")
        int from;

        @Option(names = "--to", paramLabel = "N", description = "Last part (default: the last).")
        Integer to;

        @Option(names = "--expires", paramLabel = "DURATION", converter = CliDurations.UrlExpiry.class,
                defaultValue = "15m", description = "URL lifetime: 90s, 15m, 2h, 7d or PT15M (default 15m).")
        Duration expires;

        @Override
        public Integer call() {
            MultipartUpload resumed = upload.resume(s3.bucket);
            try (VodUploads uploads = s3.open()) {
                int last = to != null ? to : resumed.partCount();
                UploadJson.write(spec.commandLine().getOut(), resumed,
                        uploads.presignParts(resumed, from, last, expires));
            }
            return 0;
        }
    }

    /** {@code vod multipart complete}. */
    @Command(name = "complete", mixinStandardHelpOptions = true,
            description = {"Complete an upload with the parts' ETags (--part N=ETAG, repeatable), or, without"
                    + " --part, with the parts S3 has received. Refuses to complete with a part missing.",
                "Prints {\"bucket\",\"key\",\"parts\"}."})
    static final class Complete implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        S3Options s3;

        @Mixin
        Upload upload;

        @Option(names = "--part", paramLabel = "N=ETAG", description = "A part's number and ETag; repeatable.")
        List<String> parts = new ArrayList<>();

        @Override
        public Integer call() {
            MultipartUpload resumed = upload.resume(s3.bucket);
            // Checked before S3 is contacted (and before credentials are looked for).
            List<UploadedPart> given = givenParts(parts, resumed, spec);
            try (VodUploads uploads = s3.open()) {
                List<UploadedPart> completed = given.isEmpty() ? uploads.listParts(resumed) : given;
                if (completed.isEmpty()) {
                    throw new UploadValidationException("parts", "S3 has received no part of this upload");
                }
                uploads.completeMultipart(resumed, completed);
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("bucket", resumed.bucket());
                result.put("key", resumed.key());
                result.put("parts", completed.size());
                UploadJson.write(spec.commandLine().getOut(), result);
            }
            return 0;
        }
    }

    /** Reads the --part values: N=ETAG each, every number once and within the upload's parts. */
    private static List<UploadedPart> givenParts(List<String> values, MultipartUpload upload, CommandSpec spec) {
        Map<Integer, UploadedPart> byNumber = new LinkedHashMap<>();
        for (String value : values) {
            int eq = value.indexOf('=');
            int number;
            try {
                number = eq > 0 ? Integer.parseInt(value.substring(0, eq)) : -1;
            } catch (NumberFormatException e) {
                number = -1;
            }
            if (number < 1 || eq == value.length() - 1) {
                throw new ParameterException(spec.commandLine(), "--part must be N=ETAG (e.g. 1=\"9b2cf535f27731c9\"),"
                        + " was '" + value + "'");
            }
            if (number > upload.partCount()) {
                throw new ParameterException(spec.commandLine(), "--part " + number + ": the upload has "
                        + upload.partCount() + " parts");
            }
            if (byNumber.put(number, UploadedPart.of(number, value.substring(eq + 1))) != null) {
                throw new ParameterException(spec.commandLine(), "--part " + number + " is given twice");
            }
        }
        return new ArrayList<>(byNumber.values());
    }

    /** {@code vod multipart abort}. */
    @Command(name = "abort", mixinStandardHelpOptions = true,
            description = "Abort an upload; S3 discards its parts. Prints {\"bucket\",\"key\",\"aborted\"}.")
    static final class Abort implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        S3Options s3;

        @Option(names = "--key", required = true, paramLabel = "KEY", description = "The upload's object key.")
        String key;

        @Option(names = "--upload-id", required = true, paramLabel = "ID", description = "The upload id.")
        String uploadId;

        @Override
        public Integer call() {
            try (VodUploads uploads = s3.open()) {
                uploads.abortMultipart(key, uploadId);
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("bucket", s3.bucket);
            result.put("key", key);
            result.put("aborted", uploadId);
            UploadJson.write(spec.commandLine().getOut(), result);
            return 0;
        }
    }
}
