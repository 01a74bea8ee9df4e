package io.github.vodclient.internal.job;

import io.github.vodclient.VodException;
import io.github.vodclient.job.VodJob;
import io.github.vodclient.job.VodJobs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * BatchGetItem in chunks of {@value VodJobs#BATCH_SIZE} keys, retrying unprocessed keys with exponential backoff and
 * full jitter, a bounded number of times. Thread-safe: immutable.
 */
final class BatchLookup {
    /** First backoff ceiling; doubles per attempt. */
    static final Duration BASE_DELAY = Duration.ofMillis(25);
    /** Largest backoff ceiling. */
    static final Duration MAX_DELAY = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(BatchLookup.class);

    private final String tableName;
    private final String projection;
    private final Map<String, String> projectionNames;
    private final boolean consistentRead;
    private final int maxAttempts;
    /** How to wait between attempts ({@link #sleep}); a seam so tests need not sleep. */
    private final Consumer<Duration> sleeper;

    BatchLookup(String tableName, String projection, Map<String, String> projectionNames, boolean consistentRead,
            int maxAttempts, Consumer<Duration> sleeper) {
        this.tableName = tableName;
        this.projection = projection;
        this.projectionNames = projectionNames;
        this.consistentRead = consistentRead;
        this.maxAttempts = maxAttempts;
        this.sleeper = sleeper;
    }

    Map<String, VodJob> findAll(DynamoDbClient client, Collection<String> guids) {
        List<String> unique = new ArrayList<>(new LinkedHashSet<>(guids));
        Map<String, VodJob> found = new HashMap<>(unique.size() * 2);
        for (int start = 0; start < unique.size(); start += VodJobs.BATCH_SIZE) {
            List<String> chunk = unique.subList(start, Math.min(start + VodJobs.BATCH_SIZE, unique.size()));
            fetchChunk(client, chunk, found);
        }
        Map<String, VodJob> ordered = new LinkedHashMap<>(found.size() * 2);
        for (String guid : unique) {
            VodJob job = found.get(guid);
            if (job != null) {
                ordered.put(guid, job);
            }
        }
        return ordered;
    }

    private void fetchChunk(DynamoDbClient client, List<String> chunk, Map<String, VodJob> found) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>(chunk.size());
        for (String guid : chunk) {
            keys.add(Map.of("guid", AttributeValue.fromS(guid)));
        }
        for (int attempt = 1; ; attempt++) {
            KeysAndAttributes request = KeysAndAttributes.builder()
                    .keys(keys)
                    .projectionExpression(projection)
                    .expressionAttributeNames(projectionNames)
                    .consistentRead(consistentRead)
                    .build();
            BatchGetItemResponse response = client.batchGetItem(r -> r.requestItems(Map.of(tableName, request)));
            for (Map<String, AttributeValue> item : response.responses().getOrDefault(tableName, List.of())) {
                VodJob job = JobReader.fromItem(item);
                found.put(job.guid(), job);
            }
            KeysAndAttributes unprocessed = response.hasUnprocessedKeys()
                    ? response.unprocessedKeys().get(tableName) : null;
            if (unprocessed == null || !unprocessed.hasKeys() || unprocessed.keys().isEmpty()) {
                return;
            }
            keys = unprocessed.keys();
            if (attempt >= maxAttempts) {
                throw new VodException(keys.size() + " of " + chunk.size() + " keys of a BatchGetItem on table "
                        + tableName + " were still unprocessed after " + maxAttempts + " attempts");
            }
            Duration delay = delay(attempt);
            LOG.debug("BatchGetItem on {}: {} key(s) unprocessed, attempt {} of {}, retrying in {} ms", tableName,
                    keys.size(), attempt, maxAttempts, delay.toMillis());
            sleeper.accept(delay);
        }
    }

    /** Waits between attempts with {@link Thread#sleep(long)}; an interrupt ends the look-up. */
    static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VodException("interrupted while retrying unprocessed keys of a BatchGetItem", e);
        }
    }

    /** Full jitter: uniformly between zero and min(MAX_DELAY, BASE_DELAY * 2^(attempt-1)). */
    static Duration delay(int attempt) {
        long ceiling = Math.min(MAX_DELAY.toMillis(), BASE_DELAY.toMillis() << Math.min(attempt - 1, 20));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling + 1));
    }
}
