package io.github.vodclient.testing.internal.local;

import io.github.vodclient.testing.internal.local.PipelineMessages.Published;
import io.github.vodclient.upload.VodUploads.WorkflowTrigger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One run of the pipeline for one new object, step by step as the solution's state machines chain its Lambdas:
 * input-validate, mediainfo, dynamo + Ingest, profiler, encode, output-validate, dynamo + Complete; any failing
 * step goes to the error handler (table update + Error). Media info is measured from the uploaded bytes. Without
 * ffmpeg nothing is transcoded, so the output paths and URLs follow the real patterns but point at nothing; with it,
 * the HLS rendition and thumbnails are written where the URLs point (the stack's local output server).
 */
final class Workflow {
    /** MediaConvert's frame capture in the solution's templates: one frame every 5 seconds; the last is reported. */
    private static final double FRAME_CAPTURE_SECONDS = 5.0;
    /** The error handler's {@code workflowErrorAt} for a MediaConvert failure. */
    private static final String ENCODING = "Encoding";

    private final StackSettings settings;
    private final S3Client s3;
    private final PipelineTable table;
    private final Consumer<Published> publisher;
    private final Path workDirectory;
    private final Clock clock;

    Workflow(StackSettings settings, S3Client s3, PipelineTable table, Consumer<Published> publisher,
            Path workDirectory, Clock clock) {
        this.settings = settings;
        this.s3 = s3;
        this.table = table;
        this.publisher = publisher;
        this.workDirectory = workDirectory;
        this.clock = clock;
    }

    /** A step's failure, reported by the error handler as {@code <stack>-<step>}, or an encoding failure. */
    private static final class StepFailure extends Exception {
        private static final long serialVersionUID = 1L;
        final String step;
        final String details;

        StepFailure(String step, String message, Throwable cause) {
            this(step, message, null, cause);
        }

        StepFailure(String step, String message, String details, Throwable cause) {
            super(message, cause);
            this.step = step;
            this.details = details;
        }
    }

    /** Runs the workflow the S3 event for this key starts. */
    void run(String key) {
        String guid = UUID.randomUUID().toString();
        Path source = workDirectory.resolve("source-" + guid);
        try {
            Map<String, Object> state = inputValidate(guid, key);
            MediaProbe.Result media = mediainfo(state, source);
            state.put("srcMediainfo", JsJson.pretty(media.srcMediainfo()));
            update("dynamo", guid, state);
            if (Boolean.TRUE.equals(state.get("enableSns"))) {
                publisher.accept(PipelineMessages.ingest(guid, (String) state.get("srcVideo")));
            }
            profile(state, media);
            encode(state);
            update("dynamo", guid, state);
            render(state, source);
            outputValidate(state, media);
            update("dynamo", guid, state);
            if (Boolean.TRUE.equals(state.get("enableSns"))) {
                publisher.accept(PipelineMessages.complete(state));
            }
        } catch (StepFailure failure) {
            boolean encoding = failure.step.equals(ENCODING);
            String function = encoding ? ENCODING : settings.stackName() + "-" + failure.step;
            String details = encoding ? failure.details
                    : "https://console.aws.amazon.com/cloudwatch/home?region=" + settings.region().id()
                            + "#logStream:group=/aws/lambda/" + function;
            String message = failure.getMessage();
            try {
                table.setError(guid, function, message, details);
            } catch (SdkException e) {
                // The real error handler would fail too; the Error message is still what the application must see.
                failure.addSuppressed(e);
            }
            publisher.accept(PipelineMessages.error(guid, function, message, details));
        } finally {
            try {
                Files.deleteIfExists(source);
            } catch (IOException e) {
                // the stack's work directory is deleted on close anyway
            }
        }
    }

    private Map<String, Object> inputValidate(String guid, String key) throws StepFailure {
        Map<String, Object> state = new LinkedHashMap<>();
        String stack = settings.stackName();
        state.put("guid", guid);
        state.put("startTime", WorkflowClock.iso(clock.instant()));
        state.put("workflowTrigger", settings.trigger() == WorkflowTrigger.METADATA_FILE ? "Metadata" : "Video");
        state.put("workflowStatus", "Ingest");
        state.put("workflowName", stack);
        state.put("srcBucket", settings.sourceBucket());
        state.put("destBucket", settings.destinationBucket());
        state.put("cloudFront", settings.cloudFront());
        state.put("frameCapture", settings.frameCapture());
        state.put("archiveSource", "DISABLED");
        for (String profile : List.of("2160p", "1080p", "720p")) {
            state.put("jobTemplate_" + profile, stack + "_Ott_" + profile + "_Avc_Aac_16x9_qvbr_no_preset");
        }
        state.put("inputRotate", "DEGREE_0");
        state.put("acceleratedTranscoding", "PREFERRED");
        state.put("enableSns", true);
        state.put("enableSqs", true);
        if (settings.trigger() == WorkflowTrigger.METADATA_FILE) {
            state.put("srcMetadataFile", key);
            Map<?, ?> metadata = metadataFile(key);
            if (!(metadata.get("srcVideo") instanceof String srcVideo) || srcVideo.isEmpty()) {
                throw new StepFailure("input-validate", "Error: srcVideo is not defined in the metadata file", null);
            }
            state.put("srcVideo", srcVideo);
            metadata.forEach((name, value) -> {
                String field = String.valueOf(name);
                if (!field.isEmpty()) {
                    state.put(field.substring(0, 1).toLowerCase(Locale.ROOT) + field.substring(1), value);
                }
            });
        } else {
            state.put("srcVideo", key);
        }
        state.put("enableMediaPackage", false);
        return state;
    }

    private Map<?, ?> metadataFile(String key) throws StepFailure {
        try {
            String body = s3.getObjectAsBytes(r -> r.bucket(settings.sourceBucket()).key(key))
                    .asString(StandardCharsets.UTF_8);
            if (JsJson.read(body) instanceof Map<?, ?> map) {
                return map;
            }
            throw new StepFailure("input-validate", "SyntaxError: the metadata file is not a JSON object", null);
        } catch (IOException e) {
            throw new StepFailure("input-validate", "SyntaxError: " + e.getMessage(), e);
        } catch (SdkException e) {
            throw new StepFailure("input-validate", e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private MediaProbe.Result mediainfo(Map<String, Object> state, Path file) throws StepFailure {
        String srcVideo = (String) state.get("srcVideo");
        try {
            s3.getObject(r -> r.bucket(settings.sourceBucket()).key(srcVideo), file);
            return settings.ffprobe() ? FfprobeMediaProbe.probe(file, srcVideo) : MediaProbe.probe(file, srcVideo);
        } catch (SdkException | IOException e) {
            throw new StepFailure("mediainfo", e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** With ffmpeg: the real outputs; a failure is reported as MediaConvert's are ({@code "Encoding"}). */
    private void render(Map<String, Object> state, Path source) throws StepFailure {
        if (settings.renditions().isEmpty()) {
            return;
        }
        Path job = settings.renditions().get().resolve((String) state.get("guid"));
        try {
            FfmpegRendition.Outputs outputs = FfmpegRendition.encode(source, job, base((String) state.get("srcVideo")),
                    (Integer) state.get("srcWidth"), (Integer) state.get("srcHeight"),
                    Boolean.TRUE.equals(state.get("frameCapture")));
            state.put("mp4Outputs", outputs.mp4());
        } catch (IOException e) {
            throw new StepFailure(ENCODING, e.getMessage(), "https://console.aws.amazon.com/mediaconvert/home?region="
                    + settings.region().id() + "#/jobs/summary/" + state.get("encodeJobId"), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StepFailure(ENCODING, "interrupted", null, e);
        }
    }

    private static String base(String srcVideo) {
        String name = srcVideo.substring(srcVideo.lastIndexOf('/') + 1);
        return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    }

    private void update(String step, String guid, Map<String, Object> state) throws StepFailure {
        try {
            table.setAll(guid, state);
        } catch (SdkException e) {
            throw new StepFailure(step, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** The profiler: source size from the media info, then the closest of the 2160/1080/720 profiles. */
    private void profile(Map<String, Object> state, MediaProbe.Result media) throws StepFailure {
        if (!media.hasVideo()) {
            throw new StepFailure("profiler", "MediaInfoError: no video track in " + state.get("srcVideo") + ": "
                    + media.problem().orElse("the file has no video track"), null);
        }
        Map<?, ?> video = (Map<?, ?>) ((List<?>) media.srcMediainfo().get("video")).get(0);
        if (!(video.get("height") instanceof Integer height) || !(video.get("width") instanceof Integer width)) {
            throw new StepFailure("profiler", "MediaInfoError: the video track of " + state.get("srcVideo")
                    + " has no width or height", null);
        }
        state.put("srcHeight", height);
        state.put("srcWidth", width);
        int profile = 2160;
        for (int candidate : new int[] {1080, 720}) {
            if (Math.abs(height - candidate) <= Math.abs(height - profile)) {
                profile = candidate;
            }
        }
        state.put("encodingProfile", profile);
        if (Boolean.TRUE.equals(state.get("frameCapture"))) {
            state.put("frameCaptureHeight", profile);
            state.put("frameCaptureWidth", profile == 2160 ? 3840 : profile == 1080 ? 1920 : 1280);
        }
        if (state.get("jobTemplate") == null) {
            state.put("jobTemplate", state.get("jobTemplate_" + profile + "p"));
            state.put("isCustomTemplate", false);
        } else {
            state.put("isCustomTemplate", true);
        }
    }

    private void encode(Map<String, Object> state) {
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("JobTemplate", state.get("jobTemplate"));
        job.put("Role", "arn:aws:iam::000000000000:role/" + settings.stackName() + "-MediaConvertRole");
        job.put("UserMetadata", Map.of("guid", state.get("guid"), "workflow", settings.stackName()));
        job.put("Settings", Map.of("Inputs", List.of(Map.of("FileInput",
                "s3://" + settings.sourceBucket() + "/" + state.get("srcVideo")))));
        state.put("encodingJob", job);
        state.put("encodeJobId", clock.millis() + "-" + Long.toString(
                ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36, 36L * 36 * 36 * 36 * 36 * 36), 36));
    }

    /** The outputs, at the paths MediaConvert writes with the solution's templates (HLS, frame capture). */
    private void outputValidate(Map<String, Object> state, MediaProbe.Result media) {
        String guid = (String) state.get("guid");
        String base = base((String) state.get("srcVideo"));
        String s3Prefix = "s3://" + settings.destinationBucket() + "/" + guid + "/";
        String urlPrefix = settings.urlScheme() + "://" + settings.cloudFront() + "/" + guid + "/";
        String hls = "hls/" + base + ".m3u8";
        List<Map<String, Object>> groups = new ArrayList<>();
        groups.add(Map.of("type", "HLS_GROUP", "playlistFilePaths", List.of(s3Prefix + hls)));
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("detail-type", "MediaConvert Job State Change");
        output.put("source", "aws.mediaconvert");
        output.put("detail", new LinkedHashMap<>(Map.of("jobId", state.get("encodeJobId"), "status", "COMPLETE",
                "userMetadata", Map.of("guid", guid, "workflow", settings.stackName()),
                "outputGroupDetails", groups)));
        state.put("encodingOutput", output);
        state.put("workflowStatus", "Complete");
        state.put("endTime", WorkflowClock.iso(clock.instant()));
        state.put("hlsPlaylist", s3Prefix + hls);
        state.put("hlsUrl", urlPrefix + hls);
        if (state.get("mp4Outputs") instanceof List<?> mp4) { // rendered: the paths, relative to the job, as written
            state.put("mp4Outputs", mp4.stream().map(path -> s3Prefix + path).toList());
            state.put("mp4Urls", mp4.stream().map(path -> urlPrefix + path).toList());
            groups.add(Map.of("type", "FILE_GROUP", "outputDetails", List.of(Map.of("outputFilePaths",
                    state.get("mp4Outputs")))));
        }
        if (Boolean.TRUE.equals(state.get("frameCapture"))) {
            String thumbnail = "thumbnails/" + base + "_thumb." + String.format("%07d", lastFrame(guid, base, media))
                    + ".jpg";
            groups.add(Map.of("type", "FILE_GROUP", "outputDetails", List.of(Map.of("outputFilePaths",
                    List.of(s3Prefix + thumbnail)))));
            state.put("thumbNails", List.of(s3Prefix + thumbnail));
            state.put("thumbNailsUrls", List.of(urlPrefix + thumbnail));
        }
    }

    /** The last captured frame: as rendered, else one every 5 seconds of the measured duration. */
    private long lastFrame(String guid, String base, MediaProbe.Result media) {
        if (settings.renditions().isPresent()) {
            long last = -1;
            while (Files.exists(settings.renditions().get().resolve(guid).resolve("thumbnails")
                    .resolve(base + "_thumb." + String.format("%07d", last + 1) + ".jpg"))) {
                last++;
            }
            if (last >= 0) {
                return last;
            }
        }
        if (media.srcMediainfo().get("container") instanceof Map<?, ?> container
                && container.get("duration") instanceof Number seconds) {
            return Math.max(0, (long) Math.ceil(seconds.doubleValue() / FRAME_CAPTURE_SECONDS) - 1);
        }
        return 0;
    }
}
