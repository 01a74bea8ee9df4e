package io.github.vodclient.benchmarks;

import io.github.vodclient.BatchResult;
import io.github.vodclient.VodClient;
import io.github.vodclient.job.VodJob;
import io.github.vodclient.testing.internal.local.DynamoDbLocalProcess;
import io.github.vodclient.video.HandleResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Handling a Lambda SNS Complete event end to end — parse, job look-up in DynamoDB Local (a separate process on
 * 127.0.0.1), decision, the repository's compare-and-set — against the look-up alone ({@code jobs().find}), and,
 * for reference, a GetItem of the whole ~30 KB item. The VodClient creates its own DynamoDB client (the JDK
 * URL-connection HTTP client), as an application's would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HandleBenchmark {
    static final String TABLE = "vod-stack";

    private DynamoDbLocalProcess local;
    private DynamoDbClient bare;
    private VodClient vod;
    private String event;

    @Setup
    public void setUp() {
        local = DynamoDbLocalProcess.start();
        bare = client(local, null);
        createTable(bare);
        bare.putItem(r -> r.tableName(TABLE).item(Items.finalItem()));
        vod = VodClient.builder().tableName(TABLE).region(Region.US_WEST_2)
                .credentialsProvider(PresignBenchmark.CREDENTIALS).dynamoDbEndpoint(local.endpoint())
                .videoRepository(new FixedVideos()).build();
        event = Fixtures.lambdaSnsEvent();
        HandleResult result = vod.handle(event).values().get(0);
        if (result.outcome() != HandleResult.Outcome.APPLIED || result.mediaInfoMissing()) {
            throw new IllegalStateException("the Complete event was not applied with media info: " + result);
        }
    }

    @TearDown
    public void tearDown() {
        vod.close();
        bare.close();
        local.close();
    }

    @Benchmark
    public BatchResult<HandleResult> handle_ours() {
        return vod.handle(event);
    }

    @Benchmark
    public Optional<VodJob> handle_lookupAlone() {
        return vod.jobs().find(Fixtures.GUID);
    }

    @Benchmark
    public GetItemResponse handle_wholeItemGetItem() {
        return bare.getItem(r -> r.tableName(TABLE).key(Map.of("guid", AttributeValue.fromS(Fixtures.GUID))));
    }

    static DynamoDbClient client(DynamoDbLocalProcess local, DynamoDbCalls calls) {
        return DynamoDbClient.builder().region(Region.US_WEST_2).credentialsProvider(PresignBenchmark.CREDENTIALS)
                .endpointOverride(local.endpoint()).httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> {
                    if (calls != null) {
                        o.addExecutionInterceptor(calls);
                    }
                })
                .build();
    }

    static void createTable(DynamoDbClient client) {
        client.createTable(r -> r.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("guid")
                        .attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("guid").keyType(KeyType.HASH).build()));
    }

    /** What one handled Complete event reads from the table: the calls made and the bytes of the items returned. */
    record LookupReport(List<String> operations, long itemBytesRead, long wholeItemBytes) {
        double fractionRead() {
            return (double) itemBytesRead / wholeItemBytes;
        }
    }

    /** Handles the event once with a client that records its DynamoDB calls. */
    static LookupReport lookupReport() {
        try (DynamoDbLocalProcess local = DynamoDbLocalProcess.start()) {
            DynamoDbCalls calls = new DynamoDbCalls();
            Map<String, AttributeValue> item = Items.finalItem();
            try (DynamoDbClient client = client(local, calls)) {
                createTable(client);
                client.putItem(r -> r.tableName(TABLE).item(item));
                calls.reset();
                try (VodClient vod = VodClient.builder().tableName(TABLE).dynamoDbClient(client)
                        .videoRepository(new FixedVideos()).build()) {
                    BatchResult<HandleResult> result = vod.handle(Fixtures.lambdaSnsEvent());
                    if (result.values().get(0).outcome() != HandleResult.Outcome.APPLIED) {
                        throw new IllegalStateException("not applied: " + result);
                    }
                }
                return new LookupReport(calls.operations(), calls.itemBytes(), Items.size(item));
            }
        }
    }
}
