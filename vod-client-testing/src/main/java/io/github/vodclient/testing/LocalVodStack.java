package io.github.vodclient.testing;

import io.github.vodclient.VodClient;
import io.github.vodclient.VodException;
import io.github.vodclient.testing.internal.local.DynamoDbLocalJars;
import io.github.vodclient.testing.internal.local.RunningStack;
import io.github.vodclient.testing.internal.local.StackSettings;
import io.github.vodclient.testing.internal.local.StackStarter;
import io.github.vodclient.upload.VodUploads.WorkflowTrigger;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * The "Video on Demand on AWS" pipeline on one machine, for tests of applications and for demos: a real S3 endpoint
 * (S3Proxy, SigV4 checked) with the source bucket, a real DynamoDB (DynamoDB Local) with the pipeline's table, and a
 * pipeline emulator that notices uploads, measures their media info, writes the job's item and publishes Ingest and
 * Complete (or Error) exactly as the real pipeline does, delivered as Lambda SNS events to the subscribers.
 *
 * <pre>{@code
 * try (LocalVodStack stack = LocalVodStack.builder().start()) {
 *     VodClient vod = stack.vodClientBuilder().videoRepository(myRepository).build();
 *     stack.subscribe(vod::handle);                  // as if the handler were a Lambda on the topic
 *     PresignedUpload put = vod.uploads().presignPut(UploadRequest.builder().videoId("42").fileName("a.mp4").build());
 *     // PUT the file to put.url(): Ingest, then Complete (or Error) reach vod.handle(...) and your repository
 * }
 * }</pre>
 *
 * <p>Both servers run as separate {@code java} processes started with the running JVM's own {@code java}, so none
 * of their libraries reach the test's class path; everything listens on 127.0.0.1 on ports chosen at start.
 * {@link #close()}, or the JVM's exit, stops it all (the server processes also end by themselves when the JVM that
 * started them is killed) and deletes its files. S3Proxy's jars are inside this kit and are extracted once into
 * {@code ~/.cache/vod-client-testing} (or {@code -Dvod.testing.cacheDir}). DynamoDB Local is never inside the kit
 * (its licence): it is read from the local Maven repository ({@code ~/.m2/repository}, or
 * {@code -D}{@value io.github.vodclient.testing.internal.local.DynamoDbLocalJars#REPOSITORY_PROPERTY}) after a one-time
 * {@code mvn dependency:get -Dartifact=software.amazon.dynamodb:DynamoDBLocal:3.3.1}, or from a directory named by
 * {@link Builder#dynamoDbLocalDirectory(Path)} or {@code -D}{@value #DIRECTORY_PROPERTY}. See
 * {@code docs/testing.md}.
 *
 * <p>Without {@code ffmpeg} no transcoding happens: the output URLs of Complete follow the real patterns but nothing
 * is behind them ({@link #renditionsProduced()} is false); with it, a real HLS rendition and thumbnails are served
 * over HTTP on 127.0.0.1. Media info is measured with {@code ffprobe} when it is installed, else with a pure-Java
 * MP4/QuickTime parser ({@link #mediaInfoTool()}). Subscribers are called one event at a time on the emulator's
 * thread. Thread-safe.
 *
 * @since 0.1.0
 */
public final class LocalVodStack implements AutoCloseable {
    /** System property naming the directory with DynamoDB Local's jars. */
    public static final String DIRECTORY_PROPERTY = DynamoDbLocalJars.DIRECTORY_PROPERTY;
    /** The fake access key id every client of the stack signs with. */
    public static final String ACCESS_KEY_ID = "AKIAVODLOCALSTACK";
    /** The fake secret key every client of the stack signs with. */
    public static final String SECRET_ACCESS_KEY = "vod-local-stack-secret";

    private final RunningStack running;

    private LocalVodStack(RunningStack running) {
        this.running = running;
    }

    /**
     * A builder with the defaults: stack {@code vod-local} in us-east-1, video-file trigger, frame capture on.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Calls the subscriber with every message the pipeline publishes from now on, as the Lambda SNS event a
     * function subscribed to the topic receives ({@code {"Records":[{"EventSource":"aws:sns",...}]}}). Called on
     * the emulator's thread, one event at a time; an exception is logged and the event is not delivered again.
     *
     * @param subscriber for example {@code vodClient::handle}
     */
    public void subscribe(Consumer<String> subscriber) {
        running.subscribe(subscriber);
    }

    /**
     * A {@link VodClient} builder set up for this stack: source bucket, table, topic, region, fake credentials,
     * and the S3 and DynamoDB endpoints. Add the video repository and build.
     *
     * @return a new builder
     */
    public VodClient.Builder vodClientBuilder() {
        return VodClient.builder()
                .sourceBucket(sourceBucket())
                .tableName(tableName())
                .allowedTopicArn(topicArn())
                .region(region())
                .credentialsProvider(credentialsProvider())
                .s3Endpoint(s3Endpoint())
                .dynamoDbEndpoint(dynamoDbEndpoint());
    }

    /**
     * The S3 endpoint; use path-style access.
     *
     * @return e.g. {@code http://127.0.0.1:41234}
     */
    public URI s3Endpoint() {
        return running.s3Endpoint();
    }

    /**
     * The DynamoDB endpoint.
     *
     * @return e.g. {@code http://127.0.0.1:41235}
     */
    public URI dynamoDbEndpoint() {
        return running.dynamoDbEndpoint();
    }

    /**
     * The source bucket (stack output {@code SourceBucketName}).
     *
     * @return the bucket name
     */
    public String sourceBucket() {
        return settings().sourceBucket();
    }

    /**
     * The destination bucket (stack output {@code DestinationBucketName}); empty, as nothing is transcoded.
     *
     * @return the bucket name
     */
    public String destinationBucket() {
        return settings().destinationBucket();
    }

    /**
     * The pipeline's table (stack output {@code DynamoDBTableName}), named after the stack.
     *
     * @return the table name
     */
    public String tableName() {
        return settings().stackName();
    }

    /**
     * The (emulated) topic the messages are published on.
     *
     * @return the topic ARN
     */
    public String topicArn() {
        return settings().topicArn();
    }

    /**
     * The CloudFront domain of the output URLs: a {@code .invalid} name when nothing is transcoded, else the local
     * output server's {@code 127.0.0.1:port}.
     *
     * @return the domain, without scheme
     */
    public String cloudFrontDomain() {
        return settings().cloudFront();
    }

    /**
     * The stack's region.
     *
     * @return the region
     */
    public Region region() {
        return settings().region();
    }

    /**
     * The fake credentials every request must be signed with.
     *
     * @return a static provider of {@link #ACCESS_KEY_ID} and {@link #SECRET_ACCESS_KEY}
     */
    public AwsCredentialsProvider credentialsProvider() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET_ACCESS_KEY));
    }

    /**
     * What measures media info.
     *
     * @return {@code "ffprobe"} or {@code "metadata-extractor"} (pure Java, MP4/MOV)
     */
    public String mediaInfoTool() {
        return settings().ffprobe() ? "ffprobe" : "metadata-extractor";
    }

    /**
     * Whether the outputs Complete names exist: true when ffmpeg transcodes (then the URLs are
     * {@code http://127.0.0.1:port/<guid>/hls/<name>.m3u8} and play), false when nothing is transcoded.
     *
     * @return whether renditions are produced
     */
    public boolean renditionsProduced() {
        return settings().renditions().isPresent();
    }

    /**
     * The key pair the output server requires signatures of, when the stack was started with private outputs:
     * point the application's {@code VodPlayback} at {@link PlaybackKeys#keyPairId()} and
     * {@link PlaybackKeys#privateKeyFile()}.
     *
     * @return the key pair, or empty when the outputs are public
     */
    public Optional<PlaybackKeys> privateOutputs() {
        return settings().privateOutputs().map(PlaybackKeys.class::cast);
    }

    /** Stops the emulator and both servers (their processes end before this returns) and deletes the stack's files.
     * Idempotent. */
    @Override
    public void close() {
        running.close();
    }

    /** What the stack was deployed with, for the kit's own tests. */
    StackSettings settings() {
        return running.settings();
    }

    /**
     * Configures a {@link LocalVodStack}. Not thread-safe.
     */
    public static final class Builder {
        private String stackName = "vod-local";
        private Region region = Region.US_EAST_1;
        private WorkflowTrigger trigger = WorkflowTrigger.VIDEO_FILE;
        private boolean frameCapture = true;
        private Duration pollInterval = Duration.ofMillis(100);
        private Path dynamoDbLocalDirectory;
        private boolean useFfprobe = true;
        private boolean useFfmpeg = true;
        private boolean privateOutputs;
        private Path privateKeyPem;
        private String keyPairId;

        private Builder() {
        }

        /**
         * Makes the outputs private, as a distribution that trusts a key group: the output server answers 403 unless
         * the request carries a valid CloudFront signed URL or signed cookies. A 2048-bit RSA key pair is generated;
         * see {@link LocalVodStack#privateOutputs()}.
         *
         * @return this builder
         */
        public Builder privateOutputs() {
            this.privateOutputs = true;
            this.privateKeyPem = null;
            this.keyPairId = null;
            return this;
        }

        /**
         * Makes the outputs private with the caller's key pair instead of a generated one.
         *
         * @param privateKeyPem the RSA private key, PKCS#8 PEM
         * @param keyPairId the key pair id to accept
         * @return this builder
         */
        public Builder privateOutputs(Path privateKeyPem, String keyPairId) {
            this.privateOutputs = true;
            this.privateKeyPem = Objects.requireNonNull(privateKeyPem, "privateKeyPem");
            this.keyPairId = Objects.requireNonNull(keyPairId, "keyPairId");
            return this;
        }

        /**
         * Whether media info is measured with {@code ffprobe} when it is on the PATH (default true); otherwise, or
         * when it is not installed, a pure-Java MP4/QuickTime parser measures it.
         *
         * @param useFfprobe false to always use the pure-Java parser (results that do not depend on the machine)
         * @return this builder
         */
        public Builder useFfprobe(boolean useFfprobe) {
            this.useFfprobe = useFfprobe;
            return this;
        }

        /**
         * Whether {@code ffmpeg}, when it is on the PATH, produces a real HLS rendition and thumbnails, served over
         * HTTP on 127.0.0.1 at the URLs Complete carries (default true). Without it nothing is transcoded.
         *
         * @param useFfmpeg false never to transcode (fast, and the same on every machine)
         * @return this builder
         */
        public Builder useFfmpeg(boolean useFfmpeg) {
            this.useFfmpeg = useFfmpeg;
            return this;
        }

        /**
         * The stack's name: the table's name and the buckets' prefix. Default {@code vod-local}.
         *
         * @param stackName at least 3 characters of letters, digits and hyphens
         * @return this builder
         */
        public Builder stackName(String stackName) {
            Objects.requireNonNull(stackName, "stackName");
            if (!stackName.matches("[a-z0-9][a-z0-9-]{2,40}")) {
                throw new IllegalArgumentException("stackName must be 3-41 lower-case letters, digits or hyphens,"
                        + " was '" + stackName + "'");
            }
            this.stackName = stackName;
            return this;
        }

        /**
         * The region the clients sign for. Default us-east-1.
         *
         * @param region the region
         * @return this builder
         */
        public Builder region(Region region) {
            this.region = Objects.requireNonNull(region, "region");
            return this;
        }

        /**
         * How uploads start workflows: video files (default) or metadata files ({@code *.json} naming
         * {@code srcVideo}).
         *
         * @param trigger the stack's WorkflowTrigger parameter
         * @return this builder
         */
        public Builder workflowTrigger(WorkflowTrigger trigger) {
            this.trigger = Objects.requireNonNull(trigger, "trigger");
            return this;
        }

        /**
         * Whether the stack captures frames (Complete then carries one thumbnail URL). Default true.
         *
         * @param frameCapture the stack's FrameCapture parameter
         * @return this builder
         */
        public Builder frameCapture(boolean frameCapture) {
            this.frameCapture = frameCapture;
            return this;
        }

        /**
         * How often the emulator lists the source bucket for new objects. Default 100 ms.
         *
         * @param pollInterval between 10 ms and 10 s
         * @return this builder
         */
        public Builder pollInterval(Duration pollInterval) {
            Objects.requireNonNull(pollInterval, "pollInterval");
            if (pollInterval.toMillis() < 10 || pollInterval.toMillis() > 10_000) {
                throw new IllegalArgumentException("pollInterval must be 10 ms to 10 s, was " + pollInterval);
            }
            this.pollInterval = pollInterval;
            return this;
        }

        /**
         * The directory holding DynamoDB Local's jar and libraries. Default: see {@link LocalVodStack}.
         *
         * @param directory the directory
         * @return this builder
         */
        public Builder dynamoDbLocalDirectory(Path directory) {
            this.dynamoDbLocalDirectory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /**
         * Starts the stack: both servers, the buckets, the table and the emulator. Takes a few seconds (each server is
         * a JVM of its own; they start at the same time).
         *
         * @return the running stack; close it
         * @throws StartException when a part cannot start (e.g. DynamoDB Local is not where expected); whatever
         *     fails (an {@link Error} included, which is thrown as it is), the parts already started are stopped
         *     and their processes have ended first
         */
        public LocalVodStack start() {
            return start(StackStarter.PartStarted.NONE);
        }

        /** Starts, telling {@code partStarted} about each part (tests make start-up fail at a given part). */
        LocalVodStack start(StackStarter.PartStarted partStarted) {
            try {
                return new LocalVodStack(StackStarter.start(new StackStarter.Request(stackName, region, trigger,
                        frameCapture, useFfprobe, useFfmpeg, pollInterval, privateOutputs, privateKeyPem, keyPairId,
                        Optional.ofNullable(dynamoDbLocalDirectory), ACCESS_KEY_ID, SECRET_ACCESS_KEY), partStarted));
            } catch (RuntimeException e) {
                throw new StartException("the local stack did not start: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Thrown when a {@link LocalVodStack} cannot start; its message says which part failed and why (for example
     * where DynamoDB Local was looked for and how to fetch it). Nothing the attempt started is left running.
     *
     * @since 0.1.0
     */
    public static final class StartException extends VodException {
        private static final long serialVersionUID = 1L;

        StartException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
