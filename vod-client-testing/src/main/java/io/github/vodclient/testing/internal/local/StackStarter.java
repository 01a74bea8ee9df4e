package io.github.vodclient.examples.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Starts a {@link LocalVodStack}'s parts in order, and stops what started when a later part fails with any
 * {@link Throwable}: an {@link Error} such as {@code NoClassDefFoundError} must not leave a DynamoDB Local JVM behind.
 */
final class StackStarter {

    /** Told about each part once it runs; a seam for tests that make start-up fail at a given point. */
    interface PartStarted {
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

    private StackStarter() {
    }

    static LocalVodStack start(StackSettings requested, boolean ffmpeg, Duration pollInterval, Path ddbDirectory,
            PartStarted partStarted) {
        List<AutoCloseable> resources = new ArrayList<>();
        Path directory;
        try {
            directory = Files.createTempDirectory("vod-local-stack");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LocalVodStack stack;
        try {
            StackSettings settings = requested;
            requested.privateOutputs().ifPresent(resources::add);
            if (ffmpeg) {
                Path destination = Files.createDirectories(directory.resolve("destination"));
                OutputServer outputs = OutputServer.start(destination, requested.privateOutputs());
                resources.add(outputs);
                partStarted.started(outputs);
                settings = new StackSettings(requested.stackName(), requested.region(), requested.trigger(),
                        requested.frameCapture(), requested.ffprobe(), "127.0.0.1:" + outputs.port(), "http",
                        Optional.of(destination), requested.privateOutputs());
            }
            DynamoDbLocalProcess dynamoDbServer = DynamoDbLocalProcess.start(ddbDirectory,
                    directory.resolve("dynamodb-local.log"));
            resources.add(dynamoDbServer);
            partStarted.started(dynamoDbServer);
            LocalS3 s3Server = LocalS3.start(Files.createDirectories(directory.resolve("s3")),
                    LocalVodStack.ACCESS_KEY_ID, LocalVodStack.SECRET_ACCESS_KEY);
            resources.add(s3Server);
            partStarted.started(s3Server);
            stack = new LocalVodStack(settings, directory, resources, s3Server, dynamoDbServer);
        } catch (Throwable e) {
            StackResources.closeAll(resources);
            StackResources.deleteRecursively(directory);
            throw failure("the local stack did not start", e);
        }
        try {
            startPipeline(stack, Files.createDirectories(directory.resolve("work")), pollInterval, partStarted);
            return stack;
        } catch (Throwable e) {
            stack.close();
            throw failure("the local pipeline did not start", e);
        }
    }

    /** What to throw after clean-up: unchecked exceptions and errors as they are, checked ones wrapped. */
    private static RuntimeException failure(String what, Throwable e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        if (e instanceof Error error) {
            throw error;
        }
        if (e instanceof RuntimeException runtime) {
            return runtime;
        }
        return new IllegalStateException(what + ": " + e.getMessage(), e);
    }

    private static void startPipeline(LocalVodStack stack, Path work, Duration pollInterval, PartStarted partStarted)
            throws Exception {
        S3Client s3 = S3Client.builder().endpointOverride(stack.s3Endpoint()).forcePathStyle(true)
                .region(stack.region()).credentialsProvider(stack.credentialsProvider())
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        stack.resources.add(s3);
        DynamoDbClient dynamoDb = DynamoDbClient.builder().endpointOverride(stack.dynamoDbEndpoint())
                .region(stack.region()).credentialsProvider(stack.credentialsProvider())
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        stack.resources.add(dynamoDb);
        s3.createBucket(b -> b.bucket(stack.sourceBucket()));
        s3.createBucket(b -> b.bucket(stack.destinationBucket()));
        PipelineTable table = new PipelineTable(dynamoDb, stack.tableName());
        table.create();
        Workflow workflow = new Workflow(stack.settings, s3, table, stack::deliver, work, Clock.systemUTC());
        AutoCloseable watcher = SourceBucketWatcher.start(s3, stack.settings, workflow, pollInterval);
        stack.resources.add(watcher);
        partStarted.started(watcher);
    }
}
