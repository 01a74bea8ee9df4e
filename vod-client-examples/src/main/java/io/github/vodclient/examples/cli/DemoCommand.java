package io.github.vodclient.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.vodclient.VodClient;
import io.github.vodclient.event.ErrorEvent;
import io.github.vodclient.event.WorkflowEvent;
import io.github.vodclient.examples.jdbc.JdbcVideoRepository;
import io.github.vodclient.examples.jdbc.Video;
import io.github.vodclient.testing.LocalVodStack;
import io.github.vodclient.examples.web.WebDemo;
import io.github.vodclient.examples.web.WebSettings;
import io.github.vodclient.upload.UploadRequest;
import io.github.vodclient.upload.VodUploads.PresignedUpload;
import io.github.vodclient.upload.VodUploads;
import io.github.vodclient.video.HandleResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * {@code vod demo [--file VIDEO]}: the whole seed flow on the local stack. Progress on stderr, one JSON line with
 * the video's final row on stdout.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {
            "Run the whole flow on this machine, no AWS account needed: start a local pipeline (S3Proxy, DynamoDB"
                + " Local, a pipeline emulator), create a video row (H2 in memory), presign an upload, PUT the file,"
                + " handle the Ingest and Complete (or Error) events, and print the video's final row as one JSON"
                + " line. Media info is measured from the file (ffprobe when installed, else a pure-Java parser)."
                + " With ffmpeg installed the encode step is real: an HLS rendition and thumbnails are written and"
                + " served on 127.0.0.1 (renditionProduced:true); without it nothing is transcoded and the URLs"
                + " follow the real pattern on a .invalid domain (renditionProduced:false). See docs/demo.md.",
            "Exit 0: COMPLETE; 1: ERROR (the pipeline could not read the file); 2: unusable arguments or the stack"
                + " did not start; 4: no final state within --timeout."})
final class DemoCommand implements Callable<Integer> {
    static final String SAMPLE = "/io/github/vodclient/testing/sample.mp4";

    @Spec
    private CommandSpec spec;

    @Option(names = "--file", paramLabel = "VIDEO",
            description = "The video to upload (default: a 3-second 320x180 H.264/AAC sample bundled with vod).")
    private Path file;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "60s",
            converter = CliDurations.Positive.class,
            description = "How long to wait for the final event (default: ${DEFAULT-VALUE}).")
    private Duration timeout;

    @Option(names = "--serve",
            description = "Instead of the command-line flow, start the web application on the local pipeline (private"
                + " outputs): print its URL, then serve until Ctrl-C. Upload in the browser, watch the status, play"
                + " the video. See docs/web-demo.md.")
    private boolean serve;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "0",
            description = "With --serve: the port on 127.0.0.1 (default: a free port).")
    private int port;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // Options of the other mode are refused, not silently ignored.
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        if (!serve && parsed.hasMatchedOption("--port")) {
            err.println("error: --port applies only with --serve");
            return 2;
        }
        if (serve && (parsed.hasMatchedOption("--file") || parsed.hasMatchedOption("--timeout"))) {
            err.println("error: --file and --timeout apply to the command-line flow, not with --serve (upload in the"
                    + " page instead)");
            return 2;
        }
        if (serve) {
            return serveWebApplication(out, err);
        }
        Path temp = Files.createTempDirectory("vod-demo");
        try {
            Path source = file != null ? file : bundledSample(temp);
            if (!Files.isRegularFile(source)) {
                err.println("error: --file " + source + " is not a readable file");
                return 2;
            }
            // Before the 10-20 s stack start: a file the pipeline would not take fails now, with the same message.
            checkUploadable(source);
            err.println("Starting the local pipeline (S3Proxy, DynamoDB Local, pipeline emulator)...");
            try (LocalVodStack stack = LocalVodStack.builder().start()) {
                err.println("  S3        " + stack.s3Endpoint() + "  bucket " + stack.sourceBucket());
                err.println("  DynamoDB  " + stack.dynamoDbEndpoint() + "  table " + stack.tableName());
                err.println("  media info measured with " + stack.mediaInfoTool());
                return run(stack, source, out, err);
            }
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Presigns the upload the demo will make, locally (no stack, no network), so the library's checks run now. */
    private static void checkUploadable(Path source) throws IOException {
        try (VodUploads uploads = VodUploads.builder().bucket("vod-demo-check").region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        LocalVodStack.ACCESS_KEY_ID, LocalVodStack.SECRET_ACCESS_KEY)))
                .build()) {
            uploads.presignPut(UploadRequest.builder().videoId("demo-check")
                    .fileName(source.getFileName().toString()).contentLength(Files.size(source)).build());
        }
    }

    private int run(LocalVodStack stack, Path source, PrintWriter out, PrintWriter err) throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:vod-demo-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL");
        JdbcVideoRepository videos = new JdbcVideoRepository(dataSource, Clock.systemUTC());
        videos.createSchema();
        BlockingQueue<HandleResult> handled = new LinkedBlockingQueue<>();
        try (VodClient vod = stack.vodClientBuilder().videoRepository(videos).listener(handled::add).build()) {
            stack.subscribe(delivery -> vod.handle(delivery));

            String videoId = "demo-" + UUID.randomUUID().toString().substring(0, 8);
            long size = Files.size(source);
            PresignedUpload upload = vod.uploads().presignPut(UploadRequest.builder().videoId(videoId)
                    .fileName(source.getFileName().toString()).contentLength(size).build());
            videos.create(videoId, source.getFileName().toString(), upload.key());
            err.println("1. video " + videoId + " created: status NEW, source key " + upload.key());
            err.println("2. presigned PUT for s3://" + upload.bucket() + "/" + upload.key() + " (signed headers "
                    + upload.signedHeaders().keySet() + ", expires " + upload.expiresAt() + ")");
            err.println("3. uploading " + source + " over HTTP");
            int status = ProgressUpload.put(upload, source, size, err);
            if (status / 100 != 2) {
                err.println("error: the upload was refused with HTTP " + status);
                return 2;
            }
            err.println("4. waiting for the pipeline's events (up to " + timeout.toSeconds() + " s)");
            Optional<ErrorEvent> error = Optional.empty();
            long deadline = System.nanoTime() + timeout.toNanos();
            Video video = videos.find(videoId).orElseThrow();
            while (!isFinal(video)) {
                HandleResult result = handled.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (result == null) {
                    err.println("error: no final state within " + timeout.toSeconds() + " s; the video is "
                            + video.status());
                    out.println(json(video, Optional.empty(), stack));
                    return 4;
                }
                err.println("   event: " + describe(result));
                if (result.event() instanceof ErrorEvent e) {
                    error = Optional.of(e);
                }
                video = videos.find(videoId).orElseThrow();
            }
            err.println("5. video " + videoId + " is " + video.status()
                    + (!video.status().name().equals("COMPLETE") ? ""
                            : stack.renditionsProduced() ? "; ffmpeg produced the HLS ladder (vod demo --serve plays"
                                    + " uploads in a browser)" : "; no rendition was produced (the local pipeline measures"
                            + " the file but does not transcode: the URLs follow the real pattern, nothing is"
                            + " behind them)"));
            out.println(json(video, error, stack));
            out.flush();
            return video.status().name().equals("COMPLETE") ? 0 : 1;
        }
    }

    /** {@code --serve}: the web application on a local stack with private outputs, until Ctrl-C. */
    private int serveWebApplication(PrintWriter out, PrintWriter err) throws Exception {
        if (port < 0 || port > 65535) {
            err.println("error: --port must be 0 to 65535, was " + port);
            return 2;
        }
        err.println("Starting the local pipeline (S3Proxy, DynamoDB Local, pipeline emulator) with private outputs...");
        boolean interrupted;
        try (LocalVodStack stack = LocalVodStack.builder().privateOutputs().start();
                WebDemo web = WebDemo.start(stack, WebSettings.defaults().withPort(port))) {
            err.println("  media info measured with " + stack.mediaInfoTool());
            err.println(stack.renditionsProduced() ? "  ffmpeg transcodes: uploads play privately in the page"
                    : "  ffmpeg is not installed: uploads reach COMPLETE but nothing is transcoded or played");
            out.println("Open " + web.uri() + " in a browser (Ctrl-C stops)");
            out.flush();
            err.flush();
            interrupted = awaitShutdown();
        }
        if (interrupted) {
            Thread.currentThread().interrupt(); // restored only now: the parts' clean stop waits for their threads
        }
        return 0;
    }

    /** Waits for Ctrl-C (the JVM's shutdown) or an interrupt; returns whether it was interrupted. */
    private static boolean awaitShutdown() {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(stopped::countDown, "vod-demo-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
            return false;
        } catch (InterruptedException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            return true;
        }
    }

    private static boolean isFinal(Video video) {
        return switch (video.status()) {
            case COMPLETE, ERROR -> true;
            default -> false;
        };
    }

    private static String describe(HandleResult result) {
        String kind = result.event().getClass().getSimpleName().replace("Event", "");
        String guid = result.event() instanceof WorkflowEvent w ? " guid=" + w.guid() : "";
        String applied = result.update().map(u -> " -> video " + u.videoId() + " " + u.next().status()).orElse("");
        return kind + guid + ": " + result.outcome() + applied;
    }

    private static String json(Video video, Optional<ErrorEvent> error, LocalVodStack stack) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
            g.writeStartObject();
            g.writeStringField("videoId", video.id());
            g.writeStringField("status", video.status().name());
            g.writeStringField("guid", video.jobGuid().orElse(null));
            if (video.status().name().equals("ERROR")) {
                g.writeStringField("errorAt", error.flatMap(ErrorEvent::errorAt).orElse(null));
                g.writeStringField("errorMessage", video.errorMessage().orElse(null));
                g.writeStringField("errorDetails", error.flatMap(e -> e.errorDetails()).map(Object::toString)
                        .orElse(null));
            } else {
                g.writeStringField("hlsUrl", video.hlsUrl().map(URI::toString).orElse(null));
                g.writeArrayFieldStart("thumbnailUrls");
                if (video.thumbnailUrl().isPresent()) {
                    g.writeString(video.thumbnailUrl().get().toString());
                }
                g.writeEndArray();
                if (video.duration().isPresent()) {
                    g.writeNumberField("durationMillis", video.duration().get().toMillis());
                } else {
                    g.writeNullField("durationMillis");
                }
                writeInt(g, "width", video.width());
                writeInt(g, "height", video.height());
            }
            g.writeBooleanField("renditionProduced", stack.renditionsProduced());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void writeInt(JsonGenerator g, String name, java.util.OptionalInt value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(name, value.getAsInt());
        } else {
            g.writeNullField(name);
        }
    }

    private static Path bundledSample(Path directory) throws IOException {
        Path sample = directory.resolve("sample.mp4");
        try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IOException("the bundled sample video " + SAMPLE + " is missing from the jar");
            }
            Files.copy(in, sample, StandardCopyOption.REPLACE_EXISTING);
        }
        return sample;
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory; the OS cleans it
        }
    }
}
