package io.github.vodclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vodclient.testing.DynamoDbLocal;
import io.github.vodclient.testing.InMemoryVideoRepository;
import io.github.vodclient.testing.PipelineTable;
import io.github.vodclient.testing.TestItems;
import io.github.vodclient.video.HandleResult.Outcome;
import io.github.vodclient.video.HandleResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A batch of deliveries costs one table read for all its jobs, counted at the SDK against DynamoDB Local. */
class VodClientBatchLookupTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GUID = "6e1b9e46-3d5f-4c6d-9b0a-2f9d6b8f4a11";
    private static final String KEY = "uploads/My Video (1).mp4";
    private static final int BATCH = 10;

    /** Counts the DynamoDB operations the client sends, by name. */
    static final class CallCounter implements ExecutionInterceptor {
        final ConcurrentMap<String, AtomicInteger> calls = new ConcurrentHashMap<>();

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            calls.computeIfAbsent(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME),
                    name -> new AtomicInteger()).incrementAndGet();
        }

        int total() {
            return calls.values().stream().mapToInt(AtomicInteger::get).sum();
        }

        int of(String operation) {
            return calls.getOrDefault(operation, new AtomicInteger()).get();
        }
    }

    private static DynamoDbLocal dynamo;
    private static DynamoDbClient setup;
    private static String completeMessage;

    private final CallCounter counter = new CallCounter();
    private final InMemoryVideoRepository videos = new InMemoryVideoRepository();
    private DynamoDbClient counted;

    @BeforeAll
    static void startDynamoDb() throws Exception {
        dynamo = DynamoDbLocal.start();
        setup = PipelineTable.client(dynamo);
        PipelineTable.create(setup);
        Map<String, AttributeValue> item = TestItems.fromAttributeValueJson(
                TestItems.resource("gen_A-video_dynamodb-item_final_attributevalue.json"));
        for (int i = 0; i < BATCH; i++) {
            PipelineTable.put(setup, item, Map.of("guid", PipelineTable.s(guid(i)),
                    "srcVideo", PipelineTable.s(key(i))));
        }
        try (var in = VodClientBatchLookupTest.class.getResourceAsStream(
                "/io/github/vodclient/event/gen_A-video_sns_complete_message-body.json")) {
            completeMessage = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void stopDynamoDb() throws Exception {
        setup.close();
        dynamo.close();
    }

    @BeforeEach
    void countedClientAndVideos() {
        counted = PipelineTable.clientBuilder(dynamo)
                .overrideConfiguration(c -> c.addExecutionInterceptor(counter)).build();
        for (int i = 0; i < BATCH; i++) {
            videos.createVideo("v" + i, key(i));
        }
    }

    private static String guid(int i) {
        return GUID.substring(0, GUID.length() - 2) + String.format("%02d", i);
    }

    private static String key(int i) {
        return KEY.replace("(1)", "(" + i + ")");
    }

    /** The raw-delivery body of job i's Complete: it carries no media info, so handling it reads the job item. */
    private static String complete(int i) {
        return completeMessage.replace(GUID, guid(i)).replace("My Video (1)", "My Video (" + i + ")")
                .replace("My%20Video%20(1)", "My%20Video%20(" + i + ")");
    }

    private static String lambdaSqs(List<String> bodies) throws Exception {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode records = root.putArray("Records");
        for (int i = 0; i < bodies.size(); i++) {
            records.addObject().put("messageId", "sqs-" + i).put("body", bodies.get(i)).put("eventSource", "aws:sqs");
        }
        return JSON.writeValueAsString(root);
    }

    private VodClient client() {
        return VodClient.builder().tableName(PipelineTable.NAME).dynamoDbClient(counted).videoRepository(videos)
                .build();
    }

    @Test
    void handle_lambdaSqsBatchOfTenCompletes_readsAllJobsWithOneBatchGetItem() throws Exception {
        List<String> bodies = java.util.stream.IntStream.range(0, BATCH).mapToObj(VodClientBatchLookupTest::complete)
                .toList();
        try (VodClient vod = client()) {
            BatchResult<HandleResult> result = vod.handle(lambdaSqs(bodies));

            assertFalse(result.hasFailures(), () -> result.failures().toString());
            assertEquals(BATCH, result.values().size());
            for (HandleResult handled : result.values()) {
                assertEquals(Outcome.APPLIED, handled.outcome());
                assertFalse(handled.mediaInfoMissing(), "media info read from the job item");
                assertEquals(Optional.of(Duration.ofMillis(21_021)), handled.update().orElseThrow().duration());
            }
            assertEquals(1, counter.total(), () -> "DynamoDB calls: " + counter.calls);
            assertEquals(1, counter.of("BatchGetItem"));
        }
    }

    @Test
    void handle_singleComplete_readsItsJobWithOneGetItem() throws Exception {
        try (VodClient vod = client()) {
            BatchResult<HandleResult> result = vod.handle(lambdaSqs(List.of(complete(3))));

            assertEquals(Outcome.APPLIED, result.values().get(0).outcome());
            assertEquals(1, counter.total(), () -> "DynamoDB calls: " + counter.calls);
            assertEquals(1, counter.of("GetItem"));
        }
    }
}
