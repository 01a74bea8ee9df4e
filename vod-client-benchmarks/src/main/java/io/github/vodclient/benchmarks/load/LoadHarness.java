package io.github.vodclient.benchmarks.load;

import io.github.vodclient.testing.internal.local.DynamoDbLocalProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The multi-process load test of the repository contract: K consumer JVMs (each with several threads) handle one
 * shuffled delivery stream for many videos against PostgreSQL and against DynamoDB Local; then every delivery that
 * failed is redelivered until none fails, and every video's end state is checked against the sequential answer.
 * Fault runs: a repository that throws, compare-and-sets forced to lose until the library gives up, a PostgreSQL
 * restart in the middle of the run, DynamoDB throttling.
 *
 * <pre>
 * ./mvnw -B -q -P benchmarks -pl vod-client-benchmarks -am -DskipTests package
 * java -cp "vod-client-benchmarks/target/benchmarks.jar:vod-client-benchmarks/target/load-lib/*" \
 *     io.github.vodclient.benchmarks.load.LoadHarness [VIDEOS] [THREADS] [CONSUMER_COUNTS] [FAULT_VIDEOS]
 * </pre>
 *
 * Exits 1 when any end state is wrong or any stored change went backwards.
 */
public final class LoadHarness {
    static final String JOB_TABLE = "vod-stack";
    private LoadHarness() {
    }

    public static void main(String[] args) throws Exception {
        int videos = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        String counts = args.length > 2 ? args[2] : "1,2,4";
        int faultVideos = args.length > 3 ? Integer.parseInt(args[3]) : 150;
        DeliveryStream stream = DeliveryStream.generate(videos, 42);
        DeliveryStream faultStream = DeliveryStream.generate(faultVideos, 43);
        Path work = Files.createTempDirectory("vod-load");
        Path streamFile = work.resolve("stream.jsonl");
        Files.write(streamFile, stream.deliveries);
        Path faultStreamFile = work.resolve("fault-stream.jsonl");
        Files.write(faultStreamFile, faultStream.deliveries);
        System.out.printf(Locale.ROOT, "%d videos, %d jobs, %d deliveries (duplicates and every order included), "
                + "%d threads per consumer%n", videos, stream.jobs.size(), stream.deliveries.size(), threads);

        List<RunResult> results = new ArrayList<>();
        try (DynamoDbLocalProcess dynamoDb = DynamoDbLocalProcess.start();
                ThrottlingProxy proxy = new ThrottlingProxy(dynamoDb.endpoint());
                DynamoDbClient admin = LoadConsumer.dynamoDb(dynamoDb.endpoint());
                PostgresStore postgres = new PostgresStore();
                DynamoDbStore dynamo = new DynamoDbStore(dynamoDb.endpoint(), proxy.endpoint())) {
            createJobTable(admin);
            putJobs(admin, stream);
            putJobs(admin, faultStream);
            Run.Context context = new Run.Context(stream, streamFile, work, threads, dynamoDb.endpoint());
            Run.Context faults = new Run.Context(faultStream, faultStreamFile, work, threads, dynamoDb.endpoint());
            // fault runs first: they are short, and a run cut short still has them
            System.out.printf(Locale.ROOT, "fault runs: %d videos, %d deliveries%n", faultVideos,
                    faultStream.deliveries.size());
            results.add(new Run(faults, postgres, 2, "repository throws on 2 % of calls").throwRate(0.02)
                    .execute());
            results.add(new Run(faults, postgres, 2, "half of the compare-and-sets lose (forced give-ups)")
                    .loseRate(0.5).execute());
            results.add(new Run(faults, postgres, 2, "PostgreSQL restarted mid-run")
                    .during(postgres::restartMidRun).execute());
            proxy.rate(0.3);
            results.add(new Run(faults, dynamo, 2, "30 % of the repository's DynamoDB requests throttled")
                    .execute());
            dynamo.maxAttempts(2);
            results.add(new Run(faults, dynamo, 2, "the same, client retries cut to 2 attempts per request")
                    .execute());
            dynamo.maxAttempts(0);
            proxy.rate(0);
            for (String k : counts.split(",")) {
                for (Store store : List.of(postgres, dynamo)) {
                    results.add(new Run(context, store, Integer.parseInt(k.trim()), "none").execute());
                }
            }
            System.out.printf(Locale.ROOT, "throttling answers sent: %d%n", proxy.throttled.get());
        }
        System.out.println();
        System.out.println(RunResult.HEADER);
        results.forEach(r -> System.out.println(r.row()));
        boolean wrong = results.stream().anyMatch(r -> r.wrongEndStates() > 0 || r.regressions() > 0
                || r.stillFailing() > 0);
        System.exit(wrong ? 1 : 0);
    }

    /** The pipeline's table with an item per job (guid, source, start) as the workflow writes it at Ingest. */
    private static void createJobTable(DynamoDbClient client) {
        client.createTable(r -> r.tableName(JOB_TABLE).billingMode("PAY_PER_REQUEST")
                .attributeDefinitions(AttributeDefinition.builder().attributeName("guid").attributeType("S").build())
                .keySchema(KeySchemaElement.builder().attributeName("guid").keyType("HASH").build()));
    }

    private static void putJobs(DynamoDbClient client, DeliveryStream stream) {
        List<WriteRequest> batch = new ArrayList<>();
        for (DeliveryStream.Job job : stream.jobs) {
            Map<String, AttributeValue> item = Map.of(
                    "guid", AttributeValue.fromS(job.guid()),
                    "srcBucket", AttributeValue.fromS(DeliveryStream.BUCKET),
                    "srcVideo", AttributeValue.fromS(job.sourceKey()),
                    "startTime", AttributeValue.fromS(job.start().toString()),
                    "workflowStatus", AttributeValue.fromS("Ingest"));
            batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
            if (batch.size() == 25) {
                write(client, batch);
            }
        }
        write(client, batch);
    }

    private static void write(DynamoDbClient client, List<WriteRequest> batch) {
        if (!batch.isEmpty()) {
            Map<String, List<WriteRequest>> pending = Map.of(JOB_TABLE, List.copyOf(batch));
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> items = pending;
                pending = client.batchWriteItem(r -> r.requestItems(items)).unprocessedItems();
            }
            batch.clear();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
