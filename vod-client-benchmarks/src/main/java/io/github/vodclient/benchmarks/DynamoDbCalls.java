package io.github.vodclient.benchmarks;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/** Records every DynamoDB call a client makes and the size of each item GetItem returned. Thread-safe. */
final class DynamoDbCalls implements ExecutionInterceptor {
    private final List<String> operations = new ArrayList<>();
    private long itemBytes;

    @Override
    public synchronized void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        operations.add(context.request().getClass().getSimpleName().replace("Request", ""));
        if (context.response() instanceof GetItemResponse get && get.hasItem()) {
            itemBytes += Items.size(get.item());
        }
    }

    synchronized List<String> operations() {
        return List.copyOf(operations);
    }

    synchronized long itemBytes() {
        return itemBytes;
    }

    synchronized void reset() {
        operations.clear();
        itemBytes = 0;
    }
}
