package io.github.vodclient.internal.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.VodException;
import io.github.vodclient.job.VodJobs;
import io.github.vodclient.testing.DynamoDbLocal;
import io.github.vodclient.testing.PipelineTable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * Retries of unprocessed keys. DynamoDB Local never returns unprocessed keys, so the real server sits behind a
 * decorator that sends only part of each request on and hands the rest back as {@code UnprocessedKeys}, as DynamoDB
 * does when a request exceeds its limits or throughput.
 */
class BatchLookupTest {
    private static DynamoDbLocal local;
    private static DynamoDbClient real;

    @BeforeAll
    static void startTable() {
        local = DynamoDbLocal.start();
        real = PipelineTable.client(local);
        PipelineTable.create(real);
        for (int i = 0; i < 30; i++) {
            Map<String, AttributeValue> item = Map.of("guid", PipelineTable.s("g-" + i),
                    "workflowStatus", PipelineTable.s("Complete"));
            real.putItem(r -> r.tableName(PipelineTable.NAME).item(item));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        real.close();
        local.close();
    }

    @Test
    void findAll_dynamoDbDefersKeys_retriesWithBackoffUntilAllAreRead() {
        DeferringClient deferring = new DeferringClient(real, 3);
        List<Duration> waits = new ArrayList<>();
        VodJobs jobs = ((JobsBuilder) VodJobs.builder().tableName(PipelineTable.NAME)
                .dynamoDbClient(deferring)).build(waits::add);

        List<String> guids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            guids.add("g-" + i);
        }
        assertEquals(guids, new ArrayList<>(jobs.findAll(guids).keySet()));
        assertEquals(4, deferring.calls, "3 deferring answers, then the rest");
        assertEquals(List.of(15, 8, 4, 3), deferring.sent, "30 keys: half sent, the rest deferred, three times");
        assertEquals(3, waits.size());
        for (int i = 0; i < waits.size(); i++) {
            long ceiling = BatchLookup.BASE_DELAY.toMillis() << i;
            assertTrue(waits.get(i).toMillis() <= ceiling, "wait " + i + " was " + waits.get(i));
        }
    }

    @Test
    void findAll_keysNeverProcessed_failsAfterMaxAttempts() {
        DeferringClient deferring = new DeferringClient(real, Integer.MAX_VALUE);
        List<Duration> waits = new ArrayList<>();
        VodJobs jobs = ((JobsBuilder) VodJobs.builder().tableName(PipelineTable.NAME)
                .dynamoDbClient(deferring).maxBatchAttempts(4)).build(waits::add);

        VodException e = assertThrows(VodException.class, () -> jobs.findAll(List.of("g-1", "g-2", "g-3")));

        assertEquals(4, deferring.calls);
        assertEquals(3, waits.size());
        assertTrue(e.getMessage().contains("still unprocessed after 4 attempts"), e.getMessage());
    }

    @Test
    void delay_growsExponentiallyUpToTheCap() {
        for (int attempt = 1; attempt < 40; attempt++) {
            long ceiling = Math.min(BatchLookup.MAX_DELAY.toMillis(), BatchLookup.BASE_DELAY.toMillis() << Math.min(
                    attempt - 1, 20));
            long delay = BatchLookup.delay(attempt).toMillis();
            assertTrue(delay >= 0 && delay <= ceiling, "attempt " + attempt + ": " + delay);
        }
    }

    /** Forwards the first half of the keys (rounded up) and returns the rest unprocessed, {@code times} times. */
    private static final class DeferringClient implements DynamoDbClient {
        private final DynamoDbClient delegate;
        private final int times;
        int calls;
        final List<Integer> sent = new ArrayList<>();

        DeferringClient(DynamoDbClient delegate, int times) {
            this.delegate = delegate;
            this.times = times;
        }

        @Override
        public synchronized BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
            calls++;
            KeysAndAttributes asked = request.requestItems().get(PipelineTable.NAME);
            List<Map<String, AttributeValue>> keys = asked.keys();
            if (calls > times) {
                sent.add(keys.size());
                return delegate.batchGetItem(request);
            }
            int forward = times == Integer.MAX_VALUE ? 0 : (keys.size() + 1) / 2;
            List<Map<String, AttributeValue>> deferred = keys.subList(forward, keys.size());
            BatchGetItemResponse partial = forward == 0 ? BatchGetItemResponse.builder().build()
                    : delegate.batchGetItem(request.toBuilder().requestItems(Map.of(PipelineTable.NAME,
                            asked.toBuilder().keys(keys.subList(0, forward)).build())).build());
            sent.add(forward);
            return partial.toBuilder().unprocessedKeys(Map.of(PipelineTable.NAME,
                    asked.toBuilder().keys(deferred).build())).build();
        }

        @Override
        public String serviceName() {
            return SERVICE_NAME;
        }

        @Override
        public void close() {
        }
    }
}
