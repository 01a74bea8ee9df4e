package io.github.vodclient.testing.internal.local;

import io.github.vodclient.upload.VodUploads.WorkflowTrigger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Starts a local stack's parts, and stops what started when a later part fails with any {@link Throwable}: an
 * {@link Error} such as {@code NoClassDefFoundError} must not leave a server process behind. The two server JVMs
 * start at the same time.
 */
public final class StackStarter {

    /** Told about each part once it runs; a seam for tests that make start-up fail at a given point. */
    public interface PartStarted {
        /** Does nothing. */
        PartStarted NONE = part -> { };

        /**
         * Called after a part started and was registered for clean-up.
         *
         * @param part the part: the output server, the DynamoDB Local process, the S3 server, the source watcher
         * @throws Exception to make start-up fail there
         */
        void started(AutoCloseable part) throws Exception;
    }

    /**
     * What the builder asked for.
     *
     * @param stackName the stack's name
     * @param region the region clients sign for
     * @param trigger how uploads start workflows
     * @param frameCapture whether Complete carries thumbnails
     * @param useFfprobe whether to measure media info with ffprobe when installed
     * @param useFfmpeg whether to transcode with ffmpeg when installed
     * @param pollInterval how often the source bucket is listed
     * @param privateOutputs whether outputs need CloudFront signatures
     * @param privateKeyPem the caller's key for private outputs, or null to generate one
     * @param keyPairId the caller's key pair id, or null
     * @param dynamoDbLocalDirectory where DynamoDB Local is, when the caller said
     * @param accessKeyId the fake access key id clients sign with
     * @param secretAccessKey the fake secret key
     */
    public record Request(String stackName, Region region, WorkflowTrigger trigger, boolean frameCapture,
            boolean useFfprobe, boolean useFfmpeg, Duration pollInterval, boolean privateOutputs, Path privateKeyPem,
            String keyPairId, Optional<Path> dynamoDbLocalDirectory, String accessKeyId, String secretAccessKey) {
    }

    private StackStarter() {
    }

    /**
     * Starts everything; on any failure stops what started and deletes the files before throwing.
     *
     * @param request the settings
     * @param partStarted told about each part
     * @return the running stack
     * @throws IllegalStateException when DynamoDB Local is not found or a part fails with a checked exception;
     *     unchecked exceptions and errors are thrown as they are
     */
    public static RunningStack start(Request request, PartStarted partStarted) {
        String dynamoDbClassPath = DynamoDbLocalJars.classPath(request.dynamoDbLocalDirectory());
        Path directory;
        try {
            directory = Files.createTempDirectory("vod-local-stack");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StackSettings requested = new StackSettings(request.stackName(), request.region(), request.trigger(),
                request.frameCapture(), request.useFfprobe() && FfprobeMediaProbe.available(),
                StackSettings.invalidCloudFront(request.stackName()), "https", Optional.empty(), Optional.empty());
        RunningStack stack = new RunningStack(directory, requested);
        ExecutorService s3Starter = Executors.newSingleThreadExecutor(r -> daemon(r, "local-s3-start"));
        try {
            Optional<PrivateOutputs> privateOutputs = PrivateOutputMode.of(request.privateOutputs(),
                    request.privateKeyPem(), request.keyPairId());
            privateOutputs.ifPresent(stack::add);
            StackSettings settings = new StackSettings(requested.stackName(), requested.region(), requested.trigger(),
                    requested.frameCapture(), requested.ffprobe(), requested.cloudFront(), "https", Optional.empty(),
                    privateOutputs);
            if (request.useFfmpeg() && FfmpegRendition.available()) {
                Path destination = Files.createDirectories(directory.resolve("destination"));
                OutputServer outputs = OutputServer.start(destination, privateOutputs);
                stack.add(outputs);
                partStarted.started(outputs);
                settings = new StackSettings(requested.stackName(), requested.region(), requested.trigger(),
                        requested.frameCapture(), requested.ffprobe(), "127.0.0.1:" + outputs.port(), "http",
                        Optional.of(destination), privateOutputs);
            }
            stack.settings(settings);
            Path s3Directory = Files.createDirectories(directory.resolve("s3"));
            Future<LocalS3> s3Starting = s3Starter.submit(() -> {
                LocalS3 s3 = LocalS3.start(s3Directory, request.accessKeyId(), request.secretAccessKey());
                stack.add(s3); // stopped with the stack even when the DynamoDB side failed meanwhile
                return s3;
            });
            DynamoDbLocalProcess dynamoDb;
            try {
                dynamoDb = DynamoDbLocalProcess.start(dynamoDbClassPath,
                        Files.createDirectories(directory.resolve("dynamodb")));
                stack.add(dynamoDb);
                partStarted.started(dynamoDb);
            } finally {
                awaitQuietly(s3Starting); // never leave the S3 side starting behind a failure
            }
            LocalS3 s3 = awaitS3(s3Starting);
            partStarted.started(s3);
            stack.endpoints(s3.endpoint(), dynamoDb.endpoint());
            startPipeline(stack, Files.createDirectories(directory.resolve("work")), request, partStarted);
            return stack;
        } catch (Throwable e) {
            stack.close();
            throw failure(e);
        } finally {
            s3Starter.shutdownNow();
        }
    }

    private static void awaitQuietly(Future<LocalS3> starting) {
        try {
            starting.get();
        } catch (ExecutionException ignored) {
            // reported by awaitS3, or superseded by the failure in progress
        } catch (InterruptedException e) {
            starting.cancel(true);
            Thread.currentThread().interrupt();
        }
    }

    private static LocalS3 awaitS3(Future<LocalS3> starting) throws Exception {
        try {
            return starting.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw (Error) e.getCause();
        }
    }

    /** What to throw after clean-up: unchecked exceptions and errors as they are, checked ones wrapped. */
    private static RuntimeException failure(Throwable e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        if (e instanceof Error error) {
            throw error;
        }
        if (e instanceof RuntimeException runtime) {
            return runtime;
        }
        return new IllegalStateException(e.getMessage(), e);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread thread = new Thread(r, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void startPipeline(RunningStack stack, Path work, Request request, PartStarted partStarted)
            throws Exception {
        StackSettings settings = stack.settings();
        AwsCredentialsProvider credentials = StaticCredentialsProvider.create(
                AwsBasicCredentials.create(request.accessKeyId(), request.secretAccessKey()));
        S3Client s3 = S3Client.builder().endpointOverride(stack.s3Endpoint()).forcePathStyle(true)
                .region(settings.region()).credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        stack.add(s3);
        DynamoDbClient dynamoDb = DynamoDbClient.builder().endpointOverride(stack.dynamoDbEndpoint())
                .region(settings.region()).credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        stack.add(dynamoDb);
        s3.createBucket(b -> b.bucket(settings.sourceBucket()));
        s3.createBucket(b -> b.bucket(settings.destinationBucket()));
        PipelineTable table = new PipelineTable(dynamoDb, settings.stackName());
        table.create();
        Workflow workflow = new Workflow(settings, s3, table, stack::deliver, work, Clock.systemUTC());
        AutoCloseable watcher = SourceBucketWatcher.start(s3, settings, workflow, request.pollInterval());
        stack.add(watcher);
        partStarted.started(watcher);
    }
}
