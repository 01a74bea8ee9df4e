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

/** Starts a {@link LocalVodStack}'s parts in order, and stops what started when a later part fails. */
final class StackStarter {

    private StackStarter() {
    }

    static LocalVodStack start(StackSettings requested, boolean ffmpeg, Duration pollInterval, Path ddbDirectory) {
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
                settings = new StackSettings(requested.stackName(), requested.region(), requested.trigger(),
                        requested.frameCapture(), requested.ffprobe(), "127.0.0.1:" + outputs.port(), "http",
                        Optional.of(destination), requested.privateOutputs());
            }
            DynamoDbLocalProcess dynamoDbServer = DynamoDbLocalProcess.start(ddbDirectory,
                    directory.resolve("dynamodb-local.log"));
            resources.add(dynamoDbServer);
            LocalS3 s3Server = LocalS3.start(Files.createDirectories(directory.resolve("s3")),
                    LocalVodStack.ACCESS_KEY_ID, LocalVodStack.SECRET_ACCESS_KEY);
            resources.add(s3Server);
            stack = new LocalVodStack(settings, directory, resources, s3Server, dynamoDbServer);
        } catch (Exception e) {
            StackResources.closeAll(resources);
            StackResources.deleteRecursively(directory);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("the local stack did not start: " + e.getMessage(), e);
        }
        try {
            startPipeline(stack, Files.createDirectories(directory.resolve("work")), pollInterval);
            return stack;
        } catch (IOException | RuntimeException e) {
            stack.close();
            throw new IllegalStateException("the local pipeline did not start: " + e.getMessage(), e);
        }
    }

    private static void startPipeline(LocalVodStack stack, Path work, Duration pollInterval) {
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
        stack.resources.add(SourceBucketWatcher.start(s3, stack.settings, workflow, pollInterval));
    }
}
