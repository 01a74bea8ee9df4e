package io.github.vodclient.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * A real DynamoDB client (DynamoDB Local) that records the read requests it is given, to see which settings a
 * request was sent with; {@link #deferEveryKey()} makes every BatchGetItem leave all its keys unprocessed.
 */
public final class RecordingDynamoDb implements DynamoDbClient {
    private final DynamoDbClient real;
    private final List<Object> requests = new CopyOnWriteArrayList<>();
    private volatile boolean deferEveryKey;

    public RecordingDynamoDb(DynamoDbClient real) {
        this.real = real;
    }

    /** From now on, each BatchGetItem answers with every key unprocessed. */
    public RecordingDynamoDb deferEveryKey() {
        this.deferEveryKey = true;
        return this;
    }

    public List<Object> requests() {
        return List.copyOf(requests);
    }

    @Override
    public GetItemResponse getItem(GetItemRequest request) {
        requests.add(request);
        return real.getItem(request);
    }

    @Override
    public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
        requests.add(request);
        if (deferEveryKey) {
            return BatchGetItemResponse.builder().responses(java.util.Map.of())
                    .unprocessedKeys(request.requestItems()).build();
        }
        return real.batchGetItem(request);
    }

    @Override
    public String serviceName() {
        return real.serviceName();
    }

    @Override
    public void close() {
        // the test closes the real client
    }
}
