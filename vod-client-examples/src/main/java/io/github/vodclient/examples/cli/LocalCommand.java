package io.github.vodclient.examples.cli;

import io.github.vodclient.testing.LocalVodStack;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vod local}: starts the local stack and keeps it running until Ctrl-C, printing its endpoints, a
 * {@code VodClient} configuration, and every event the pipeline publishes.
 */
@Command(name = "local", mixinStandardHelpOptions = true,
        description = {
            "Start the local pipeline (S3Proxy, DynamoDB Local, pipeline emulator) and keep it running until Ctrl-C."
                + " Prints the endpoints, a VodClient configuration to point an application at it and ready-to-paste"
                + " 'vod presign' and 'vod job' commands, then every"
                + " event the pipeline publishes, as the Lambda SNS event a subscribed function receives, one JSON"
                + " object per line on stdout (pipe them into your handler)."})
final class LocalCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--stack-name", paramLabel = "NAME", defaultValue = "vod-local",
            description = "The stack's name: table name and bucket prefix (default: ${DEFAULT-VALUE}).")
    private String stackName;

    @Option(names = "--private", description = "Private outputs: the output server answers 403 unless a request"
            + " carries a valid CloudFront signed URL or signed cookies for a key pair generated at start (its id and"
            + " private key file are printed).")
    private boolean privateOutputs;

    /** Runs until Ctrl-C (JVM shutdown) or, when embedded, until the calling thread is interrupted. */
    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        err.println("Starting the local pipeline...");
        CountDownLatch stopped = new CountDownLatch(1);
        Thread stopOnShutdown = new Thread(stopped::countDown, "vod-local-stop");
        Runtime.getRuntime().addShutdownHook(stopOnShutdown);
        LocalVodStack.Builder builder = LocalVodStack.builder().stackName(stackName);
        if (privateOutputs) {
            builder.privateOutputs();
        }
        try (LocalVodStack stack = builder.start()) {
            err.println(describe(stack));
            err.println("Ready. Upload into s3://" + stack.sourceBucket() + "/ (e.g. with a presigned URL from the"
                    + " client above); events follow on stdout. Ctrl-C stops everything.");
            err.flush();
            stack.subscribe(event -> {
                synchronized (out) {
                    out.println(event.replaceAll("\\n\\s*", ""));
                    out.flush();
                }
            });
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnShutdown);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: Ctrl-C
            }
        }
        err.println("Stopped.");
        err.flush();
        return 0;
    }

    static String describe(LocalVodStack stack) {
        String playback = stack.privateOutputs().map(keys -> String.join(System.lineSeparator(),
                "  private outputs    key pair id " + keys.keyPairId() + ", private key " + keys.privateKeyFile(),
                "  VodPlayback playback = VodPlayback.builder().keyPairId(\"" + keys.keyPairId() + "\")",
                "          .privateKey(Path.of(\"" + keys.privateKeyFile() + "\")).allowHttp(true).build();",
                "  (or: vod sign-url URL --key-pair-id " + keys.keyPairId() + " --private-key "
                        + keys.privateKeyFile() + ")",
                "")).orElse("");
        return playback + String.join(System.lineSeparator(),
                "  S3 endpoint        " + stack.s3Endpoint() + "  (path-style; SigV4 with the credentials below)",
                "  source bucket      " + stack.sourceBucket(),
                "  DynamoDB endpoint  " + stack.dynamoDbEndpoint(),
                "  table              " + stack.tableName(),
                "  topic              " + stack.topicArn(),
                "  region             " + stack.region().id(),
                "  credentials        " + LocalVodStack.ACCESS_KEY_ID + " / " + LocalVodStack.SECRET_ACCESS_KEY
                        + "  (fake; accepted by this stack only)",
                "",
                "  VodClient vod = VodClient.builder()",
                "          .sourceBucket(\"" + stack.sourceBucket() + "\")",
                "          .tableName(\"" + stack.tableName() + "\")",
                "          .allowedTopicArn(\"" + stack.topicArn() + "\")",
                "          .region(Region.of(\"" + stack.region().id() + "\"))",
                "          .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(",
                "                  \"" + LocalVodStack.ACCESS_KEY_ID + "\", \"" + LocalVodStack.SECRET_ACCESS_KEY + "\")))",
                "          .s3Endpoint(URI.create(\"" + stack.s3Endpoint() + "\"))",
                "          .dynamoDbEndpoint(URI.create(\"" + stack.dynamoDbEndpoint() + "\"))",
                "          .videoRepository(yourRepository)",
                "          .build();",
                "",
                cliCommands(stack));
    }

    /** Commands to paste into another terminal: the environment the tool needs, then a presign and a job look-up. */
    static String cliCommands(LocalVodStack stack) {
        return String.join(System.lineSeparator(),
                "  From another terminal (any credentials do for this stack; these are its own):",
                "    export AWS_ACCESS_KEY_ID=" + LocalVodStack.ACCESS_KEY_ID + " AWS_SECRET_ACCESS_KEY="
                        + LocalVodStack.SECRET_ACCESS_KEY + " AWS_REGION=" + stack.region().id(),
                "    alias vod='java -jar vod-client-examples/target/vod.jar'",
                "    " + presignCommand(stack),
                "    vod job GUID --table " + stack.tableName() + " --endpoint " + stack.dynamoDbEndpoint()
                        + "    # GUID: from the Ingest event printed below");
    }

    /** A {@code vod presign} for this stack, ready to run. */
    static String presignCommand(LocalVodStack stack) {
        return "vod presign --endpoint " + stack.s3Endpoint() + " --path-style --bucket " + stack.sourceBucket()
                + " --video-id 42 --file-name clip.mp4";
    }
}
